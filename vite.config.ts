/**
 * Two jobs: `vite` (npm start) serves the demo pages in dev/ with the reference API at
 * /api; `vite build` writes the npm entries (one per element, lit/@lit/chart.js external).
 * The self-contained CDN file has its own config: vite.cdn.config.ts.
 */
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { ENTRIES as REGISTRY_ENTRIES } from './elements.registry.mjs';
import { referenceApi } from './dev/api/vite-plugin.mjs';
import { lowerToFloorPlugin } from './scripts/lower-to-floor.mjs';
import { ssrPreview } from './dev/ssr-preview.mjs';

/** Public entries: `egov-widgets/<name>.js` from `src/<name>.ts` (elements.registry.mjs). */
export const ENTRIES = REGISTRY_ENTRIES.map((e) => e.name);

/** Prints where the demos are once the dev server listens. */
const printDemoUrls = (): Plugin => ({
  name: 'egov-demo-urls',
  configureServer(server) {
    // `/` has no page of its own: send it to the demo index. A page without an icon link
    // gets the demos' icon for the browser's own `/favicon.ico` request (no 404 in the console).
    server.middlewares.use((req, res, next) => {
      if (req.url === '/favicon.ico') {
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(readFileSync('dev/favicon.svg'));
      } else if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/dev/index.html');
        res.end();
      } else next();
    });
    server.httpServer?.once('listening', () => {
      setTimeout(() => {
        const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
        console.log(`\n  egov-widgets demos:`);
        console.log(`    provincial portal (all widgets): ${base}dev/portal.html`);
        console.log(`    agency page (one card, autoloader): ${base}dev/agency.html`);
        console.log(`    reference API:                    ${base}api/services?q=گواهی\n`);
      }, 50);
    });
  },
});

/**
 * Entries that only run in the browser start with `'use client'` (React Server Components:
 * Next.js imports them from a server component as client references). The bundler may drop
 * a module's directive, so it is written at the top of the built entry here, once.
 */
export const CLIENT_ENTRIES = ['react'];
const clientDirective = (): Plugin => ({
  name: 'egov-use-client',
  renderChunk(code, chunk) {
    if (!chunk.isEntry || !CLIENT_ENTRIES.includes(chunk.name) || /^['"]use client['"]/.test(code)) return null;
    return { code: `'use client';\n${code}`, map: null };
  },
});

/** src/version.ts (what a copy tells other copies on the page) must be the package's version. */
const checkVersion = (): Plugin => ({
  name: 'egov-version',
  buildStart() {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')).version;
    const src = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
    if (src !== pkg) this.error(`src/version.ts says ${src}, package.json ${pkg}: set VERSION to ${pkg}`);
  },
});

export default defineConfig({
  plugins: [
    referenceApi({ base: '/api' }),
    printDemoUrls(),
    ssrPreview(),
    checkVersion(),
    clientDirective(),
    { ...minifyLiteralsPlugin(), apply: 'build' },
    lowerToFloorPlugin(),
  ],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    // `npm run build` starts here: a clean dist/, so no chunk of an earlier build is
    // packed with this one (dist/cdn and the types are written after this step).
    emptyOutDir: true,
    // Modules are bundled as ES2022; each chunk is then lowered to the browser floor
    // (package.json `browserslist`, README "Browser support"): scripts/lower-to-floor.mjs.
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      // The hydration support in a file of its own: inlined into index.js, its imports (lit's
      // support, an external) came after the element chunks', so the elements defined before
      // it was installed and rendered a second copy into server-rendered shadow roots. As a
      // chunk of its own it is index.js's first import (not a public entry).
      entry: { ...Object.fromEntries(ENTRIES.map((n) => [n, `src/${n}.ts`])), hydrate: 'src/hydrate.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // The directive of a client entry is kept on purpose (clientDirective above).
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(log.message)) return;
        handler(level, log);
      },
      // The lowering pass (scripts/lower-to-floor.mjs) takes most of this build's few seconds, by design.
      checks: { bundlerTimings: false },
      external: [/^lit($|\/)/, /^lit-(html|element)($|\/)/, /^@lit(-labs)?\//, /^chart\.js($|\/)/, /^react($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
