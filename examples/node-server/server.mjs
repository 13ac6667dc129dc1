/**
 * A plain Node server (node:http, no framework) that sends pages with the widgets
 * server-rendered by `renderHTML` (README "Server rendering"), and the library's browser
 * files that hydrate them.
 *
 *   EGOV_API_BASE=https://api.example.ir/egov PORT=3000 npm start
 *
 *   GET /            the page in Persian;  GET /en/  in English
 *   GET /egov-widgets/*   the package's dist/cdn/ files (the autoloader and its chunks)
 *   GET /app.js, /site.css   the page's own files (public/)
 *
 * HTTP caching: a rendered page is kept for PAGE_TTL_MS (default 30 s) and shared by every
 * request in that time, so a warm request neither renders nor asks the API again; concurrent
 * cold requests share one render. Each response carries a strong `ETag` (a hash of its bytes):
 * a browser or CDN that sends it back in `If-None-Match` gets `304 Not Modified` and no body.
 * Pages are `public, max-age=0, s-maxage=…` (a browser revalidates every time, a shared cache
 * keeps the page as long as this server does); the hashed chunks are immutable for a year.
 *
 * CSP without 'unsafe-inline': the `<style>` elements that `renderHTML` writes in each shadow
 * root are allowed by their hashes (computed from the rendered bytes), not by a nonce, so the
 * same bytes can be cached and revalidated. (A nonce changes every response: pass `nonce` to
 * `renderHTML` instead when pages are not cached.)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { renderHTML } from 'egov-widgets/ssr.js';
import { pageHTML } from './page.mjs';

const PORT = Number(process.env.PORT ?? 3000);
/** The API as the browser reaches it; absolute, since a server has no page URL to resolve `/api` against. */
const API_BASE = process.env.EGOV_API_BASE ?? '';
const PAGE_TTL_MS = Number(process.env.PAGE_TTL_MS ?? 30_000);
if (!/^https?:\/\//.test(API_BASE)) {
  console.error('Set EGOV_API_BASE to the API base URL, e.g. EGOV_API_BASE=https://api.example.ir/egov npm start');
  process.exit(1);
}
const API_ORIGIN = new URL(API_BASE).origin;

/** The package's browser files: the folder of its CDN build (the autoloader and its chunks). */
const CDN_DIR = dirname(fileURLToPath(import.meta.resolve('egov-widgets/cdn/egov-widgets.js'))) + sep;
const PUBLIC_DIR = fileURLToPath(new URL('public/', import.meta.url));

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
});

/**
 * One response body, ready to send: the bytes, their gzip, and its validator.
 * @typedef {{ body: Buffer, gzip: Buffer, etag: string, type: string, cacheControl: string, headers?: Record<string, string> }} Entity
 */

/** @returns {Entity} */
function entity(/** @type {Buffer} */ body, /** @type {Omit<Entity, 'body' | 'gzip' | 'etag'>} */ rest) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip: gzipSync(body), etag, ...rest };
}

/** Sends an entity, or 304 when the client holds it already (`If-None-Match`). */
function send(
  /** @type {import('node:http').IncomingMessage} */ req,
  /** @type {import('node:http').ServerResponse} */ res,
  /** @type {Entity} */ e,
) {
  const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // The gzip bytes are another representation: another (strong) validator.
  const etag = gz ? `${e.etag.slice(0, -1)}-gz"` : e.etag;
  const headers = { 'Cache-Control': e.cacheControl, ETag: etag, Vary: 'Accept-Encoding', ...e.headers };
  const held = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''));
  if (held.includes(etag) || held.includes('*')) {
    res.writeHead(304, headers).end();
    return;
  }
  const body = gz ? e.gzip : e.body;
  res.writeHead(200, {
    ...headers,
    'Content-Type': e.type,
    'Content-Length': body.length,
    ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `'sha256-…'` of every distinct `<style>` body in the page, for `style-src`. */
function styleHashes(/** @type {string} */ html) {
  const bodies = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  return [...bodies].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/** Every widget came out rendered: each start tag is followed by its shadow root. */
const allRendered = (/** @type {string} */ html) =>
  [...html.matchAll(/<egov-(?!provider)[a-z-]+\b[^>]*>(<template shadowroot)?/g)].every((m) => m[1]);

/** @type {Map<string, { until: number, page: Promise<Entity> }>} */
const pages = new Map();
let renders = 0;

async function renderPage(/** @type {'fa' | 'en'} */ lang) {
  const t0 = performance.now();
  const html = await renderHTML(pageHTML({ lang, apiBase: API_BASE }), { timeoutMs: 3000 });
  renders++;
  const complete = allRendered(html);
  const csp = [
    "default-src 'self'",
    `style-src 'self' ${styleHashes(html).join(' ')}`,
    `connect-src 'self' ${API_ORIGIN}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  console.log(
    `rendered /${lang === 'fa' ? '' : 'en/'} in ${(performance.now() - t0).toFixed(0)} ms${complete ? '' : ' (some widgets left to the browser)'}`,
  );
  return {
    complete,
    entity: entity(Buffer.from(html), {
      type: TYPES['.html'],
      // A page whose API failed for some widget is not shared: the next request tries again.
      cacheControl: complete ? `public, max-age=0, s-maxage=${Math.round(PAGE_TTL_MS / 1000)}` : 'no-store',
      headers: { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
    }),
  };
}

/** The page for `lang`: from the cache while it is fresh (one render shared by all who ask meanwhile). */
function page(/** @type {'fa' | 'en'} */ lang) {
  const cached = pages.get(lang);
  if (cached && cached.until > Date.now()) return cached.page;
  const rendered = renderPage(lang).then(
    ({ complete, entity }) => {
      if (!complete) pages.delete(lang);
      return entity;
    },
    (e) => {
      pages.delete(lang);
      throw e;
    },
  );
  pages.set(lang, { until: Date.now() + PAGE_TTL_MS, page: rendered });
  return rendered;
}

/** @type {Map<string, Promise<Entity | undefined>>} */
const files = new Map();

/** A static file under `dir` (read once), or undefined. */
function file(/** @type {string} */ dir, /** @type {string} */ path, /** @type {string} */ cacheControl) {
  const full = normalize(join(dir, path));
  if (!full.startsWith(dir) || !TYPES[extname(full)]) return Promise.resolve(undefined);
  let f = files.get(full);
  if (!f) {
    f = readFile(full).then(
      (body) => entity(body, { type: TYPES[extname(full)], cacheControl }),
      () => undefined,
    );
    files.set(full, f);
  }
  return f;
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let e;
    if (path === '/' || path === '/en/') e = await page(path === '/' ? 'fa' : 'en');
    else if (path.startsWith('/egov-widgets/')) {
      const name = path.slice('/egov-widgets/'.length);
      // Chunk names carry their content's hash: cached for good. The entry files keep their
      // names from release to release: revalidated (a 304 while they are unchanged).
      const hashed = /-[\w-]{8}\.js$/.test(name);
      e = await file(CDN_DIR, name, hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    } else e = await file(PUBLIC_DIR, path, 'public, max-age=0, must-revalidate');
    if (e) send(req, res, e);
    else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('server error');
  }
});

server.listen(PORT, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`http://localhost:${port}/ (API ${API_BASE}, pages kept ${PAGE_TTL_MS / 1000} s)`);
});

process.on('SIGTERM', () => {
  console.log(`${renders} renders`);
  server.close(() => process.exit(0));
});
