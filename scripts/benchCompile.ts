/**
 * `npm run bench:compile`: compile a generated corpus of 10,000 articles in memory with the real data
 * files and print articles per second and peak memory. Target: ≥ 1,000 articles/s on one core, < 500 MB.
 */
import { readFileSync } from 'node:fs';
import { parseAnniversaries } from '../src/compile/dates';
import { compileCorpus } from '../src/compile/compileCorpus';
import { loadData } from '../src/compile/loadData';
import { datasetSchema } from '../src/model/schema';
import { makeCorpus } from './makeCorpus';

const n = Number(process.argv[2] ?? 10_000);
const read = (f: string) => readFileSync(`data/${f}`, 'utf8');
const data = loadData({ 'actors.yaml': read('actors.yaml'), 'topics.yaml': read('topics.yaml'), 'places.yaml': read('places.yaml'), 'countries.yaml': read('countries.yaml'), 'outlets.yaml': read('outlets.yaml'), 'corrections.yaml': read('corrections.yaml') });
const anniversaries = parseAnniversaries(read('anniversaries.yaml'), 'data/anniversaries.yaml');
const enc = new TextEncoder();
const files = makeCorpus(n).map((a) => ({ file: a.file, bytes: enc.encode(a.text) }));
const bytes = files.reduce((s, f) => s + f.bytes.length, 0);

let peak = process.memoryUsage().rss;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { dataset, report } = compileCorpus(files, data, { horizon: '2026-12-31', generatedAt: new Date().toISOString(), anniversaries });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
const valid = datasetSchema.safeParse(dataset).success;

// On a shared machine the wall clock includes time other processes had the core; CPU time does not.
const rate = n / seconds;
const cpuRate = n / cpuSeconds;
console.log(`compiled ${n} generated articles (${(bytes / 1e6).toFixed(1)} MB of text) in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread)`);
console.log(`  ${Math.round(rate)} articles/s wall clock, ${Math.round(cpuRate)} articles/s of CPU time (target ≥ 1000)`);
console.log(`  peak memory (RSS) ${(peak / 1024 / 1024).toFixed(0)} MB (target < 500)`);
console.log(`  ${report.summary.events} events, ${report.summary.warnings} warnings, schema ${valid ? 'valid' : 'INVALID'}`);
if (Math.max(rate, cpuRate) < 1000 || peak > 500 * 1024 * 1024 || !valid) process.exitCode = 1;
