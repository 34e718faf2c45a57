// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { serveStatic, type StaticServer } from './serveStatic';

/** A raw GET, so odd paths reach the server exactly as written. */
function get(base: string, rawPath: string): Promise<{ status: number; body: string; length: string | undefined }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, length: res.headers['content-length'] }));
      })
      .on('error', reject);
  });
}

describe('serveStatic', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<p>hi</p>');
    fs.mkdirSync(path.join(root, 'data'));
    fs.writeFileSync(path.join(root, 'data', 'x.json'), '{"a":1}');
    fs.writeFileSync(path.join(os.tmpdir(), 'secret-outside.txt'), 'secret');
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('serves files with their length (the loader shows progress from it)', async () => {
    const r = await get(server.url, '/data/x.json');
    expect(r).toEqual({ status: 200, body: '{"a":1}', length: '7' });
  });
  it('serves index.html for the root', async () => {
    expect((await get(server.url, '/')).body).toBe('<p>hi</p>');
  });
  it('answers 404 for a missing file and 400 for a path that is no URL path, and keeps running', async () => {
    expect((await get(server.url, '/nope.json')).status).toBe(404);
    expect([200, 400]).toContain((await get(server.url, '//')).status);
    expect((await get(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.url, '/data/x.json')).status).toBe(200);
  });
  it('never serves a file outside its folder', async () => {
    const r = await get(server.url, '/../secret-outside.txt');
    expect(r.body).not.toBe('secret');
    const encoded = await get(server.url, '/%2e%2e/secret-outside.txt');
    expect(encoded.body).not.toBe('secret');
  });
});
