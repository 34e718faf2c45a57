/**
 * Writes a synthetic dataset for benchmarks and scale tests:
 *   npm run generate -- --events 100000 --out e2e/artifacts/fixtures/bench-100000/dataset.json [--seed 7] [--inline-texts|--text-files]
 * Article texts go to texts/<article id>.json next to the dataset (each `{ "text": "…", "evidence": { <event id>: … } }`,
 * linked by the article's `textUrl`, relative to dataset.json) unless they are inlined (default for 2,000 events or fewer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, textPath } from './bench/synthetic';
import { toAsciiJson } from '../src/model/asciiJson';
import { datasetText } from '../src/model/datasetFile';
import { withNetworkLayout } from '../src/network/storedLayout';

/** Generates and writes a dataset; returns the number of article text files written. */
export function writeDataset(out: string, events: number, seed?: number, inlineTexts?: boolean): number {
  const { dataset, texts } = generateDataset({ events, seed, inlineTexts });
  const dir = path.dirname(path.resolve(out));
  fs.mkdirSync(dir, { recursive: true });
  // As the compiler does: the network's first layout goes with the data, long lists as tables.
  fs.writeFileSync(out, datasetText(withNetworkLayout(dataset)));
  if (texts.size > 0) {
    fs.mkdirSync(path.join(dir, 'texts'), { recursive: true });
    for (const [id, file] of texts) fs.writeFileSync(path.join(dir, textPath(id)), toAsciiJson(file));
  }
  return texts.size;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate.ts')) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'inline-texts': { type: 'boolean' },
      'text-files': { type: 'boolean' },
    },
  });
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1 || !values.out) {
    console.error('usage: npm run generate -- --events N --out FILE [--seed S] [--inline-texts | --text-files]');
    process.exit(2);
  }
  // Synthetic data is never the default dataset: refuse the place the app loads by default.
  if (path.resolve(values.out) === path.resolve(import.meta.dirname, '..', 'public', 'data', 'dataset.json')) {
    console.error('refusing to overwrite public/data/dataset.json (the default dataset) with synthetic data; pick another --out and open it with ?dataset=');
    process.exit(2);
  }
  const inline = values['inline-texts'] ? true : values['text-files'] ? false : undefined;
  const started = performance.now();
  const files = writeDataset(values.out, events, values.seed === undefined ? undefined : Number(values.seed), inline);
  const mb = (fs.statSync(values.out).size / 1e6).toFixed(1);
  console.log(`wrote ${values.out}: ${events.toLocaleString('en-GB')} synthetic events, ${mb} MB${files ? `, ${files} article texts in texts/` : ''} (${Math.round(performance.now() - started)} ms)`);
}
