/**
 * A small static server for the built app (build/), with no dependency: `npm start` and the
 * browser tests use it, and it shows what any server in front of the app must do (README-serving.md):
 * the pages' fallback for client routes, the right MIME types (application/wasm above all), the
 * precompressed .br/.gz copies, long caching for hashed files only, the Content-Security-Policy.
 *
 *   node scripts/serve.mjs [--root build]      HOST (default 127.0.0.1) and PORT (default 4173) from the environment
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from './csp.mjs';

/** The suffix of each precompressed copy (scripts/precompress.mjs writes them). */
const SUFFIX = /** @type {const} */ ({ br: '.br', gzip: '.gz' });

/** @type {Record<string, string>} */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.arrows': 'application/vnd.apache.arrow.stream',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // pdfjs-dist's packed CMaps and standard fonts (for reading PDFs in the browser)
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream'
};

/** @param {string} path */
export function contentType(path) {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The encoding to send: br when the client accepts it, else gzip, else none; only among the
 * copies that exist. `q=0` refuses an encoding, as does `*;q=0` one not named.
 * @param {string | undefined} acceptEncoding the request's Accept-Encoding
 * @param {readonly ('br' | 'gzip')[]} available the precompressed copies present
 * @returns {'br' | 'gzip' | null}
 */
export function negotiateEncoding(acceptEncoding, available) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) weights.set(name, q ? Number(q[1]) : 1);
  }
  const accepts = (/** @type {string} */ name) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return /** @type {const} */ (['br', 'gzip']).find((name) => available.includes(name) && accepts(name)) ?? null;
}

/**
 * The file a URL path names inside `root`, or null when it cannot name one there: a path that is
 * not absolute, holds NUL or a backslash, is badly %-encoded, climbs out with `..` (also as %2e%2e
 * or %2f), or names a hidden file (any segment starting with a dot).
 * @param {string} root absolute folder
 * @param {string} pathname the URL's path, still %-encoded
 */
export function safePath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  // `..` starts with a dot too; the check below holds whatever join() makes of the rest.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const file = join(root, ...segments);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Which file answers a path: the file itself, a folder's index.html, a prerendered page without
 * its .html (/compare → compare.html), else for a page route (no file extension, outside /_app/
 * and /data/) the fallback page, where the client router renders it. A missing script, wasm or
 * data file is a 404, never the fallback page served under the wrong type.
 * @param {string} root absolute folder
 * @param {string} pathname the URL's path, still %-encoded
 * @param {string} fallback the fallback page's file name in root
 * @returns {string | null}
 */
export function resolveFile(root, pathname, fallback) {
  const file = safePath(root, pathname);
  if (!file) return null;
  const isFile = (/** @type {string} */ path) => existsSync(path) && statSync(path).isFile();
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) if (isFile(candidate)) return candidate;
  const route = !/^\/(?:_app|data)\//.test(pathname) && !/\.[^/]*$/.test(pathname);
  return route && isFile(join(root, fallback)) ? join(root, fallback) : null;
}

/** Hashed file names never change content: cache for a year. Everything else: revalidate (ETag). */
export function cacheControl(/** @type {string} */ pathname) {
  return pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A page's own policy, hashes of its inline script included (kit.csp writes it as a meta tag). */
export function pagePolicy(/** @type {string} */ html) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&') ?? null;
}

/**
 * @param {{ root: string, fallback?: string }} options root: the build folder
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ root, fallback = '200.html' }) {
  const folder = resolve(root);
  const policy = cspHeader();
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const answer = (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', policy);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const file = resolveFile(folder, pathname, fallback);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 未找到\n');
      return;
    }
    const type = contentType(file);
    if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', pagePolicy(readFileSync(file, 'utf8')) ?? policy);
    const copies = /** @type {const} */ (['br', 'gzip']).filter((name) => existsSync(file + SUFFIX[name]));
    const encoding = negotiateEncoding(req.headers['accept-encoding'], copies);
    const sent = encoding ? file + SUFFIX[encoding] : file;
    const stat = statSync(sent);
    // One ETag per representation: a cache must not answer a br request with the gzip bytes.
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cacheControl(pathname));
    res.setHeader('ETag', etag);
    if (copies.length > 0) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304).end();
      return;
    }
    res.setHeader('Content-Length', stat.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(sent)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  return createServer((req, res) => {
    try {
      answer(req, res);
    } catch {
      // A file removed between the checks and the read (build/ rebuilt while serving): one failed
      // request, never a stopped server.
      if (res.headersSent) res.destroy();
      else res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('503 暂时无法读取文件，请稍后重试\n');
    }
  });
}

/** The addresses to open: for 0.0.0.0 (every interface) each IPv4 address this machine has. */
export function urlsFor(/** @type {string} */ host, /** @type {number} */ port) {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host.includes(':') ? `[${host}]` : host}:${port}/`];
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []).filter((a) => a.family === 'IPv4');
  return addresses.map((a) => `http://${a.address}:${port}/`);
}

/**
 * Serves `root` on HOST:PORT (the environment, else 127.0.0.1:4173) and prints where to open it.
 * @param {string} root
 */
export async function serve(root) {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${process.env.PORT} 不是有效的端口号（0–65535）`);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/ 中没有构建好的网页（缺少 index.html），请先运行 npm run build`);
  const server = createStaticServer({ root });
  await new Promise((done, fail) =>
    server
      .once('error', (/** @type {NodeJS.ErrnoException} */ error) => fail(error.code === 'EADDRINUSE' ? new Error(`端口 ${port} 已被占用，请用 PORT=… 换一个端口`) : error))
      .listen(port, host, () => done(undefined))
  );
  const urls = urlsFor(host, /** @type {import('node:net').AddressInfo} */ (server.address()).port); // PORT=0: the port the system chose
  console.error(`[budget-lens] 已启动，请在浏览器中打开：\n${urls.map((url) => `  ${url}`).join('\n')}`);
  if (host === '127.0.0.1' || host === 'localhost') console.error('[budget-lens] 只有本机可以访问；要让局域网中的其他电脑访问，请设置 HOST=0.0.0.0');
  console.error('[budget-lens] 按 Ctrl+C 停止');
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--root');
  const root = at >= 0 ? process.argv[at + 1] ?? 'build' : 'build';
  serve(root).catch((error) => {
    console.error(`[budget-lens] 无法启动：${error.message}`);
    process.exit(1);
  });
}
