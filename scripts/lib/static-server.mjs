/**
 * The one static file server of the scripts, with the one MIME table: the Storybook build
 * (storybook/), the example apps' builds, the CSP page and the bench's pages are served with it.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The Content-Type of a file by its extension (`contentType('.html')` works too). */
export const contentType = (file) => TYPES[extname(file) || file] ?? 'application/octet-stream';

/**
 * The file under `root` a request path names (a folder → its index.html), or undefined when
 * there is none or the path leaves `root`.
 * @param {string} root
 * @param {string} urlPath
 */
export async function resolveFile(root, urlPath) {
  const base = resolve(root);
  let file = normalize(join(base, decodeURIComponent(urlPath)));
  if (file !== base && !file.startsWith(base + '/')) return undefined;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) return undefined;
  return (await stat(file).catch(() => null))?.isFile() ? file : undefined;
}

/**
 * A request handler serving the files under `root`; a path with no file goes to `next`
 * (404 when there is none). Fits a connect-style middleware chain: `api(req, res, () => files(req, res))`.
 * @param {string} root
 * @param {{ headers?: Record<string, string> }} [options] headers added to every file response
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => Promise<void>}
 */
export function staticFiles(root, { headers = {} } = {}) {
  return async (req, res, next = () => notFound(res)) => {
    const file = await resolveFile(root, new URL(req.url ?? '/', 'http://x').pathname).catch(() => undefined);
    if (!file) return next();
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': body.length, ...headers });
    res.end(body);
  };
}

/** A plain-text 404. */
export function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
}

/**
 * Listen with `handler` on a free port of 127.0.0.1.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handler
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function listen(handler) {
  const server = createServer((req, res) =>
    Promise.resolve(handler(req, res)).catch((e) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(e?.message ?? e));
    }),
  );
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
