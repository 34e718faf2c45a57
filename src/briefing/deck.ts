import { formatIsoDate } from '../i18n/formatDate';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/useT';
import type { EventRecord } from './eventRecords';
import { briefingMessages, typeLabels } from './messages';

/** One PowerPoint slide, described as data so it can be built and tested without the library. */
export interface DeckSlide {
  /** Small text above the title (a date, or "View 2 of 5"). */
  kicker: string;
  title: string;
  /** Lines of body text (participants, place, topics, summary, filters…). */
  lines: string[];
  /** An image drawn in (a PNG data URL), with its aspect ratio (width / height). */
  image?: { dataUrl: string; aspect: number };
  /** Source lines, printed small at the foot. */
  citations: string[];
  /** Number shown in the corner, e.g. "2 / 7". */
  counter?: string;
}

/** "Outlet, “Headline”, 20 Nov 2024, https://…" for each source of a record. */
export function citationsOf(r: EventRecord, lang: Lang): string[] {
  return r.sources.map((s) => [s.outlet, `“${s.title}”`, s.published && formatIsoDate(s.published, lang), s.url].filter(Boolean).join(', '));
}

/** The slide for one event: date, title, who, where, topics, summary and its sources. */
export function eventSlide(r: EventRecord, lang: Lang, n: number, total: number, image?: DeckSlide['image']): DeckSlide {
  const m = briefingMessages[lang];
  const lines = [
    `${typeLabels[lang][r.type as keyof (typeof typeLabels)['en']] ?? r.type} · ${m.participants}: ${r.participants.join(', ')}`,
    ...(r.place ? [`${m.place}: ${r.place}`] : []),
    ...(r.topics.length ? [r.topics.join(' · ')] : []),
    r.summary,
  ];
  return { kicker: formatIsoDate(r.date, lang, 'long'), title: r.title, lines, image, citations: citationsOf(r, lang), counter: `${n} / ${total}` };
}

/** Writes the slides to a .pptx blob; pptxgenjs is loaded only now, so it stays out of the first download. */
export async function writeDeck(slides: readonly DeckSlide[], title: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = title;
  const W = 13.33;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(s.kicker, { x: 0.5, y: 0.3, w: W - 2.5, h: 0.5, fontSize: 18, color: '0B63C5', bold: true });
    if (s.counter) slide.addText(s.counter, { x: W - 2, y: 0.3, w: 1.5, h: 0.5, fontSize: 14, color: '4A525C', align: 'right' });
    slide.addText(s.title, { x: 0.5, y: 0.8, w: W - 1, h: 0.9, fontSize: 30, bold: true, color: '1B1F24', fit: 'shrink' });
    let y = 1.8;
    if (s.image) {
      const w = W - 1;
      const h = Math.min(3.2, w / s.image.aspect);
      slide.addImage({ data: s.image.dataUrl, x: 0.5 + (w - h * s.image.aspect) / 2, y, w: h * s.image.aspect, h });
      y += h + 0.15;
    }
    const footH = 0.3 + 0.25 * Math.min(4, s.citations.length);
    slide.addText(
      s.lines.map((text) => ({ text, options: { breakLine: true } })),
      { x: 0.5, y, w: W - 1, h: Math.max(0.6, 7.5 - y - footH - 0.2), fontSize: 16, color: '1B1F24', valign: 'top', fit: 'shrink' },
    );
    if (s.citations.length)
      slide.addText(s.citations.slice(0, 4).join('\n'), { x: 0.5, y: 7.5 - footH - 0.1, w: W - 1, h: footH, fontSize: 10, color: '4A525C', valign: 'bottom' });
  }
  const out = await pptx.write({ outputType: 'blob' });
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** The caption of a saved view's slide: its number and the filter lines. */
export function viewKicker(lang: Lang, n: number, total: number): string {
  return format(briefingMessages[lang].viewOf, { n, total });
}
