import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT';
import { panelMessages } from './messages';
import { segmentText, type Highlight } from './segmentText';

/**
 * The article body as React text nodes only (HTML in it stays inert): people and topic terms in <mark>,
 * evidence sentences underlined and labelled; the first evidence is scrolled into view.
 */
export function ArticleText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const t = useT(panelMessages);
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);
  const firstEvidence = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    firstEvidence.current?.scrollIntoView?.({ block: 'nearest' });
  }, [segments]);
  let seenEvidence = false;
  return (
    <div className="article-text">
      {segments.map((s, i) => {
        let node: React.ReactNode = s.text;
        if (s.kinds.includes('participant')) node = <mark className="hl-person">{node}</mark>;
        else if (s.kinds.includes('topic')) node = <mark className="hl-topic">{node}</mark>;
        if (!s.kinds.includes('evidence')) return <Fragment key={i}>{node}</Fragment>;
        // A label opens each evidence run (a segment whose predecessor was not evidence).
        const opens = !segments[i - 1]?.kinds.includes('evidence');
        const first = !seenEvidence;
        seenEvidence = true;
        return (
          <span key={i} className="evidence" ref={first ? firstEvidence : undefined}>
            {opens && <span className="evidence-label">{t('evidence')}</span>}
            {node}
          </span>
        );
      })}
    </div>
  );
}
