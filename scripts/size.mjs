#!/usr/bin/env node
/**
 * `npm run size` (after `npm run build`): what a user's browser downloads from dist/cdn/,
 * each file minified and gzipped on its own (level 9), as a server sends it. A user downloads
 * pages, not chunks, so the budgets are pages (elements.registry.mjs):
 *
 *   - for each element, a page with that one element through `autoloader.js`: every JS file the
 *     page loads before the element runs (the autoloader, the element's chunk and the static
 *     imports of both, lit and @lit/* included), listed by name;
 *   - the all-in-one `egov-widgets.js` with any chunk it imports statically, lit included;
 *   - the chart.js chunk, which must be lazy: in no initial graph (autoloader, element
 *     chunks, egov-widgets.js).
 *
 * For information only (no budget):
 *   - a page with every element and a provider through the autoloader (each element's chunk
 *     holds what it needs beyond the shared chunk, scripts/page-chunks.mjs, so such a page
 *     downloads some code more than once: egov-widgets.js is its file);
 *   - each element's own chunk, the provider's, the shared chunk, the autoloader;
 *   - the shared core: our own code that every element imports. It shares one chunk with
 *     lit (`shared-<hash>.js`, vite.cdn.config.ts says why), so it is measured as the file it
 *     would be on its own: the autoloader is built once more, in memory, with lit split into
 *     a chunk of its own (`EGOV_CDN_SPLIT_LIT=1`), and that build's core chunk is gzipped;
 *   - every other lazy chunk, listed.
 *
 * Each figure is also given as a ratio to lit itself (lit 3, its runtime alone), minified
 * and gzipped in the same run. It exits 1 when chart.js is in an initial graph (or a chunk
 * it measures is missing); `--strict` (CI, `npm run verify`) also when a page, egov-widgets.js
 * or chart.js is over its budget.
 */
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CDN_BUDGETS, ELEMENTS, PROVIDER } from '../elements.registry.mjs';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'dist/cdn');
const KiB = 1024;
const strict = process.argv.includes('--strict');
/**
 * `--gate=<key>,…`: fail over these budgets only (keys as in BUDGET: `page:service-card`,
 * `allInOne`, `chart`…), for while some are over and the met ones must not slip back.
 */
const gate = process.argv
  .find((a) => a.startsWith('--gate='))
  ?.slice('--gate='.length)
  .split(',')
  .filter(Boolean);
/** Budgets in KiB min+gz: one page per element (its `budget` in elements.registry.mjs), and the CDN files. */
const BUDGET = {
  ...Object.fromEntries(ELEMENTS.map((e) => [`page:${e.name}`, e.budget])),
  ...CDN_BUDGETS,
};

if (!existsSync(join(cdn, 'autoloader.js')) || !existsSync(join(cdn, 'egov-widgets.js'))) {
  console.error('size: dist/cdn is not built: run `npm run build` (or `npm run build:cdn`) first');
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const files = readdirSync(cdn).filter((f) => f.endsWith('.js'));
const code = Object.fromEntries(files.map((f) => [f, readFileSync(join(cdn, f))]));
const text = (f) => code[f].toString('utf8');
const size = (f) => ({ min: code[f].length, gzip: gz(code[f]) });

// Imports between the files, read from the minified code (relative specifiers only: the
// CDN files import nothing from elsewhere).
const spec = `["'\`]\\.\\/([^"'\`]+\\.js)["'\`]`;
const staticRe = new RegExp(`(?:^|[;},)\\s])(?:import|export)\\s*(?:[\\w*$\\s{},]*?from\\s*)?${spec}`, 'g');
const dynamicRe = new RegExp(`import\\(\\s*${spec}\\s*\\)`, 'g');
const staticImports = (f) => [...text(f).matchAll(staticRe)].map((m) => m[1]);
const dynamicImports = (f) => [...text(f).matchAll(dynamicRe)].map((m) => m[1]);
/** The files a browser loads before `entry` runs: it and its static imports, transitively. */
const closure = (...entries) => {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !code[f]) return;
    seen.add(f);
    for (const d of staticImports(f)) visit(d);
  };
  for (const e of entries) visit(e);
  return seen;
};
const sum = (set) => [...set].reduce((a, f) => ({ min: a.min + code[f].length, gzip: a.gzip + gz(code[f]) }), { min: 0, gzip: 0 });

/** The chunk the build named after an element's module (`service-card-<hash>.js`). */
const chunkOf = (name) => files.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
/** The chunk the autoloader imports for an element: named after its `loader` module. */
const loaderChunk = (e) => {
  const name = e.loader.replace(/^.*\//, '').replace(/\.js$/, '');
  // The one the autoloader import()s: a module of the same name (src/service-card/service-card.ts
  // beside the entry src/service-card.ts) may have a chunk of its own too.
  return dynamicImports('autoloader.js').find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f)) ?? chunkOf(name);
};
/** chart.js is recognised by its code, whatever the chunk is called. */
const isChartJs = (f) => /Canvas is already in use/.test(text(f)) && /registry/.test(text(f));

// lit alone, min+gz, in this run: the scale the ratios use.
const tmp = mkdtempSync(join(tmpdir(), 'egov-size-'));
let litGz;
try {
  await build({
    stdin: { contents: "export * from 'lit';", resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(tmp, 'lit.js'),
    target: 'es2022',
    logLevel: 'silent',
    legalComments: 'none',
  });
  litGz = gz(readFileSync(join(tmp, 'lit.js')));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * The autoloader built again, in memory, with lit in a chunk of its own: what the shared
 * core and lit would each be as a file. The same config, the same sources.
 */
async function splitBuild() {
  const chunks = {};
  const prev = process.env.EGOV_CDN_SPLIT_LIT;
  process.env.EGOV_CDN_SPLIT_LIT = '1';
  try {
    await viteBuild({
      root,
      configFile: join(root, 'vite.cdn.config.ts'),
      mode: 'autoloader',
      logLevel: 'silent',
      build: { write: false, emptyOutDir: false },
      plugins: [
        {
          name: 'egov-size-split',
          generateBundle(_, bundle) {
            for (const [f, c] of Object.entries(bundle)) {
              const m = /^(shared|lit)-[\w-]{8}\.js$/.exec(f);
              if (m && c.type === 'chunk')
                chunks[m[1] === 'shared' ? 'core' : 'lit'] = { min: Buffer.byteLength(c.code), gzip: gz(c.code) };
            }
          },
        },
      ],
    });
  } finally {
    if (prev === undefined) delete process.env.EGOV_CDN_SPLIT_LIT;
    else process.env.EGOV_CDN_SPLIT_LIT = prev;
  }
  return chunks;
}

const rows = [];
const failures = [];
/** Failures whatever the flags: chart.js in an initial graph, a chunk missing. */
const misplaced = [];
const fmt = (n) => (n / KiB).toFixed(2);
/** One line of the table; `key` names its budget in BUDGET (none: a figure for information). */
const row = (what, m, key, note = '') => {
  const budget = key === undefined ? undefined : BUDGET[key];
  const over = budget !== undefined && m.gzip > budget * KiB;
  if (over) failures.push({ key, text: `${what.trim()}: ${fmt(m.gzip)} KiB > ${budget.toFixed(2)}` });
  rows.push({
    what,
    min: fmt(m.min),
    gz: fmt(m.gzip),
    budget: budget === undefined ? '—' : budget.toFixed(2),
    share: budget === undefined ? '—' : `${Math.round((m.gzip / (budget * KiB)) * 100)}%`,
    vsLit: `${(m.gzip / litGz).toFixed(2)}×`,
    ok: budget === undefined ? '' : over ? 'OVER BUDGET' : 'ok',
    note,
  });
};
const names = (set) => [...set].map((f) => f.replace(/-[\w-]{8}\.js$/, '')).join(' + ');

// 1. A page with one element, through the autoloader: the budgets.
const pages = new Map();
for (const e of ELEMENTS) {
  const own = loaderChunk(e);
  if (!own) {
    misplaced.push(`${e.name}: no chunk named ${e.loader.replace(/^.*\//, '').replace(/\.js$/, '')}-<hash>.js in dist/cdn`);
    continue;
  }
  const page = closure('autoloader.js', own);
  pages.set(e.name, page);
  row(`page with one ${e.name} via autoloader.js`, sum(page), `page:${e.name}`, `${page.size} files: ${names(page)}`);
}

// For information: a page with all of them (and a provider).
const everyChunk = [...ELEMENTS, PROVIDER].map(loaderChunk).filter(Boolean);
const everything = closure('autoloader.js', ...everyChunk);
row(
  `  page with every element + provider via autoloader.js`,
  sum(everything),
  undefined,
  `${everything.size} files; egov-widgets.js is the file for such a page`,
);

// 2. Each element's own chunk, for information: what it adds to a page that has the card.
const cardPage = pages.get(ELEMENTS[0].name) ?? new Set();
for (const e of [...ELEMENTS, PROVIDER]) {
  const own = loaderChunk(e);
  if (!own) continue;
  const extra = [...closure(own)].filter((f) => f !== own && !cardPage.has(f));
  const extraGz = extra.reduce((a, f) => a + gz(code[f]), 0);
  row(
    `  ${e.name} chunk`,
    size(own),
    undefined,
    extra.length ? `with the ${ELEMENTS[0].name} page's files, +${fmt(extraGz)} shared: ${names(extra)}` : '',
  );
}

// 3. The shared core and the other shared chunks.
const shared = files.find((f) => /^shared-[\w-]{8}\.js$/.test(f));
if (shared) row('  shared chunk: lit + @lit/* + core', size(shared), undefined, 'imported by every element');
else misplaced.push('no shared-<hash>.js chunk in dist/cdn');
const split = await splitBuild();
if (split.core)
  row('  shared core (excl. lit, @lit/*), as a file of its own', split.core, undefined, 'measured in a build with lit split out');
else misplaced.push('the build with lit split out has no shared-<hash>.js chunk');
if (split.lit) row('  lit + @lit/* used, as a file of its own', split.lit, undefined, 'lit, @lit/reactive-element, localize (msg, str)');
const elementChunks = new Set([...ELEMENTS, PROVIDER].map(loaderChunk));
const reachable = closure('autoloader.js', ...[...elementChunks].filter(Boolean));
for (const f of [...reachable].filter((f) => f !== shared && f !== 'autoloader.js' && !elementChunks.has(f)).sort()) {
  const users = [...elementChunks].filter((e) => e && closure(e).has(f)).map((e) => e.replace(/-[\w-]{8}\.js$/, ''));
  row(`  shared chunk ${f}`, size(f), undefined, `used by ${users.join(', ')}`);
}
row('  autoloader.js', size('autoloader.js'), undefined, '');

// 4. The all-in-one file.
const allInOne = closure('egov-widgets.js');
row(
  `egov-widgets.js (all-in-one${allInOne.size > 1 ? ` + ${allInOne.size - 1} static chunks` : ''}), lit incl.`,
  sum(allInOne),
  'allInOne',
  '',
);

// 5. chart.js: lazy, never in an initial graph.
const chart = files.filter(isChartJs);
const initialGraphs = { 'autoloader page': closure('autoloader.js'), 'egov-widgets.js': allInOne };
for (const e of elementChunks) if (e) initialGraphs[e] = closure(e);
for (const f of chart) {
  const inInitial = Object.entries(initialGraphs)
    .filter(([, set]) => set.has(f))
    .map(([n]) => n);
  if (inInitial.length) misplaced.push(`chart.js (${f}) is in an initial graph: ${inInitial.join(', ')}; it must load with import() only`);
  row(`chart.js chunk (lazy) ${f}`, size(f), 'chart', inInitial.length ? `STATIC in ${inInitial.join(', ')}` : 'in no initial graph');
}
if (!chart.length) misplaced.push('no chart.js chunk found in dist/cdn');

// 6. The other lazy chunks (loaded with import() when used).
const counted = new Set([...reachable, ...allInOne, ...chart]);
for (const f of files.filter((f) => !counted.has(f)).sort()) {
  const from = files.filter((g) => dynamicImports(g).includes(f)).map((g) => g.replace(/-[\w-]{8}\.js$/, ''));
  const by = files.filter((g) => staticImports(g).includes(f)).map((g) => g.replace(/-[\w-]{8}\.js$/, ''));
  row(
    `  lazy chunk ${f}`,
    size(f),
    undefined,
    from.length ? `import() from ${[...new Set(from)].join(', ')}` : `imported by the lazy ${by.join(', ')}`,
  );
}

const cols = ['what', 'min', 'gz', 'budget', 'share', 'vsLit', 'ok', 'note'];
const head = {
  what: 'what (dist/cdn, each file min+gz on its own)',
  min: 'min KiB',
  gz: 'gz KiB',
  budget: 'budget',
  share: 'of budget',
  vsLit: 'vs lit',
  ok: '',
  note: '',
};
const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => String(r[c]).length))]));
const line = (r) =>
  cols
    .map((c) => String(r[c]).padEnd(width[c]))
    .join('  ')
    .trimEnd();
console.log(`lit 3 alone, min+gz in this run: ${fmt(litGz)} KiB ("vs lit" is each figure over it)`);
console.log(line(head));
for (const r of rows) console.log(line(r));
if (misplaced.length) {
  for (const f of misplaced) console.error(`size: ${f}`);
  process.exit(1);
}
for (const k of gate ?? []) {
  if (!(k in BUDGET)) {
    console.error(`size: --gate: no budget "${k}" (budgets: ${Object.keys(BUDGET).join(', ')})`);
    process.exit(2);
  }
}
const gated = failures.filter((f) => strict || gate?.includes(f.key));
if (failures.length) {
  console.log(
    `size: ${failures.length} budget(s) over${strict ? '' : gate ? `, ${gated.length} of them gated (--gate)` : ' (reported; `--strict` fails on them)'}:`,
  );
  for (const f of failures) console.log(`  ${f.text}`);
  if (gated.length) process.exit(1);
  if (gate) console.log(`size: the gated budgets are met (${gate.join(', ')})`);
} else {
  console.log('size: every page, egov-widgets.js and chart.js within its budget (elements.registry.mjs)');
}
