import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'compile-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/compile/cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run compile (cli)', () => {
  it('compiles another articles folder into another output folder, reporting bad files', () => {
    const articles = path.join(work, 'articles');
    cpSync(path.join(root, 'data/articles'), articles, { recursive: true });
    writeFileSync(path.join(articles, 'zz_empty.txt'), '');
    writeFileSync(path.join(articles, 'notes.md'), '# not an article');
    const out = path.join(work, 'out');
    const r = cli('--articles', articles, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/compiled 5 of 7 articles \(2 skipped\): 7 events/);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.articles.find((a: { file: string }) => a.file === 'zz_empty.txt').status).toBe('skipped');
    expect(report.articles.find((a: { file: string }) => a.file === 'notes.md').outcome).toMatch(/not a \.txt file/);
    expect(existsSync(path.join(out, 'dataset.json'))).toBe(true);
  }, 60_000);

  it('stops on a malformed YAML file with file, line and problem, and no stack trace', () => {
    const data = path.join(work, 'data');
    cpSync(path.join(root, 'data'), data, { recursive: true });
    writeFileSync(path.join(data, 'actors.yaml'), 'roles: []\nactors:\n  - name: Wang Yi\n    country: [CN\n');
    const r = cli('--data', data, '--out', path.join(work, 'out2'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/actors\.yaml:\d+: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(work, 'out2', 'dataset.json'))).toBe(false);
  }, 60_000);
});
