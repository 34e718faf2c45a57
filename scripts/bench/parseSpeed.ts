/**
 * Times dataset validation in Node: `npx tsx scripts/bench/parseSpeed.ts [events]`. Compares the fast path
 * (structural checks, zod only for records that fail them) with zod on every record, on a generated dataset.
 */
import { judgeDataset, parseJsonText } from '../../src/model/parseDataset';
import { articleSchema, timelineEventSchema } from '../../src/model/schema';
import { generateDataset } from './synthetic';
import { quantile } from './stats';

const n = Number(process.argv[2] ?? 100_000);
const text = JSON.stringify(generateDataset({ events: n }).dataset);
const time = (fn: () => void, runs = 3) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return `${Math.round(quantile(times, 0.5)!)} ms`;
};
console.log(`${n.toLocaleString('en-GB')} events, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
console.log(`JSON.parse:                       ${time(() => parseJsonText(text))}`);
const json = JSON.parse(text) as { events: unknown[]; articles: unknown[] };
console.log(`judgeDataset (fast path):         ${time(() => judgeDataset(json))}`);
console.log(`zod on every event and article:   ${time(() => {
  for (const e of json.events) timelineEventSchema.safeParse(e);
  for (const a of json.articles) articleSchema.safeParse(a);
}, 1)}`);
