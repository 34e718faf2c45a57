import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { applyVerdict, DatasetError, judgeDataset, judgeDatasetSliced, judgeSteps, parseDataset } from './parseDataset';

describe('parseDataset', () => {
  it('accepts a valid dataset unchanged', () => {
    const ds = makeDataset();
    const { dataset, warnings } = parseDataset(JSON.stringify(ds));
    expect(warnings).toEqual([]);
    expect(dataset.events).toHaveLength(7);
  });
  it('says the file is truncated when it stops mid-way', () => {
    const text = JSON.stringify(makeDataset());
    expect(() => parseDataset(text.slice(0, text.length / 2))).toThrow(/truncated/);
  });
  it('names the version it found and the one it reads', () => {
    expect(() => parseDataset(JSON.stringify({ ...makeDataset(), version: 99 }))).toThrow(/version 99.*version 1/);
  });
  it('rejects non-JSON with a DatasetError that carries a hint', () => {
    try {
      parseDataset('<html>Not found</html>');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      expect((e as DatasetError).hint).toMatch(/npm run compile/);
    }
  });
  it('skips one bad event, an unknown actor and a duplicate id, and keeps the rest', () => {
    const ds = makeDataset();
    const bad = { ...ds.events[0]!, id: 'bad', date: { ...ds.events[0]!.date, value: 'yesterday' } };
    const unknown = { ...ds.events[1]!, id: 'unknown-actor', participants: ['nobody'] };
    const dup = { ...ds.events[2]! };
    const { dataset, warnings } = parseDataset({ ...ds, events: [...ds.events, bad, unknown, dup] });
    expect(dataset.events).toHaveLength(7);
    expect(warnings.map((w) => w.id)).toEqual(['bad', ds.events[2]!.id, 'unknown-actor']);
    expect(warnings.find((w) => w.id === 'unknown-actor')?.message).toMatch(/unknown actor id nobody/);
  });
  it('skips an event whose date matches the pattern but is not a calendar day', () => {
    const ds = makeDataset();
    const bad = { ...ds.events[0]!, id: 'feb-30', date: { ...ds.events[0]!.date, value: '2024-02-30', earliest: '2024-02-30', latest: '2024-02-30' } };
    const { dataset, warnings } = parseDataset({ ...ds, events: [...ds.events, bad] });
    expect(dataset.events).toHaveLength(7);
    expect(warnings).toEqual([{ kind: 'event', index: 7, id: 'feb-30', message: 'date.earliest "2024-02-30" is not a calendar date' }]);
  });
  it('takes a source without evidence only for an article served from its own file, and names the event it skips', () => {
    const ds = makeDataset();
    const served = ds.articles[4]!.id;
    ds.articles[4] = { ...ds.articles[4]!, text: undefined, textUrl: 'texts/a4.json' };
    const i = ds.events.findIndex((e) => e.sources.some((s) => s.articleId === served));
    const j = ds.events.findIndex((e) => !e.sources.some((s) => s.articleId === served));
    ds.events[i] = { ...ds.events[i]!, sources: ds.events[i]!.sources.map((s) => (s.articleId === served ? { articleId: s.articleId } : s)) };
    ds.events[j] = { ...ds.events[j]!, sources: ds.events[j]!.sources.map((s) => ({ articleId: s.articleId })) };
    const { dataset, warnings } = parseDataset(JSON.stringify(ds));
    expect(dataset.events.map((e) => e.id)).toContain(ds.events[i]!.id);
    expect(dataset.events.map((e) => e.id)).not.toContain(ds.events[j]!.id);
    expect(warnings).toEqual([
      { kind: 'event', index: j, id: ds.events[j]!.id, message: expect.stringMatching(/^no evidence for article a\d \(only an article whose text is served from its own file/) },
    ]);
  });
  it('says an empty file is empty', () => {
    expect(() => parseDataset('  ')).toThrow(/empty/);
  });
  it('fills defaults of records the fast check accepts, like zod does', () => {
    const ds = makeDataset();
    const bare = structuredClone(ds.events[0]!) as Partial<typeof ds.events[0]>;
    delete bare.mentioned;
    delete bare.corrections;
    const { dataset } = parseDataset(JSON.stringify({ ...ds, events: [bare] }));
    expect(dataset.events[0]).toEqual({ ...ds.events[0]!, mentioned: [], corrections: [] });
  });

  const corruptions = fc.record({
    event: fc.nat(40),
    field: fc.constantFrom('id', 'date', 'type', 'status', 'participants', 'topics', 'sources', 'location', 'title'),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'nobody', '2024-13-01', [], ['nobody'], null)),
  });

  it('never throws anything but DatasetError on corrupted text, and never drops an untouched valid event', () => {
    const ds = makeDataset();
    const text = JSON.stringify(ds);
    fc.assert(
      fc.property(fc.array(corruptions, { maxLength: 4 }), fc.option(fc.nat(text.length)), (changes, cut) => {
        const events: unknown[] = structuredClone(ds.events);
        const touched = new Set<number>();
        for (const c of changes) {
          const i = c.event % events.length;
          (events[i] as Record<string, unknown>)[c.field] = c.value;
          touched.add(i);
        }
        const input = JSON.stringify({ ...ds, events });
        try {
          const { dataset, warnings } = parseDataset(cut === null ? input : input.slice(0, cut));
          const kept = new Set(dataset.events.map((e) => e.id));
          const dropped = warnings.filter((w) => w.kind === 'event').length;
          expect(dataset.events.length + dropped).toBe(events.length);
          for (const [i, e] of ds.events.entries()) if (!touched.has(i) && ![...touched].some((t) => (events[t] as { id?: unknown }).id === e.id)) expect(kept.has(e.id)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(DatasetError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('judges in slices with the same verdict as in one go, yielding between slices of a large dataset', async () => {
    const ds = makeDataset();
    const events = Array.from({ length: 9000 }, (_, i) => ({ ...structuredClone(ds.events[i % ds.events.length]!), id: `e${i}` }));
    (events[8500] as Record<string, unknown>).participants = ['nobody'];
    (events[20] as Record<string, unknown>).type = 'dance';
    const json = JSON.parse(JSON.stringify({ ...ds, events }));
    const steps = judgeSteps(json);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThanOrEqual(2);
    const sliced = await judgeDatasetSliced(json, 0);
    expect(sliced).toEqual(judgeDataset(json));
    expect(sliced.warnings.map((w) => w.id)).toEqual(['e20', 'e8500']);
    expect(sliced.kept.events).toHaveLength(8998);
  });

  it('builds from the judged JSON what parseDataset gives, filling the defaults the judge filled in place', () => {
    const ds = makeDataset();
    fc.assert(
      fc.property(fc.array(corruptions, { maxLength: 3 }), (changes) => {
        const events: unknown[] = structuredClone(ds.events).map((e) => ({ ...e, mentioned: undefined, corrections: undefined }));
        for (const c of changes) (events[c.event % events.length] as Record<string, unknown>)[c.field] = c.value;
        const text = JSON.stringify({ ...ds, events });
        let direct;
        try {
          direct = parseDataset(text);
        } catch {
          return;
        }
        const json = JSON.parse(text);
        const built = applyVerdict(json, judgeDataset(json));
        expect(built).toEqual(direct);
        for (const e of built.dataset.events) expect([e.mentioned, e.corrections].every(Array.isArray)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('uses a list whose every record passed as it is, and copies one with records left out', () => {
    const json = JSON.parse(JSON.stringify(makeDataset()));
    json.events[1].date.earliest = 'soon';
    const { dataset } = applyVerdict(json, judgeDataset(json));
    expect(dataset.articles).toBe(json.articles);
    expect(dataset.events).not.toBe(json.events);
    expect(dataset.events).toHaveLength(json.events.length - 1);
  });
});

describe('a stored network layout', () => {
  const layout = { key: 'v1:2:1:0123456789abcdef', positions: { 'wang-yi': [10, 20], 'sergey-lavrov': [30.5, 40] } };

  it('is kept when well formed, with no notice', () => {
    const { dataset, notices } = parseDataset(JSON.stringify({ ...makeDataset(), networkLayout: layout }));
    expect(dataset.networkLayout).toEqual(layout);
    expect(notices).toEqual([]);
  });

  it('is left out when absent', () => {
    const { dataset, notices } = parseDataset(JSON.stringify(makeDataset()));
    expect('networkLayout' in dataset).toBe(false);
    expect(notices).toEqual([]);
  });

  it('is ignored with a notice naming the problem when broken; the events still load', () => {
    const broken = { ...layout, positions: { 'wang-yi': [10, 'far'] } };
    const { dataset, notices, warnings } = parseDataset(JSON.stringify({ ...makeDataset(), networkLayout: broken }));
    expect(dataset.networkLayout).toBeUndefined();
    expect(dataset.events).toHaveLength(7);
    expect(warnings).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/stored network layout was ignored \(positions\.wang-yi\.1: .+\); the network is laid out in the browser instead/);
  });
});
