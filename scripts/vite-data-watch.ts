import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Content Security Policy of the built app: nothing inline, nothing off the origin. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * In dev, saving a file under data/ recompiles the dataset and reloads the open page;
 * in a build, the CSP is written into index.html (dev needs inline scripts for hot reload, so it has none).
 */
export function dataWatchPlugin(): Plugin {
  let running = false;
  let again = false;
  return {
    name: 'contact-timeline-data',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (ctx.server) return html;
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      },
    },
    configureServer(server) {
      const dataDir = path.resolve(server.config.root, 'data');
      server.watcher.add(dataDir);
      const compile = () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        const child = spawn(process.execPath, [path.resolve(server.config.root, 'node_modules/tsx/dist/cli.mjs'), 'src/compile/cli.ts'], {
          cwd: server.config.root,
          stdio: 'inherit',
        });
        child.on('exit', () => {
          running = false;
          server.ws.send({ type: 'full-reload' });
          if (again) {
            again = false;
            compile();
          }
        });
      };
      const onChange = (file: string) => {
        if (file.startsWith(dataDir + path.sep)) compile();
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
