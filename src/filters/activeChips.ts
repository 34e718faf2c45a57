import type { Lang } from '../i18n/lang';
import { formatIsoDate } from '../i18n/formatDate';
import { format } from '../i18n/useT';
import type { Filters } from '../store/filters';
import type { selectLookups } from '../store/selectors';
import { filterMessages, STATUS_LABELS, TYPE_LABELS } from './messages';

/** One active filter value: what it reads as, and the filters without it. */
export interface Chip {
  key: string;
  label: string;
  without: Partial<Filters>;
}

type Lookups = ReturnType<typeof selectLookups>;

/** Lists every active filter value as a removable chip, in panel order. */
export function activeChips(f: Filters, lookups: Lookups, lang: Lang): Chip[] {
  const m = filterMessages[lang];
  const chips: Chip[] = [];
  for (const id of f.topics) chips.push({ key: `topic:${id}`, label: lookups.topics.get(id)?.labels[lang] ?? id, without: { topics: f.topics.filter((x) => x !== id) } });
  for (const id of f.participants)
    chips.push({ key: `person:${id}`, label: lookups.actors.get(id)?.name ?? id, without: { participants: f.participants.filter((x) => x !== id) } });
  for (const id of f.countries)
    chips.push({ key: `country:${id}`, label: lookups.countries.get(id)?.labels[lang] ?? id, without: { countries: f.countries.filter((x) => x !== id) } });
  for (const type of f.types) chips.push({ key: `type:${type}`, label: TYPE_LABELS[lang][type], without: { types: f.types.filter((x) => x !== type) } });
  for (const st of f.statuses) chips.push({ key: `status:${st}`, label: STATUS_LABELS[lang][st], without: { statuses: f.statuses.filter((x) => x !== st) } });
  if (f.dateFrom) chips.push({ key: 'from', label: format(m.fromChip, { date: formatIsoDate(f.dateFrom, lang) }), without: { dateFrom: null } });
  if (f.dateTo) chips.push({ key: 'to', label: format(m.toChip, { date: formatIsoDate(f.dateTo, lang) }), without: { dateTo: null } });
  if (f.query.trim()) chips.push({ key: 'query', label: `“${f.query.trim()}”`, without: { query: '' } });
  if (f.article) chips.push({ key: 'article', label: format(m.article, { title: lookups.articles.get(f.article)?.title ?? f.article }), without: { article: null } });
  return chips;
}
