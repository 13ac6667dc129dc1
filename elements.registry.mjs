/**
 * The one list of what this package ships: its elements, and its other public entries.
 * Everything that names the elements reads this file or is generated from it, and
 * `npm run check:registry` (scripts/registry.mjs) fails when a list disagrees with it:
 *
 *   generated (`npm run registry` rewrites the marked blocks): src/index.ts, src/autoloader.ts,
 *     src/react.ts, test/stories-a11y.test.ts, dev/index.html;
 *   read at run time: vite.config.ts, scripts/size.mjs, readme.mjs, pack-check.mjs,
 *     examples-check.mjs, bench-page.mjs, stories/docs/embed-builder.tsx, test/autoloader.test.ts;
 *   checked: src/events.ts and src/element-props.ts (their tags and events), package.json
 *     (exports, sideEffects), dev/before-defined.css, dev/csp.html, custom-elements.json,
 *     and each element's files (entry, folder, story, test, docs page, demo page, English).
 *
 * Plain JavaScript, so Node scripts, vite.config.ts, Storybook and the tests import it with no
 * build step; its types are in elements.registry.d.mts. Nothing in the browser bundles reads it:
 * the autoloader's loaders are written into src/autoloader.ts as static `import()`s the bundler
 * splits. A sixth element: `npm run new:element <name>` (CONTRIBUTING "A new element").
 */

/**
 * The elements, in the order the README documents them. `name` is the folder
 * (`src/<name>/<name>.ts`), the public entry (`src/<name>.ts`, `egov-widgets/<name>.js`), the
 * docs page, the story, the test and the demo page; `loader` is the module the autoloader
 * imports (relative to src/); `budget` is what a page with this one element downloads through
 * the autoloader (KiB, min+gz, every JS file: `npm run size`); `preset` the attributes that
 * show data from the reference API (embed builder, bench, pack check); `data` the property
 * that takes the data itself (no fetch); `events` what it fires (src/events.ts types them);
 * `reactTypes` the types `egov-widgets/react.js` re-exports from its entry.
 *
 * @type {readonly import('./elements.registry.d.mts').ElementEntry[]}
 */
export const ELEMENTS = [
  {
    tag: 'egov-service-card',
    name: 'service-card',
    className: 'EgovServiceCard',
    loader: 'service-card.js',
    names: { fa: 'شناسنامه خدمت', en: 'Service card' },
    data: 'service',
    events: ['egov-load', 'egov-error'],
    reactTypes: ['Service'],
    preset: { 'service-id': '13061408000' },
    budget: 18.5,
  },
  {
    tag: 'egov-service-list',
    name: 'service-list',
    className: 'EgovServiceList',
    loader: 'service-list.js',
    names: { fa: 'فهرست خدمات', en: 'Service list' },
    data: 'services',
    events: ['egov-load', 'egov-error', 'egov-search'],
    reactTypes: ['ServicePage', 'EgovSearchDetail'],
    preset: { 'page-size': '5' },
    budget: 21.0,
  },
  {
    tag: 'egov-maturity-gauge',
    name: 'maturity-gauge',
    className: 'EgovMaturityGauge',
    loader: 'maturity-gauge.js',
    names: { fa: 'سنجه بلوغ', en: 'Maturity gauge' },
    data: 'evaluation',
    events: ['egov-load', 'egov-error'],
    reactTypes: ['Evaluation'],
    preset: {}, // the national figure
    budget: 20.5,
  },
  {
    tag: 'egov-agency-scoreboard',
    name: 'agency-scoreboard',
    className: 'EgovAgencyScoreboard',
    loader: 'agency-scoreboard.js',
    names: { fa: 'جدول رتبه دستگاه‌ها', en: 'Agency scoreboard' },
    data: 'scores',
    events: ['egov-load', 'egov-error'],
    reactTypes: ['AgencyScores'],
    preset: { limit: '10' },
    budget: 22.5,
  },
  {
    tag: 'egov-inquiry-tracker',
    name: 'inquiry-tracker',
    className: 'EgovInquiryTracker',
    loader: 'inquiry-tracker.js',
    names: { fa: 'پیگیری استعلام', en: 'Inquiry tracker' },
    data: 'inquiry',
    events: ['egov-load', 'egov-error', 'egov-submit', 'egov-status-change'],
    reactTypes: ['Inquiry', 'EgovStatusChangeDetail'],
    preset: { 'tracking-code': '1403-0725-118842' },
    budget: 19.5,
  },
  // new:element inserts here
];

/**
 * The order src/index.ts exports the elements in, which is the order of their code in
 * `egov-widgets.js`: this one gzips best of the orders tried, after the style sheets and the
 * element base that src/index.ts lays out first (measured with `npm run size`). It has no other effect. An element not listed comes after these.
 */
export const INDEX_ORDER = ['service-list', 'agency-scoreboard', 'inquiry-tracker', 'service-card', 'maturity-gauge'];

/**
 * `<egov-provider>`: an element with no data of its own (configuration for the widgets inside).
 * Defined by the autoloader and the all-in-one file like the others, listed apart because it
 * has no page budget, no data, no story of states and no demo page.
 *
 * @type {import('./elements.registry.d.mts').ProviderEntry}
 */
export const PROVIDER = {
  tag: 'egov-provider',
  name: 'provider',
  className: 'EgovProvider',
  loader: 'provider.js',
  names: { fa: 'تنظیمات مشترک', en: 'Provider' },
  events: [],
};

/**
 * The public entries that are not an element: `egov-widgets/<name>.js` from `src/<name>.ts`
 * (`.` for index). `sideEffects`: importing it defines something (package.json's
 * `sideEffects` must list it). Every element and the provider are entries too, with side
 * effects: `ENTRIES` below lists them all.
 *
 * @type {readonly import('./elements.registry.d.mts').OtherEntry[]}
 */
export const OTHER_ENTRIES = [
  { name: 'index', sideEffects: true },
  { name: 'api', sideEffects: false },
  { name: 'format', sideEffects: true },
  { name: 'react', sideEffects: false },
  { name: 'jsx', sideEffects: false },
  { name: 'vue', sideEffects: false },
  { name: 'svelte', sideEffects: false },
];

/** Every element, the provider last (the order `egov-widgets/react.js` and pack-check use). */
export const ALL_ELEMENTS = [...ELEMENTS, PROVIDER];

/**
 * Every npm entry in vite.config.ts's order: index, the elements, the provider, the others.
 * @type {readonly { name: string, sideEffects: boolean }[]}
 */
export const ENTRIES = [OTHER_ENTRIES[0], ...ALL_ELEMENTS.map((e) => ({ name: e.name, sideEffects: true })), ...OTHER_ENTRIES.slice(1)];

/**
 * The budgets of the files in dist/cdn that are not a one-element page (KiB, min+gz):
 * `egov-widgets.js` with everything it loads before it runs, and the chart.js chunk, which
 * must load lazily (README "Performance").
 */
export const CDN_BUDGETS = { allInOne: 30.5, chart: 52.0 };

/**
 * What package.json lists besides the entries: exports that are not built from src/, and
 * sideEffects patterns that are not an entry (shared chunks, the CDN files, the sources).
 */
export const PACKAGE_EXTRAS = {
  // `./ssr.js` is built for Node by scripts/build-ssr.mjs (README "Server rendering"), not by Vite.
  exports: ['./custom-elements.json', './cdn/egov-widgets.js', './ssr.js', './package.json'],
  // `./dist/hydrate.js`: index.js's first import, the hydration support (vite.config.ts).
  sideEffects: ['./dist/hydrate.js', './dist/chunks/*.js', './dist/cdn/*.js', './dist/ssr.js', './dist/ssr-chunks/*.js', './src/**'],
};

/** The element with this tag or name, or undefined. */
export const elementOf = (tagOrName) => ALL_ELEMENTS.find((e) => e.tag === tagOrName || e.name === tagOrName);
