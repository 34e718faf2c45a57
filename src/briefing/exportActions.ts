import { appMessages } from '../app/messages';
import { selectVisibleEventsByDate } from '../store/selectors';
import type { ExplorerState } from '../store/store';
import { networkSvgFor, timelineSvgFor, type ViewInput } from './charts';
import { eventSlide, viewKicker, writeDeck, citationsOf, type DeckSlide } from './deck';
import { describeFilters } from './describeFilters';
import { downloadBlob, fileStem } from './download';
import { recordsToCsv, recordsToJson, toEventRecords } from './eventRecords';
import { briefingMessages } from './messages';
import { format } from '../i18n/useT';
import type { SavedView } from './savedViewsFile';
import { blobToDataUrl, svgSize, svgToPng } from './svgToPng';

/** The exports the menu offers. */
export type ExportKind = 'timeline-svg' | 'timeline-png' | 'network-svg' | 'network-png' | 'csv' | 'json' | 'pptx';

/** The still-picture inputs of a store state, or null before a dataset is loaded. */
export function viewInputOf(s: ExplorerState): ViewInput | null {
  if (!s.dataset) return null;
  return { dataset: s.dataset, events: selectVisibleEventsByDate(s), filters: s.filters, lang: s.lang, colorBy: s.colorBy };
}

const SVG_TYPE = 'image/svg+xml;charset=utf-8';
/** A deck of more event slides than this helps nobody; the CSV has them all. */
export const MAX_DECK_EVENTS = 100;

async function pngDataUrl(svg: string): Promise<{ dataUrl: string; aspect: number }> {
  const { width, height } = svgSize(svg);
  return { dataUrl: await blobToDataUrl(await svgToPng(svg, 2)), aspect: width / height };
}

/** The PowerPoint slides: one per saved view when `views` is given, else the current view's overview and one per event. */
export async function buildSlides(s: ExplorerState, views: readonly SavedView[] | null): Promise<DeckSlide[]> {
  const v = viewInputOf(s);
  if (!v) return [];
  const m = briefingMessages[v.lang];
  if (views && views.length) {
    const slides: DeckSlide[] = [];
    for (const [i, view] of views.entries()) {
      const state = { ...s, filters: view.filters, colorBy: view.colorBy };
      const vi = viewInputOf(state)!;
      const records = toEventRecords(vi.events, vi.dataset, vi.lang);
      const filters = describeFilters(view.filters, vi.dataset, vi.lang);
      slides.push({
        kicker: `${viewKicker(vi.lang, i + 1, views.length)} · ${m.eventsCount.replace('{count}', String(vi.events.length))}`,
        title: view.name,
        lines: [filters.length ? filters.join(' · ') : m.allEvents],
        image: await pngDataUrl(timelineSvgFor(vi, { width: 1200, decorated: 'legend' })),
        citations: records.flatMap((r) => citationsOf(r, vi.lang).map((c) => `${r.date} ${r.title}: ${c}`)),
        counter: `${i + 1} / ${views.length}`,
      });
    }
    return slides;
  }
  const records = toEventRecords(v.events.slice(0, MAX_DECK_EVENTS), v.dataset, v.lang);
  const filters = describeFilters(v.filters, v.dataset, v.lang);
  const truncated = v.events.length > MAX_DECK_EVENTS ? [format(m.deckTruncated, { shown: MAX_DECK_EVENTS, count: v.events.length })] : [];
  const overview: DeckSlide = {
    kicker: m.overview,
    title: appMessages[v.lang].title,
    lines: [`${m.eventsCount.replace('{count}', String(v.events.length))} · ${filters.length ? filters.join(' · ') : m.allEvents}`, ...truncated],
    image: await pngDataUrl(timelineSvgFor(v, { width: 1200, decorated: 'legend' })),
    citations: [],
  };
  const slides = [overview];
  for (const [i, r] of records.entries()) {
    const image = await pngDataUrl(timelineSvgFor(v, { width: 1200, highlightId: r.id }));
    slides.push(eventSlide(r, v.lang, i + 1, v.events.length, image));
  }
  return slides;
}

/** Produces one export of the current view and starts its download. */
export async function runExport(kind: ExportKind, s: ExplorerState, views: readonly SavedView[]): Promise<void> {
  const v = viewInputOf(s);
  if (!v) throw new Error('no dataset is loaded');
  const filters = describeFilters(v.filters, v.dataset, v.lang);
  switch (kind) {
    case 'timeline-svg':
      return downloadBlob(new Blob([timelineSvgFor(v, { width: 1200, decorated: true })], { type: SVG_TYPE }), `${fileStem('timeline')}.svg`);
    case 'timeline-png':
      return downloadBlob(await svgToPng(timelineSvgFor(v, { width: 1200, decorated: true }), 2), `${fileStem('timeline')}.png`);
    case 'network-svg':
      return downloadBlob(new Blob([networkSvgFor(v, { width: 900, height: 560, decorated: true })], { type: SVG_TYPE }), `${fileStem('network')}.svg`);
    case 'network-png':
      return downloadBlob(await svgToPng(networkSvgFor(v, { width: 900, height: 560, decorated: true }), 2), `${fileStem('network')}.png`);
    case 'csv':
      return downloadBlob(new Blob([recordsToCsv(toEventRecords(v.events, v.dataset, v.lang))], { type: 'text/csv;charset=utf-8' }), `${fileStem('events')}.csv`);
    case 'json': {
      const json = recordsToJson(toEventRecords(v.events, v.dataset, v.lang), { generatedAt: v.dataset.generatedAt, filters, lang: v.lang });
      return downloadBlob(new Blob([json], { type: 'application/json' }), `${fileStem('events')}.json`);
    }
    case 'pptx': {
      const slides = await buildSlides(s, views.length ? views : null);
      return downloadBlob(await writeDeck(slides, appMessages[v.lang].title), `${fileStem('briefing')}.pptx`);
    }
  }
}
