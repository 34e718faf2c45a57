import type { Lang } from '../i18n/lang';
import { formatIsoDate } from '../i18n/formatDate';
import type { Dataset } from '../model/schema';
import type { Filters } from '../store/filters';
import { typeLabels } from './messages';

const WORDS = {
  en: { topics: 'Topics', all: 'all of', participants: 'Participants', countries: 'Countries', types: 'Types', status: 'Status', from: 'From', to: 'to', search: 'Search', occurred: 'occurred', planned: 'planned', since: 'From {d}', until: 'Until {d}' },
  id: { topics: 'Topik', all: 'semua', participants: 'Peserta', countries: 'Negara', types: 'Jenis', status: 'Status', from: 'Dari', to: 'sampai', search: 'Cari', occurred: 'terjadi', planned: 'direncanakan', since: 'Sejak {d}', until: 'Hingga {d}' },
} as const;

/** One short line per active filter, in the UI language, with the dataset's own labels ("Topics: BRICS"). */
export function describeFilters(filters: Filters, dataset: Pick<Dataset, 'topics' | 'actors' | 'countries'>, lang: Lang): string[] {
  const w = WORDS[lang];
  const topic = new Map(dataset.topics.map((t) => [t.id, t.labels[lang]]));
  const actor = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const country = new Map(dataset.countries.map((c) => [c.id, c.labels[lang]]));
  const lines: string[] = [];
  if (filters.topics.length) {
    const names = filters.topics.map((id) => topic.get(id) ?? id).join(', ');
    lines.push(`${w.topics}: ${filters.topicMode === 'all' && filters.topics.length > 1 ? `${w.all} ` : ''}${names}`);
  }
  if (filters.participants.length) lines.push(`${w.participants}: ${filters.participants.map((id) => actor.get(id) ?? id).join(', ')}`);
  if (filters.countries.length) lines.push(`${w.countries}: ${filters.countries.map((id) => country.get(id) ?? id).join(', ')}`);
  if (filters.types.length) lines.push(`${w.types}: ${filters.types.map((t) => typeLabels[lang][t]).join(', ')}`);
  if (filters.statuses.length) lines.push(`${w.status}: ${filters.statuses.map((s) => w[s]).join(', ')}`);
  const from = filters.dateFrom && formatIsoDate(filters.dateFrom, lang);
  const to = filters.dateTo && formatIsoDate(filters.dateTo, lang);
  if (from && to) lines.push(`${w.from} ${from} ${w.to} ${to}`);
  else if (from) lines.push(w.since.replace('{d}', from));
  else if (to) lines.push(w.until.replace('{d}', to));
  if (filters.query.trim()) lines.push(`${w.search}: “${filters.query.trim()}”`);
  return lines;
}
