import type { Actor } from '../model/schema';
import type { Lang } from '../i18n/lang';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import type { GraphNode } from './buildGraph';
import { networkMessages } from './messages';

interface Props {
  node: GraphNode;
  actor: Actor | undefined;
  countryLabel: string;
  lang: Lang;
}

/** Tooltip body for a person: name, country, roles with dates, number of events, first and last contact. */
export function NodeTip({ node, actor, countryLabel, lang }: Props) {
  const t = useT(networkMessages);
  const date = (v: string) => formatIsoDate(v, lang);
  const span = (start: string | null, end: string | null) =>
    start && end ? t('span', { start: date(start), end: date(end) }) : start ? t('since', { start: date(start) }) : end ? t('until', { end: date(end) }) : '';
  const roles = actor?.roles ?? [];
  return (
    <>
      <strong>{node.name}</strong>
      <div>{countryLabel}</div>
      {roles.length > 0 && (
        <ul className="net-tip-roles" aria-label={t('roles')}>
          {roles.map((r, i) => (
            <li key={i}>
              {r.title[lang]}
              {span(r.start, r.end) && <span className="net-tip-muted"> · {span(r.start, r.end)}</span>}
            </li>
          ))}
        </ul>
      )}
      {node.mentionedOnly && <div className="net-tip-muted">{t('mentionedOnly')}</div>}
      <div>{node.count === 1 ? t('event') : t('events', { count: node.count })}</div>
      <dl className="net-tip-dates">
        <dt>{t('firstContact')}</dt>
        <dd>{date(node.first)}</dd>
        <dt>{t('lastContact')}</dt>
        <dd>{date(node.last)}</dd>
      </dl>
    </>
  );
}
