import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { articleSchema, timelineEventSchema } from './schema';
import { isArticle, isTimelineEvent } from './checkRecords';

/** A copy of `record` with the value at one existing path replaced by `value`, or deleted when value is undefined. */
function mutate(record: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    if (path.length) paths.push(path);
    if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...path, Array.isArray(x) ? Number(k) : k]);
  };
  walk(copy, []);
  const path = paths[pick % paths.length]!;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value ?? null;
  return copy;
}

const values = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '2024-13-45', '2024-01', 'meeting', 'planned', -1, 0.5, 1.5, [0, 5], [5], [[1, 2]], [[1, 2, 3]], {}),
);
const ds = makeDataset();

describe('fast record checks', () => {
  it('accept every valid event and article of the fixture', () => {
    expect(ds.events.every((e) => isTimelineEvent(structuredClone(e)))).toBe(true);
    expect(ds.articles.every((a) => isArticle(structuredClone(a)))).toBe(true);
  });

  it('fill the schema defaults of absent fields exactly as zod does', () => {
    const bare = structuredClone(ds.events[0]!) as Record<string, unknown>;
    for (const k of ['sidelines', 'gathering', 'mentioned', 'corrections']) delete bare[k];
    const expected = timelineEventSchema.parse(structuredClone(bare));
    expect(isTimelineEvent(bare)).toBe(true);
    expect(bare).toEqual(expected);
  });

  it('never accept an event zod rejects, and agree with zod on what they accept', () => {
    fc.assert(
      fc.property(fc.nat(ds.events.length - 1), fc.nat(), values, (i, pick, value) => {
        const x = mutate(ds.events[i], pick, value);
        if (!isTimelineEvent(x)) return;
        const parsed = timelineEventSchema.safeParse(structuredClone(x));
        expect(parsed.success).toBe(true);
        // zod drops unknown keys a replaced object may bring; everything it keeps must match.
        expect(x).toMatchObject(parsed.data as object);
      }),
      { numRuns: 1500 },
    );
  });

  it('never accept an article zod rejects', () => {
    fc.assert(
      fc.property(fc.nat(ds.articles.length - 1), fc.nat(), values, (i, pick, value) => {
        const x = mutate(ds.articles[i], pick, value);
        if (isArticle(x)) expect(articleSchema.safeParse(x).success).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
