import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The JS files dist/index.html loads up front (entry scripts and module preloads). */
export function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs.map((r) => r.replace(/^\.?\//, '')))];
}

/** Raw and gzip size (bytes) of the initial JS of a built app in `dist`. */
export function bundleSize(dist: string): { files: string[]; raw: number; gzip: number } {
  const files = initialScripts(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dist, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
