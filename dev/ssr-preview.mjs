/**
 * `npm start`: the agency demo page also server-rendered, to compare with rendering in the
 * browser (README "Server rendering"). `?render=server` runs the page through `renderHTML`
 * (src/ssr) before it is sent; a link at the top of the page switches.
 *
 * The server bundle is built from the sources on the first such request, into
 * node_modules/.cache, with its templates minified as in the CDN files the page loads
 * (hydration matches templates by their strings). Relative API bases (`/api`) are resolved
 * against this server. The portal page is not offered yet: hydrating the modules Vite serves
 * it (lit's development build, templates as written) still reports a template mismatch.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PAGES = /\/dev\/agency\.html$/;

/** @returns {import('vite').Plugin} */
export function ssrPreview() {
  /** @type {Record<string, Promise<{ renderHTML: (html: string, options?: object) => Promise<string> }>>} */
  const bundles = {};
  const load = (root, minified) => {
    const outDir = join(root, 'node_modules/.cache', minified ? 'egov-ssr-preview-min' : 'egov-ssr-preview');
    return (bundles[outDir] ??= import('../scripts/build-ssr.mjs')
      .then((m) => m.buildSsr({ outDir, quiet: true, templates: minified }))
      .then(() => import(pathToFileURL(join(outDir, 'ssr.js')).href)));
  };
  return {
    name: 'egov-ssr-preview',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      const url = new URL(ctx.originalUrl ?? ctx.path, 'http://x');
      if (!PAGES.test(url.pathname)) return html;
      const server = url.searchParams.get('render') === 'server';
      const link = server
        ? '<a href="?">Server-rendered (with the widgets\' data in the HTML): switch to browser rendering</a>'
        : '<a href="?render=server">Rendered in the browser: switch to server rendering</a>';
      return html.replace(
        /<body([^>]*)>/,
        `<body$1>\n    <p class="notice" lang="en" dir="ltr" data-render="${server ? 'server' : 'browser'}">${link}</p>`,
      );
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (!PAGES.test(url.pathname) || url.searchParams.get('render') !== 'server') return next();
        try {
          const root = server.config.root;
          const written = await readFile(join(root, url.pathname), 'utf8');
          const html = await server.transformIndexHtml(req.url ?? url.pathname, written);
          const { renderHTML } = await load(root, true);
          const origin = `http://${req.headers.host}`;
          const out = await renderHTML(html, {
            apiBase: `${origin}/api`,
            fetch: (input, init) => fetch(new URL(String(input), origin), init),
          });
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(out);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
