/**
 * Browser tests: builds the app on the bundled corpus, serves dist/ (and e2e fixtures under /fixtures/)
 * on 127.0.0.1, then runs every e2e/*.spec.ts with Node's test runner against it in Debian Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../scripts/serveStatic';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.E2E_SKIP_BUILD) run('npm', ['run', 'build', '--silent']);
const fixtures = path.join(root, 'e2e', 'fixtures');
const generated = path.join(root, 'e2e', 'artifacts', 'fixtures');
fs.mkdirSync(generated, { recursive: true });
const server = await serveStatic(path.join(root, 'dist'), { '/fixtures/': fixtures, '/generated/': generated });
console.log(`serving dist/ at ${server.url}`);
const specs = fs
  .readdirSync(path.join(root, 'e2e'))
  .filter((f) => f.endsWith('.spec.ts'))
  .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
  .map((f) => path.join('e2e', f));
// Async spawn: spawnSync would block this process's event loop, and with it the server the specs talk to.
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...specs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: server.url, E2E_GENERATED_DIR: generated },
});
const status = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
await server.close();
process.exit(status);
