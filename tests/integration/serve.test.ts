/**
 * scripts/serve.mjs: its pure parts (MIME types, encoding negotiation, path safety, which file
 * answers a path) and one real server on a temporary folder, spoken to with raw HTTP requests
 * (fetch would normalise `..` away before it reached the server).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../scripts/csp.mjs';
import { cacheControl, contentType, createStaticServer, negotiateEncoding, pagePolicy, resolveFile, safePath } from '../../scripts/serve.mjs';

describe('contentType', () => {
  it.each([
    ['duckdb-eh.abc.wasm', 'application/wasm'],
    ['start.abc.js', 'text/javascript; charset=utf-8'],
    ['worker.MJS', 'text/javascript; charset=utf-8'],
    ['lines.arrows', 'application/vnd.apache.arrow.stream'],
    ['summary.json', 'application/json; charset=utf-8'],
    ['0.abc.css', 'text/css; charset=utf-8'],
    ['index.html', 'text/html; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['UniGB-UCS2-H.bcmap', 'application/octet-stream'],
    ['NotoSans.woff2', 'font/woff2'],
    ['no-extension', 'application/octet-stream']
  ])('%s → %s', (file, type) => expect(contentType(file)).toBe(type));
});

describe('negotiateEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it('prefers br, then gzip, among the copies that exist', () => {
    expect(negotiateEncoding('gzip, deflate, br', both)).toBe('br');
    expect(negotiateEncoding('gzip, deflate', both)).toBe('gzip');
    expect(negotiateEncoding('gzip, deflate, br', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['gzip'])).toBeNull();
  });
  it('honours q=0 and the * wildcard', () => {
    expect(negotiateEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(negotiateEncoding('gzip;q=0.5, br;q=0', both)).toBe('gzip');
    expect(negotiateEncoding('*', both)).toBe('br');
    expect(negotiateEncoding('gzip, *;q=0', both)).toBe('gzip');
    expect(negotiateEncoding('*;q=0', both)).toBeNull();
  });
  it('sends the file as it is when the client accepts no encoding', () => {
    expect(negotiateEncoding(undefined, both)).toBeNull();
    expect(negotiateEncoding('', both)).toBeNull();
    expect(negotiateEncoding('identity', both)).toBeNull();
  });
});

describe('safePath', () => {
  const root = '/srv/build';
  it('maps a path inside the root', () => {
    expect(safePath(root, '/_app/immutable/a.js')).toBe('/srv/build/_app/immutable/a.js');
    expect(safePath(root, '/')).toBe(root);
    expect(safePath(root, '/data/%E5%8D%95%E4%BD%8D.csv')).toBe('/srv/build/data/单位.csv');
    expect(safePath(root, '//data//x.json')).toBe('/srv/build/data/x.json');
  });
  it.each([
    ['/../etc/passwd'],
    ['/%2e%2e/etc/passwd'],
    ['/%2E%2E%2Fetc%2Fpasswd'],
    ['/_app/../../etc/passwd'],
    ['/a/%2e%2e/%2e%2e/build-other/x'],
    ['/..%5c..%5cetc'],
    ['/a\\b'],
    ['/x%00.html'],
    ['/%E0%A4%A'],
    ['/.hidden'],
    ['/data/.from-seeds'],
    ['relative/path']
  ])('refuses %s', (path) => expect(safePath(root, path)).toBeNull());
});

describe('resolveFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'bl-serve-'));
  const build = join(root, 'build');
  mkdirSync(join(build, '_app', 'immutable'), { recursive: true });
  mkdirSync(join(build, 'data'));
  for (const file of ['index.html', 'compare.html', '200.html', '_app/immutable/a.js', 'data/lines.arrows']) writeFileSync(join(build, file), file);
  writeFileSync(join(root, 'secret.txt'), 'outside the build');

  it('finds files, folders’ index.html and prerendered pages without .html', () => {
    expect(resolveFile(build, '/', '200.html')).toBe(join(build, 'index.html'));
    expect(resolveFile(build, '/compare', '200.html')).toBe(join(build, 'compare.html'));
    expect(resolveFile(build, '/_app/immutable/a.js', '200.html')).toBe(join(build, '_app/immutable/a.js'));
  });
  it('answers a client route with the fallback page', () => {
    expect(resolveFile(build, '/unit/650121-9308c713', '200.html')).toBe(join(build, '200.html'));
    expect(resolveFile(build, '/findings/', '200.html')).toBe(join(build, '200.html'));
  });
  it('never answers a missing asset or data file with the fallback page', () => {
    expect(resolveFile(build, '/_app/immutable/gone.js', '200.html')).toBeNull();
    expect(resolveFile(build, '/_app/version', '200.html')).toBeNull();
    expect(resolveFile(build, '/data/units', '200.html')).toBeNull();
    expect(resolveFile(build, '/favicon.png', '200.html')).toBeNull();
  });
  it('never leaves the root', () => {
    expect(resolveFile(build, '/../secret.txt', '200.html')).toBeNull();
    expect(resolveFile(build, '/%2e%2e/secret', '200.html')).toBeNull();
  });
});

describe('cacheControl and pagePolicy', () => {
  it('caches hashed files for a year and revalidates the rest', () => {
    expect(cacheControl('/_app/immutable/assets/duckdb-eh.abc.wasm')).toContain('immutable');
    expect(cacheControl('/data/lines.arrows')).toBe('no-cache');
    expect(cacheControl('/service-worker.js')).toBe('no-cache');
    expect(cacheControl('/')).toBe('no-cache');
  });
  it('reads a page’s meta policy, hashes included', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;"></head>`;
    expect(pagePolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(pagePolicy('<head></head>')).toBeNull();
  });
});

describe('createStaticServer', () => {
  const build = mkdtempSync(join(tmpdir(), 'bl-serve-http-'));
  const wasm = Buffer.alloc(50_000, 7);
  const page = `<!doctype html><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-xyz=&#39;"><p>page</p>`;
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    mkdirSync(join(build, '_app', 'immutable', 'assets'), { recursive: true });
    writeFileSync(join(build, 'index.html'), page);
    writeFileSync(join(build, '200.html'), page);
    writeFileSync(join(build, '_app/immutable/assets/duckdb.wasm'), wasm);
    writeFileSync(join(build, '_app/immutable/assets/duckdb.wasm.br'), brotliCompressSync(wasm));
    writeFileSync(join(build, '_app/immutable/assets/duckdb.wasm.gz'), gzipSync(wasm));
    server = createStaticServer({ root: build });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });

  it('sends the brotli copy of the wasm with its type, Vary, long caching, CSP and nosniff', async () => {
    const res = await get('/_app/immutable/assets/duckdb.wasm', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-security-policy']).toBe(cspHeader());
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(res.headers['content-length'])).toBeLessThan(wasm.length);
  });

  it('sends gzip, or the file itself, to a client that accepts no br', async () => {
    expect((await get('/_app/immutable/assets/duckdb.wasm', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await get('/_app/immutable/assets/duckdb.wasm');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(wasm)).toBe(true);
  });

  it('answers a matching If-None-Match with 304, per encoding', async () => {
    const first = await get('/_app/immutable/assets/duckdb.wasm', { 'accept-encoding': 'br' });
    const again = await get('/_app/immutable/assets/duckdb.wasm', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    const other = await get('/_app/immutable/assets/duckdb.wasm', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
    expect(other.status).toBe(200);
  });

  it('gives a page its own meta policy as the header, and client routes the fallback page', async () => {
    const res = await get('/unit/abc');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe("script-src 'self' 'sha256-xyz='");
    expect(res.body.toString()).toContain('<p>page</p>');
  });

  it('fails only the one request when a file cannot be read, and goes on serving', async () => {
    mkdirSync(join(build, '_app/immutable/assets/broken.js.br'), { recursive: true }); // a folder where a copy should be
    writeFileSync(join(build, '_app/immutable/assets/broken.js'), 'x'.repeat(2_000));
    await expect(get('/_app/immutable/assets/broken.js', { 'accept-encoding': 'br' })).rejects.toThrow();
    expect((await get('/_app/immutable/assets/duckdb.wasm')).status).toBe(200);
  });

  it('refuses paths out of the folder, missing assets and other methods', async () => {
    expect((await get('/../../../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/_app/immutable/assets/gone.js')).status).toBe(404);
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/_app/immutable/assets/duckdb.wasm', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
