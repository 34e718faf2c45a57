import { memo } from 'react';
import { useExplorer } from '../store/store';
import { selectLookups } from '../store/selectors';
import { useT } from '../i18n/useT';
import { timelineMessages } from './messages';
import { NO_TOPIC, OTHER_KEY, type ColourScale } from './palette';
import { SHAPE_OF, TYPES_IN_ORDER } from './shapes';
import { ShapeIcon } from './ShapeIcon';

/** The key to the marks: shapes for event types, colours for pairings or topics, and the date-span bar (memoized: zoom frames leave it alone). */
export const Legend = memo(function Legend({ colours }: { /** The colour scale in use. */ colours: ColourScale }) {
  const t = useT(timelineMessages);
  const colorBy = useExplorer((s) => s.colorBy);
  const lang = useExplorer((s) => s.lang);
  const { topics, countries } = useExplorer(selectLookups);
  const label = (key: string) => {
    if (key === OTHER_KEY) return t('other');
    if (key === NO_TOPIC) return t('noTopic');
    if (colorBy === 'topic') return topics.get(key)?.labels[lang] ?? key;
    return key
      .split('–')
      .map((c) => countries.get(c)?.labels[lang] ?? c)
      .join('–');
  };
  return (
    <div className="timeline-legend" aria-label={t('legend')} role="group">
      <ul aria-label={t('legendTypes')}>
        {TYPES_IN_ORDER.map((type) => (
          <li key={type}>
            <ShapeIcon shape={SHAPE_OF[type]} colour="var(--muted)" />
            {t(type)}
          </li>
        ))}
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <rect x="1" y="2" width="20" height="6" fill="var(--line)" stroke="var(--muted)" strokeDasharray="3 2" />
          </svg>
          {t('uncertain')}
        </li>
      </ul>
      <ul aria-label={t('legendColours', { by: colorBy === 'pairing' ? t('colourPairing') : t('colourTopic') })}>
        {colours.entries.map((e) => (
          <li key={e.key}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
            {label(e.key)}
          </li>
        ))}
      </ul>
    </div>
  );
});
