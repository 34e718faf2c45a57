/**
 * Benchmark of the date module on the seed articles: `npx tsx src/compile/dates/bench.ts`.
 * Prints articles per second for article date + mentions + year hints + resolution.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { findArticleDate, findDateMentions, findYearHints, parseAnniversaries, resolveMention } from './index';

const anniversaries = parseAnniversaries(readFileSync('data/anniversaries.yaml', 'utf8'), 'data/anniversaries.yaml');
const texts = readdirSync('data/articles').map((f) => readFileSync(`data/articles/${f}`, 'utf8'));
const N = 5_000;

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let mentions = 0;
for (let i = 0; i < N; i++) {
  const text = texts[i % texts.length]!;
  const articleDate = findArticleDate({ text }).value;
  const yearHints = findYearHints(text, anniversaries);
  for (const m of findDateMentions(text)) {
    resolveMention(m, { articleDate, horizon: '2026-11-22', constraints: [], yearHints });
    mentions++;
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${N} articles, ${mentions} mentions in ${seconds.toFixed(2)} s wall (${Math.round(N / seconds)} articles/s), ${cpuSeconds.toFixed(2)} s CPU (${Math.round(N / cpuSeconds)} articles/s per core)`);

const long = 'Rabu (1/1 2024-1 Nov. 18- 21 tahun pada hari peringatan 80 tahun '.repeat(16_000);
const t1 = performance.now();
findDateMentions(long);
findYearHints(long, anniversaries);
findArticleDate({ text: long });
console.log(`1 MB line of date-like noise: ${((performance.now() - t1) / 1000).toFixed(2)} s`);
