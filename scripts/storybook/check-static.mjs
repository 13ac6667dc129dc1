#!/usr/bin/env node
/**
 * The static Storybook as a designer opens it (`npm run build-storybook` first): served by a
 * plain static file server (no API behind it), in Chromium. Checks
 *   - every story renders the state it is named for: data stories their data (no error,
 *     not-found, empty or loading panel), fault stories their fault, in fa/RTL and en/LTR;
 *   - no `/api` request reached the static server (the worker answered them all);
 *   - the accessibility panel (@storybook/addon-a11y, its own runner and the story's
 *     `parameters.a11y`) finds no violation in any story in fa and en;
 *   - a docs page exists for every element with stories, with the manifest tables, and
 *     live fa and en examples that show data; the Introduction and Embed builder pages.
 *   - with `--visual`: every story in fa/RTL and en/LTR against its committed screenshot
 *     (scripts/storybook/visual.mjs); `--visual-only` does only that, `--update` rewrites
 *     the baselines (`npm run test:visual -- --update`).
 * Ends with `N passed, N failed`; exits 1 on any failure.
 */
import { readFile } from 'node:fs/promises';
import { openStorybook, readIndex } from './driver.mjs';
import { BASELINES, DIFFS, clearDiffs, compare } from './visual.mjs';
import { a11yParameters } from '../../.storybook/a11y.mjs';

const index = await readIndex();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';
const stories = index.stories.filter((s) => s.id.includes(only));
const docs = index.docs;
const visualOnly = process.argv.includes('--visual-only');
const visual = visualOnly || process.argv.includes('--visual');
const update = process.argv.includes('--update');
const visualCount = { same: 0, updated: 0, new: 0, different: 0, missing: 0 };
let visualMs = 0;
if (visual) await clearDiffs();
let passed = 0;
const failures = [];
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failures.push(`${name}${detail ? ': ' + detail : ''}`);
};

class Done extends Error {}

/** What a story's name promises. */
function expected(id) {
  const name = id.split('--')[1];
  if (/loading/.test(name)) return 'loading';
  if (/not-found/.test(name)) return 'not-found';
  if (/malformed-code/.test(name)) return 'field-error';
  if (/error|not-json|bad-data|bad-property-data|non-numeric|out-of-range/.test(name)) return 'error';
  if (/no-events/.test(name)) return 'data, no history';
  if (/empty/.test(name)) return 'empty';
  return 'data';
}

function judge(state, want) {
  if (!state.rendered) return 'did not render';
  if (state.widgets === 0) return 'no widget';
  const panels = {
    loading: state.loading,
    error: state.error,
    'not-found': state.notFound,
    empty: state.empty,
    'field-error': state.fieldError,
  };
  if (want.startsWith('data')) {
    // "data, no history": the inquiry itself, with the empty-history note inside it.
    const shown = Object.entries(panels)
      .filter(([k, n]) => n > 0 && !(want === 'data, no history' && k === 'empty'))
      .map(([k]) => k);
    if (shown.length) return `shows ${shown.join(', ')} instead of data`;
    if (state.text.length < 3) return `no text: "${state.text}"`;
    return '';
  }
  if (want === 'not-found') return state.notFound || state.empty ? '' : `no not-found panel (${JSON.stringify(panels)})`;
  return panels[want] > 0 ? '' : `no ${want} panel (${JSON.stringify(panels)})`;
}

/** One story in fa and en: its state, its direction, its look, its a11y panel. */
async function checkStory(tab, story) {
  for (const locale of ['fa', 'en']) {
    const label = `${story.id} (${locale})`;
    const t0 = Date.now();
    const state = await tab.show(story.id, { locale, scheme: 'light' }, expected(story.id) === 'loading' ? 300 : 3000);
    const t1 = Date.now();
    const want = expected(story.id);
    const problem = judge(state, want);
    check(`${label} shows ${want}`, !problem, problem);
    check(`${label} dir`, state.dir === (locale === 'en' ? 'ltr' : 'rtl'), state.dir);
    if (visual) {
      const v0 = Date.now();
      const result = await compare(await tab.screenshot(), `${story.id}.${locale}`, { update });
      visualMs += Date.now() - v0;
      visualCount[result.status]++;
      check(
        `${label} looks like ${BASELINES}${story.id}.${locale}.png`,
        result.status !== 'different' && result.status !== 'missing',
        result.detail,
      );
    }
    if (visualOnly) continue;
    const a11y = await tab.page.evaluate(runA11yPanel, story.id);
    check(`${label} a11y panel`, a11y.ok && a11y.violations.length === 0, a11y.error ?? a11y.violations.join('; '));
    if (process.env.DEBUG) console.log(label, 'render', t1 - t0, 'ms; a11y', Date.now() - t1, 'ms', state.dir);
    if (!a11y.sameOptions)
      check(`${label} a11y parameters`, false, `story has ${JSON.stringify(a11y.params)}, expected ${JSON.stringify(a11yParameters)}`);
  }
}

/** Two tabs by default (CI has 2 cores); `--jobs N` to change. */
const jobs = Math.max(1, Number(process.argv.includes('--jobs') ? process.argv[process.argv.indexOf('--jobs') + 1] : 2));
const sb = await openStorybook();
let apiHits = 0;
const started = Date.now();
const tabs = [];
try {
  for (let j = 0; j < jobs; j++) {
    const tab = await sb.newTab();
    tab.page.on('response', (r) => {
      // A response from the network (not the worker) for /api means the static host was asked.
      if (new URL(r.url()).pathname.startsWith('/api/') && !r.fromServiceWorker()) apiHits++;
    });
    tabs.push(tab);
  }
  const shards = tabs.map((_, j) => stories.filter((__, i) => i % jobs === j));
  await Promise.all(
    tabs.map(async (tab, j) => {
      if (!shards[j].length) return;
      await tab.start(shards[j][0].id);
      for (const story of shards[j]) await checkStory(tab, story);
    }),
  );
  check('no /api request reached the static server', apiHits === 0, `${apiHits} did`);
  // The toolbar's colour scheme and a token control reach the widget through the wrapper.
  if (!only || 'widgets-service-card--full'.includes(only)) {
    const tab = tabs[0];
    await tab.show('widgets-service-card--full', { locale: 'fa', scheme: 'dark' });
    const themed = await tab.page.evaluate(async () => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const done = new Promise((r) => channel.once('storyRendered', r));
      channel.emit('updateStoryArgs', { storyId: 'widgets-service-card--full', updatedArgs: { '--egov-color-accent': '#aa0000' } });
      await done;
      await new Promise((r) => setTimeout(r, 100));
      const wrapper = document.querySelector('#storybook-root [data-scheme]');
      const card = wrapper.querySelector('egov-service-card');
      return {
        scheme: getComputedStyle(wrapper).colorScheme,
        accent: getComputedStyle(card).getPropertyValue('--egov-color-accent').trim(),
      };
    });
    check('scheme toolbar: dark sets color-scheme on the story wrapper', themed.scheme === 'dark', themed.scheme);
    check('token control: --egov-color-accent reaches the widget', themed.accent === '#aa0000', themed.accent);
    await tab.page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', { storyId: 'widgets-service-card--full' }));
  }
  if (visualOnly) throw new Done();

  // Docs pages: one per element in custom-elements.json, plus the two guides.
  const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  check('custom-elements.json lists the elements', tags.length >= 6, tags.join());
  for (const tag of tags) {
    const entry = docs.find((d) => d.id === `widgets-${tag.replace(/^egov-/, '')}--docs`);
    check(`docs page for <${tag}>`, !!entry);
    if (!entry || (only && !stories.some((s) => s.title === entry.title))) continue;
    const title = entry.title;
    await tabs[0].page.goto(`${sb.server.url}iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
    const page = await tabs[0].page
      .waitForFunction(
        () => {
          const boxes = [...document.querySelectorAll('[data-live-example]')];
          const widgetIn = (b) => [...b.querySelectorAll('*')].find((e) => e.localName.startsWith('egov-'));
          const widgets = boxes.map(widgetIn).filter(Boolean);
          if (
            boxes.length < 2 ||
            widgets.length < 2 ||
            widgets.some((w) => !w.shadowRoot || w.shadowRoot.querySelector('[part~="loading"]'))
          )
            return false;
          // The Source blocks render a moment later.
          const text = document.body.textContent;
          if (!text.includes('autoloader.js') || !text.includes('npm install egov-widgets')) return false;
          return {
            tables: [...document.querySelectorAll('[data-table]')].map((t) => t.getAttribute('data-table')),
            live: boxes.map(
              (b) =>
                `${b.getAttribute('lang')}/${b.getAttribute('dir')}:${widgetIn(b).shadowRoot.querySelector('[part~="error"],[part~="not-found"]') ? 'fault' : 'data'}`,
            ),
            states: document.querySelectorAll('[data-states] a').length,
          };
        },
        { timeout: 20000 },
      )
      .then((h) => h.jsonValue())
      .catch((e) => ({ error: e.message }));
    if ('error' in page) {
      check(`docs page ${entry.id} renders live fa and en examples and both snippets`, false, page.error);
      continue;
    }
    for (const t of ['attributes', 'events', 'slots', 'parts', 'css-properties'])
      check(`docs ${entry.id} has the ${t} table`, page.tables.includes(t));
    check(`docs ${entry.id} live examples fa and en show data`, page.live.join() === 'fa/rtl:data,en/ltr:data', page.live.join());
    check(`docs ${entry.id} links every state`, page.states >= 2 * stories.filter((s) => s.title === title).length);
  }
  for (const id of ['introduction--docs', 'embed-builder--docs'])
    check(
      `docs page ${id}`,
      docs.some((d) => d.id === id),
    );

  // The embed builder: Persian first, a snippet with the pinned autoloader, a live preview with data; English labels on switch.
  await tabs[0].page.goto(`${sb.server.url}iframe.html?id=embed-builder--docs&viewMode=docs`, { waitUntil: 'load' });
  const builder = await tabs[0].page
    .waitForFunction(
      () => {
        const root = document.querySelector('[data-embed-builder]');
        const widget = root?.querySelector('[data-preview] > *');
        if (!widget?.shadowRoot || widget.shadowRoot.querySelector('[part~="loading"]') || !widget.shadowRoot.textContent.trim())
          return false;
        return {
          lang: root.getAttribute('lang'),
          dir: root.getAttribute('dir'),
          snippet: root.querySelector('[data-snippet="agency"]').textContent,
          heading: root.querySelector('h1').textContent,
          fault: !!widget.shadowRoot.querySelector('[part~="error"],[part~="not-found"]'),
        };
      },
      { timeout: 20000 },
    )
    .then((h) => h.jsonValue())
    .catch((e) => ({ error: e.message }));
  check('embed builder renders a preview', !('error' in builder), builder.error);
  if (!('error' in builder)) {
    check(
      'embed builder is Persian first',
      builder.lang === 'fa' && builder.dir === 'rtl' && builder.heading === 'سازنده کد جاسازی',
      builder.heading,
    );
    check('embed builder preview shows data', !builder.fault);
    check(
      'embed builder snippet: pinned autoloader + element',
      /autoloader\.js/.test(builder.snippet) &&
        /egov-widgets@\d+\.\d+\.\d+/.test(builder.snippet) &&
        /<egov-service-card [^>]*service-id="13061408000"/.test(builder.snippet),
      builder.snippet,
    );
    const en = await tabs[0].page.evaluate(async () => {
      const radio = [...document.querySelectorAll('[data-embed-builder] input[type=radio]')][1];
      radio.click();
      await new Promise((r) => setTimeout(r, 100));
      return document.querySelector('[data-embed-builder] h1').textContent;
    });
    check('embed builder in English', en === 'Embed builder', en);
  }
  const errors = tabs.flatMap((t) => t.errors);
  check('no page errors', errors.length === 0, errors.slice(0, 3).join(' | '));
} catch (e) {
  if (!(e instanceof Done)) throw e;
} finally {
  await sb.close();
}

for (const f of failures) console.log(`FAIL ${f}`);
if (visual) {
  const c = visualCount;
  console.log(
    `visual: ${c.same} same, ${c.updated} updated, ${c.new} new, ${c.different} different, ${c.missing} without baseline; screenshots and comparison ${(visualMs / 1000).toFixed(1)} s`,
  );
  if (c.different || c.missing)
    console.log(`visual: actual and diff images are in ${DIFFS}; if the change is intended: npm run test:visual -- --update`);
}
console.log(
  `storybook static: ${stories.length} stories × fa/en, ${docs.length} docs pages, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

/** In the page: the a11y panel's own runner (addon-a11y's channel event) with the story's parameters. */
async function runA11yPanel(storyId) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const preview = window.__STORYBOOK_PREVIEW__;
  const story = await preview.storyStore.loadStory({ storyId });
  const params = story.parameters.a11y ?? {};
  const sameOptions =
    params.context === '#storybook-root' && JSON.stringify(params.options) === JSON.stringify({ resultTypes: ['violations'] });
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, error: 'no result from the a11y panel', violations: [], sameOptions, params }),
      20000,
    );
    const onResult = (result, id) => {
      if (id !== storyId) return;
      clearTimeout(timer);
      channel.off('storybook/a11y/result', onResult);
      resolve({ ok: true, violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), sameOptions, params });
    };
    channel.on('storybook/a11y/result', onResult);
    channel.once('storybook/a11y/error', (e) =>
      resolve({ ok: false, error: String(e?.message ?? e), violations: [], sameOptions, params }),
    );
    channel.emit('storybook/a11y/manual', storyId, params);
  });
}
