/**
 * Two jobs: `vite` (npm start) serves the demo pages in dev/ with the reference API at
 * /api; `vite build` writes the npm entries (one per element, lit/@lit/chart.js external).
 * The self-contained CDN file has its own config: vite.cdn.config.ts.
 */
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { referenceApi } from './dev/api/vite-plugin.mjs';

/** Public entries (package.json `exports`); an element's entry joins once its folder exists. */
export const ENTRIES = [
  'index',
  'service-card',
  'service-list',
  'maturity-gauge',
  'agency-scoreboard',
  'inquiry-tracker',
  'provider',
  'api',
  'format',
  'react',
  'jsx',
  'vue',
].filter((name) => existsSync(`src/${name}.ts`));

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
  plugins: [referenceApi({ base: '/api' }), printDemoUrls(), checkVersion(), { ...minifyLiteralsPlugin(), apply: 'build' }],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    // `npm run build` starts here: a clean dist/, so no chunk of an earlier build is
    // packed with this one (dist/cdn and the types are written after this step).
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: Object.fromEntries(ENTRIES.map((n) => [n, `src/${n}.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^chart\.js($|\/)/, /^react($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
