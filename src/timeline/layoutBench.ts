// Benchmark (not a unit test): lane layout + folding of 100,000 events. Run: npx tsx src/timeline/layoutBench.ts
import { makeEvent } from '../test/makeDataset';
import { buildEntries } from './items';
import { computeChartLayout, createLayoutCache } from './chartLayout';
import { DAY, fitWindow, isoToMs, msToIso, zoomWindow } from './timeScale';
import { extentOf } from './useTimelineModel';

const N = Number(process.argv[2] ?? 100_000);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const base = isoToMs('2015-01-01');
const people = ['wang-yi', 'sergey-lavrov', 'vladimir-putin', 'xi-jinping', 'nikolai-patrushev', 'sergei-shoigu'];
const made = Array.from({ length: N }, (_, i) => {
  // Clustered: most events around a few hundred summit dates, some spread evenly.
  const centre = Math.floor(rand() * 300) * 12;
  const day = rand() < 0.8 ? centre + Math.floor(rand() * 5) : Math.floor(rand() * 3650);
  const date = msToIso(base + day * DAY);
  const span = rand() < 0.1 ? Math.floor(rand() * 30) : 0;
  const e = makeEvent(`e${i}`, date, { participants: [people[i % 6]!, people[(i + 1) % 6]!] });
  return span ? { ...e, date: { ...e.date, latest: msToIso(base + (day + span) * DAY) } } : e;
});
// Round-trip through JSON so the objects have the uniform shapes a loaded dataset has.
const events = JSON.parse(JSON.stringify(made)) as typeof made;
events.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.date.latest.localeCompare(b.date.latest));

function time<T>(label: string, fn: () => T, runs = 7): T {
  let out!: T;
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    out = fn();
    const c = process.cpuUsage(c0);
    ms.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // CPU time as well as wall time: on a shared, loaded machine the wall clock mostly measures the neighbours.
  console.log(`${label.padEnd(40)} wall median ${ms[runs >> 1]!.toFixed(2)} ms (min ${ms[0]!.toFixed(2)})  cpu median ${cpu[runs >> 1]!.toFixed(2)} ms`);
  return out;
}

console.log(`${N.toLocaleString('en')} events`);
time('timesOf + entries (first, cold)', () => buildEntries(events, 'none'), 1);
const { entries, groups } = time('entries, no lanes', () => buildEntries(events, 'none'));
const fit = fitWindow(extentOf(entries));
const full = time('layout + fold, fit all (1200 px)', () => computeChartLayout(entries, groups.length, fit, 1200));
console.log(`  shown ${full.fold.shown.length}, bubbles ${full.fold.bubbles.length}, folded ${full.fold.bubbles.reduce((s, b) => s + b.count, 0)}`);
time('layout + fold, one month (1200 px)', () => computeChartLayout(entries, groups.length, zoomWindow(fit, 120), 1200));
const p = time('entries, participant lanes', () => buildEntries(events, 'participant'));
time('layout + fold, participant lanes, fit', () => computeChartLayout(p.entries, p.groups.length, fit, 1200));
const cache = createLayoutCache();
let w = fit;
time('20 zoom frames (layout+fold each)', () => {
  for (let i = 0; i < 20; i++) cache(entries, groups.length, (w = zoomWindow(w, 1.1)), 1200);
}, 3);
