import type { EventDate } from '../model/schema';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useExplorer } from '../store/store';
import { confidenceWord, panelMessages } from './messages';

/** "Why this date": the words and reasoning behind an event's date, its span and its confidence. */
export function DateBasis({ date }: { date: EventDate }) {
  const t = useT(panelMessages);
  const lang = useExplorer((s) => s.lang);
  return (
    <section className="date-basis" aria-labelledby="why-date">
      <h3 id="why-date">{t('whyDate')}</h3>
      <p>{date.basis}</p>
      {date.earliest !== date.latest && (
        <p>{t('span', { earliest: formatIsoDate(date.earliest, lang), latest: formatIsoDate(date.latest, lang) })}</p>
      )}
      {date.alternatives.length > 0 && <p>{t('alternatives', { dates: date.alternatives.map((d) => formatIsoDate(d, lang)).join(', ') })}</p>}
      <p className={`confidence confidence-${confidenceWord(date.confidence)}`}>
        {t('confidence', { percent: Math.round(date.confidence * 100), words: t(confidenceWord(date.confidence)) })}
      </p>
    </section>
  );
}
