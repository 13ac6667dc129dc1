/**
 * `npm start`: the portal and agency demo pages also server-rendered, to compare with
 * rendering in the browser (README "Server rendering"). `?render=server` runs the page
 * through `renderHTML` (src/ssr) before it is sent; a link at the top of the page switches.
 *
 * Hydration matches each template by a hash of its strings, so the server must render the
 * very template strings the page runs: the agency page loads the CDN files (templates
 * minified), the portal the modules Vite serves from src/ (templates as written). The server
 * bundle is built from the sources into node_modules/.cache, one of each kind, and rebuilt
 * after a source file changes: a bundle older than the modules Vite serves renders old
 * templates, which the browser reports as a "Hydration value mismatch". Each build renders in
 * a worker thread of its own (elements, once defined, cannot be defined again in one thread).
 * Relative API bases (`/api`) are resolved against this server.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const PAGES = /\/dev\/(agency|portal)\.html$/;
/** Pages that load the CDN files (minified templates); the others run the sources. */
const CDN_PAGES = /\/dev\/agency\.html$/;

/** Renders in a worker: `renderHTML` of the bundle in `dir`, its API's relative bases resolved against `origin`. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const ssr = import(pathToFileURL(workerData.dir + '/ssr.js').href);
parentPort.on('message', async ({ id, html, origin, lang }) => {
  try {
    const { renderHTML } = await ssr;
    const out = await renderHTML(html, {
      apiBase: origin + '/api',
      lang,
      fetch: (input, init) => fetch(new URL(String(input), origin), init),
    });
    parentPort.postMessage({ id, out });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.stack || e) });
  }
});`;

/** One server bundle and the worker that renders with it. */
function renderer(dir, build) {
  const ready = build().then(() => new Worker(WORKER, { eval: true, workerData: { dir } }));
  let next = 0;
  return {
    /** @returns {Promise<string>} */
    async render(html, origin, lang) {
      const worker = await ready;
      const id = next++;
      return new Promise((resolve, reject) => {
        const on = (m) => {
          if (m.id !== id) return;
          worker.off('message', on);
          if (m.error) reject(new Error(m.error));
          else resolve(m.out);
        };
        worker.on('message', on);
        worker.postMessage({ id, html, origin, lang });
      });
    },
    close: () =>
      ready.then(
        (w) => w.terminate(),
        () => {},
      ),
  };
}

/** @returns {import('vite').Plugin} */
export function ssrPreview() {
  /** @type {Record<string, ReturnType<typeof renderer>>} */
  const renderers = {};
  let builds = 0;
  const load = (root, minified) => {
    const kind = minified ? 'min' : 'src';
    if (!renderers[kind]) {
      // A new folder per build: the old worker may still be reading its chunks.
      const outDir = join(root, 'node_modules/.cache', `egov-ssr-preview-${kind}-${builds++}`);
      renderers[kind] = renderer(outDir, () =>
        import('../scripts/build-ssr.mjs').then((m) => m.buildSsr({ outDir, quiet: true, templates: minified })),
      );
    }
    return renderers[kind];
  };
  return {
    name: 'egov-ssr-preview',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      const url = new URL(ctx.originalUrl ?? ctx.path, 'http://x');
      if (!PAGES.test(url.pathname)) return html;
      const server = url.searchParams.get('render') === 'server';
      const other = new URLSearchParams(url.search);
      if (server) other.delete('render');
      else other.set('render', 'server');
      const href = `?${other}`;
      const link = server
        ? `<a href="${href}">Server-rendered (with the widgets' data in the HTML): switch to browser rendering</a>`
        : `<a href="${href}">Rendered in the browser: switch to server rendering</a>`;
      return html.replace(
        /<body([^>]*)>/,
        `<body$1>\n    <p class="notice" lang="en" dir="ltr" data-render="${server ? 'server' : 'browser'}">${link}</p>`,
      );
    },
    configureServer(server) {
      // A source change: the next server-rendered page gets a bundle built from the new sources.
      server.watcher.on('change', (file) => {
        if (!/\/src\/|\/locales\//.test(file)) return;
        for (const kind of Object.keys(renderers)) {
          void renderers[kind].close();
          delete renderers[kind];
        }
      });
      server.httpServer?.once('close', () => Object.values(renderers).forEach((r) => r.close()));
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (!PAGES.test(url.pathname) || url.searchParams.get('render') !== 'server') return next();
        try {
          const root = server.config.root;
          let written = await readFile(join(root, url.pathname), 'utf8');
          // The portal's `?lang=en` (dev/portal.ts): the server renders in English too.
          const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'fa';
          if (lang === 'en')
            written = written.replace(
              /(<(?:html|egov-provider)\b[^>]*?) lang="fa"( dir="rtl")?/g,
              (_, start, dir) => `${start} lang="en"${dir ? ' dir="ltr"' : ''}`,
            );
          const html = await server.transformIndexHtml(req.url ?? url.pathname, written);
          const out = await load(root, CDN_PAGES.test(url.pathname)).render(html, `http://${req.headers.host}`, lang);
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(out);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
