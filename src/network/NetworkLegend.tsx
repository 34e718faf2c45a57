import { useT } from '../i18n/useT';
import { networkMessages } from './messages';

interface Props {
  /** Countries present in the drawing, with their label and colour. */
  countries: { code: string; label: string; color: string }[];
  showMentioned: boolean;
  /** Links drawn and links in total, when the weakest were left out. */
  drawnEdges: number;
  totalEdges: number;
}

/** Explains the encoding: country colours by name (colour is never the only cue), sizes, mentioned style. */
export function NetworkLegend({ countries, showMentioned, drawnEdges, totalEdges }: Props) {
  const t = useT(networkMessages);
  return (
    <div className="net-legend">
      <ul className="net-legend-countries">
        {countries.map((c) => (
          <li key={c.code}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5.5" fill={c.color} />
            </svg>
            {c.label} <span className="net-tip-muted">({c.code})</span>
          </li>
        ))}
      </ul>
      <span className="net-tip-muted">{t('legendSize')}</span>
      {showMentioned && <span className="net-tip-muted">{t('legendMentioned')}</span>}
      {drawnEdges < totalEdges && <span className="net-tip-muted">{t('strongest', { shown: drawnEdges, total: totalEdges })}</span>}
    </div>
  );
}
