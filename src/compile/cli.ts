/**
 * `npm run compile [-- --articles DIR --out DIR]`: read data/, compile, validate with the shared schema,
 * write dataset.json and report.json, print a summary. The only part of the compiler that touches files.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema } from '../model/schema';
import { ANNIVERSARIES_FILE, parseAnniversaries } from './dates';
import { compileCorpus, type ArticleFile } from './compileCorpus';
import { DataFileError, loadData, type DataSources } from './loadData';
import { MAX_ARTICLE_BYTES } from './readArticle';
import { datasetText } from '../model/datasetFile';
import { withNetworkLayout } from '../network/storedLayout';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function oversized(file: string): Uint8Array {
  const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function fail(message: string): never {
  process.stderr.write(`compile failed: ${message}\n`);
  process.exit(1);
}

function main(): void {
  const dataDir = arg('--data', 'data');
  const articlesDir = arg('--articles', path.join(dataDir, 'articles'));
  const outDir = arg('--out', path.join('public', 'data'));
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) fail(`articles folder '${articlesDir}' does not exist`);
  const need = (name: string) => readOptional(path.join(dataDir, name)) ?? fail(`${path.join(dataDir, name)} is missing`);
  const sources: DataSources = {
    'actors.yaml': need('actors.yaml'),
    'topics.yaml': need('topics.yaml'),
    'places.yaml': need('places.yaml'),
    'countries.yaml': readOptional(path.join(dataDir, 'countries.yaml')),
    'outlets.yaml': readOptional(path.join(dataDir, 'outlets.yaml')),
    'corrections.yaml': readOptional(path.join(dataDir, 'corrections.yaml')),
  };
  let data;
  let anniversaries;
  try {
    data = loadData(sources, dataDir);
    const annPath = path.join(dataDir, path.basename(ANNIVERSARIES_FILE));
    anniversaries = existsSync(annPath) ? parseAnniversaries(readFileSync(annPath, 'utf8'), annPath) : [];
  } catch (e) {
    fail(e instanceof DataFileError || e instanceof Error ? e.message : String(e));
  }
  const files: ArticleFile[] = [];
  for (const name of readdirSync(articlesDir).sort()) {
    const full = path.join(articlesDir, name);
    if (name.startsWith('.') || !statSync(full).isFile()) continue;
    // An oversized file is not read: only its first bytes, enough for decodeArticle to report the size.
    if (!name.toLowerCase().endsWith('.txt')) {
      files.push({ file: name, bytes: new Uint8Array(0), skipReason: 'not a .txt file' });
      continue;
    }
    const size = statSync(full).size;
    files.push({ file: name, bytes: size > MAX_ARTICLE_BYTES ? oversized(full) : new Uint8Array(readFileSync(full)) });
  }
  const now = new Date();
  const { dataset, report } = compileCorpus(files, data, { horizon: now.toISOString().slice(0, 10), generatedAt: now.toISOString(), anniversaries });
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    fail(`the compiled dataset does not match src/model/schema.ts at ${issue.path.join('.')}: ${issue.message}`);
  }
  mkdirSync(outDir, { recursive: true });
  // The network's first layout goes with the data, so the app's first screen does not wait for one;
  // long lists are written as tables (see model/datasetFile).
  writeFileSync(path.join(outDir, 'dataset.json'), datasetText(withNetworkLayout(checked.data)));
  writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  const s = report.summary;
  process.stdout.write(`compiled ${s.compiled} of ${s.articles} articles (${s.skipped} skipped): ${s.events} events, ${s.warnings} warnings → ${outDir}/dataset.json, ${outDir}/report.json\n`);
  for (const w of report.warnings.slice(0, 10)) process.stdout.write(`  warning [${w.kind}] ${w.file ?? w.eventId ?? ''}: ${w.message}\n`);
  if (report.warnings.length > 10) process.stdout.write(`  … and ${report.warnings.length - 10} more in report.json\n`);
}

main();
