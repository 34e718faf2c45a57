import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { emptyFilters } from '../store/filters';
import { CSV_COLUMNS, LIST_SEP, recordsToCsv, recordsToJson, toEventRecords, type EventRecord } from './eventRecords';
import { countEvents, networkSvgFor, timelineSvgFor, type ViewInput } from './charts';
import { describeFilters } from './describeFilters';
import { svgSize } from './svgToPng';
import { layoutStaticTimeline } from './layoutStaticTimeline';

const dataset = makeDataset();
const brics = dataset.events.filter((e) => e.topics.includes('brics'));
const view = (over: Partial<ViewInput> = {}): ViewInput => ({ dataset, events: dataset.events, filters: emptyFilters(), lang: 'en', colorBy: 'pairing', ...over });
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

function csvBack(csv: string): EventRecord[] {
  const { data, errors } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  const list = (s: string) => (s === '' ? [] : s.split(LIST_SEP));
  return data.map((row) => {
    const titles = list(row.source_titles!);
    const outlets = list(row.source_outlets!);
    const urls = list(row.source_urls!);
    return {
      id: row.id!, date: row.date!, earliest: row.earliest!, latest: row.latest!, precision: row.precision!, confidence: Number(row.confidence),
      basis: row.basis!, status: row.status!, type: row.type!, participants: list(row.participants!), place: row.place || null,
      topics: list(row.topics!), title: row.title!, summary: row.summary!,
      sources: titles.map((title, i) => ({ title, outlet: outlets[i] || null, url: urls[i] || null, published: null })),
    };
  });
}
const withoutPublished = (rs: EventRecord[]) => rs.map((r) => ({ ...r, sources: r.sources.map((s) => ({ ...s, published: null })) }));

describe('CSV export', () => {
  it('has a header and one row per visible event, with names and labels instead of ids', () => {
    const csv = recordsToCsv(toEventRecords(brics, dataset, 'en'));
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv).toContain('Wang Yi | Sergey Lavrov');
    expect(csv).toContain('BRICS | SCO | Ukraine');
  });

  it('parses back to the same events (round trip on the seed-shaped dataset)', () => {
    const records = toEventRecords(dataset.events, dataset, 'id');
    expect(csvBack(recordsToCsv(records))).toEqual(withoutPublished(records));
  });

  it('round-trips titles and summaries with quotes, commas and line breaks', () => {
    const text = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s) && !s.includes(LIST_SEP.trim()));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (pairs) => {
        const events = pairs.map(([title, summary], i) => ({ ...makeEvent(`e${i}`, '2024-05-0' + (i + 1)), title, summary }));
        const records = toEventRecords(events, dataset, 'en');
        const back = csvBack(recordsToCsv(records));
        expect(back.map((r) => [r.title, r.summary])).toEqual(pairs);
      }),
      { numRuns: 60 },
    );
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    const csv = recordsToCsv(toEventRecords([{ ...makeEvent('x', '2024-01-01'), title: '=HYPERLINK("http://evil")' }], dataset, 'en'));
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});

describe('JSON export', () => {
  it('carries date, basis, type, participants, place, topics and the titles and URLs of sources', () => {
    const json = JSON.parse(recordsToJson(toEventRecords(brics, dataset, 'en'), { generatedAt: dataset.generatedAt, filters: ['Topics: BRICS'], lang: 'en' }));
    expect(json.events).toHaveLength(3);
    const rio = json.events.find((e: EventRecord) => e.id === 'e-2024-11-18-rio');
    expect(rio).toMatchObject({
      date: '2024-11-18', basis: "'2024-11-18' stated in the text", type: 'meeting', participants: ['Wang Yi', 'Sergey Lavrov'],
      place: 'Rio de Janeiro', topics: ['BRICS', 'SCO', 'Ukraine'],
      sources: [{ title: 'Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro', url: 'https://example.org/a2', outlet: 'Test Wire', published: '2024-11-20' }],
    });
    expect(json.filters).toEqual(['Topics: BRICS']);
  });
  it('uses the dataset labels of the UI language', () => {
    const [moscow] = toEventRecords(dataset.events.filter((e) => e.id === 'e-2025-12-02-consult'), dataset, 'id');
    expect(moscow).toMatchObject({ place: 'Moskow', topics: ['Ukraina', 'Taiwan dan Satu Tiongkok'] });
  });
});

describe('timeline SVG', () => {
  it('draws one mark per visible event, and title, filters, legend and source when decorated', () => {
    const filters = { ...emptyFilters(), topics: ['brics'] };
    const svg = timelineSvgFor(view({ events: brics, filters }), { width: 900, decorated: true });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('g.mark')].map((g) => g.getAttribute('data-event-id')).sort()).toEqual(brics.map((e) => e.id).sort());
    expect(svg).toContain('China–Russia contacts — Timeline');
    expect(svg).toContain('3 events · Topics: BRICS');
    expect(svg).toContain('Phone call');
    expect(svg).toContain('China–Russia');
    expect(svg).toMatch(/Source: China–Russia contacts, compiled 22 Nov 2026/);
  });

  it('keeps marks inside the picture and never overlapping, for any events', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 40 }), (days) => {
        const events = days.map((d, i) => makeEvent(`e${i}`, d));
        const svg = timelineSvgFor(view({ events }), { width: 800 });
        const marks = [...parse(svg).querySelectorAll('g.mark')].map((g) => g.getAttribute('transform')!.match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number) as [number, number]);
        const folded = [...parse(svg).querySelectorAll('text.folded')].reduce((n, t) => n + Number(t.textContent!.slice(1)), 0);
        expect(marks.length + folded).toBe(events.length);
        const { height } = svgSize(svg);
        for (const [x, y] of marks) expect(x >= 0 && x <= 800 && y >= 0 && y <= height).toBe(true);
        for (let i = 0; i < marks.length; i++)
          for (let j = i + 1; j < marks.length; j++) {
            const [a, b] = [marks[i]!, marks[j]!];
            expect(Math.abs(a[0] - b[0]) >= 16 || Math.abs(a[1] - b[1]) >= 16).toBe(true);
          }
      }),
      { numRuns: 40 },
    );
  });

  it('singles out the highlighted event', () => {
    const svg = timelineSvgFor(view(), { width: 600, highlightId: 'e-2024-11-18-rio' });
    const doc = parse(svg);
    expect(doc.querySelector('g.mark[data-event-id="e-2024-11-18-rio"] circle')).not.toBeNull();
    expect(doc.querySelectorAll('g.mark[opacity]')).toHaveLength(6);
  });
});

describe('static timeline layout limits', () => {
  it('folds events beyond the lane limit into "+N" counts', () => {
    const events = Array.from({ length: 9 }, (_, i) => makeEvent(`e${i}`, '2024-03-01'));
    const layout = layoutStaticTimeline(events, 800, { maxLanes: 4 });
    expect(layout.marks).toHaveLength(4);
    expect(layout.folded).toEqual([expect.objectContaining({ count: 5 })]);
    expect(new Set(layout.marks.map((m) => m.lane))).toEqual(new Set([0, 1, 2, 3]));
  });
  it('draws a histogram past maxMarks, keeping the highlighted event as a mark', () => {
    const events = Array.from({ length: 50 }, (_, i) => makeEvent(`e${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`));
    const layout = layoutStaticTimeline(events, 800, { maxMarks: 20, highlightId: 'e7' });
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(50);
    expect(layout.marks.map((m) => m.id)).toEqual(['e7']);
    expect(Math.max(...layout.bins.map((b) => b.height))).toBeLessThanOrEqual(layout.axisY);
  });
});

describe('network SVG', () => {
  it('has one node per participant and the Wang Yi – Lavrov edge counts 3', () => {
    const svg = networkSvgFor(view(), { width: 700, decorated: true });
    const doc = parse(svg);
    expect([...doc.querySelectorAll('g.node')].map((n) => n.getAttribute('data-actor-id')).sort()).toEqual(
      ['nikolai-patrushev', 'sergei-shoigu', 'sergey-lavrov', 'vladimir-putin', 'wang-yi', 'xi-jinping'],
    );
    expect([...doc.querySelectorAll('g.edge text')].map((t) => t.textContent)).toContain('3');
    expect(svg).toContain('CN China');
  });
});

describe('counts and filter descriptions', () => {
  it('counts by type and topic, largest first, in the UI language', () => {
    expect(countEvents({ dataset, events: brics, lang: 'id' })).toEqual({
      byType: [['Panggilan telepon', 1], ['Panggilan video', 1], ['Pertemuan', 1]],
      byTopic: [['BRICS', 3], ['SCO', 2], ['Taiwan dan Satu Tiongkok', 1], ['Ukraina', 1]],
    });
  });
  it('describes active filters with dataset labels', () => {
    const f = { ...emptyFilters(), topics: ['ukraine', 'brics'], topicMode: 'all' as const, participants: ['wang-yi'], dateFrom: '2024-01-01', query: ' rio ' };
    expect(describeFilters(f, dataset, 'id')).toEqual(['Topik: semua Ukraina, BRICS', 'Peserta: Wang Yi', 'Sejak 1 Jan 2024', 'Cari: “rio”']);
    expect(describeFilters(emptyFilters(), dataset, 'en')).toEqual([]);
  });
});

describe('fitToBox', () => {
  it('stretches any layout into the box, keeping room for labels, without changing the order of points', async () => {
    const { fitToBox } = await import('./charts');
    const pt = fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 30 }), (pts) => {
        const out = fitToBox(pts, 600, 400);
        for (const p of out) expect(p.x >= 89.999 && p.x <= 510.001 && p.y >= 29.999 && p.y <= 354.001).toBe(true);
        for (let i = 1; i < pts.length; i++) if (pts[i]!.x > pts[0]!.x) expect(out[i]!.x).toBeGreaterThanOrEqual(out[0]!.x);
      }),
    );
  });
});
