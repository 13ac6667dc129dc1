/**
 * Server-rendered pages in the browser (README "Server rendering"): pages rendered by
 * `renderHTML` against the reference API (test/support/ssr-pages.mjs), opened in an iframe
 * each: without any script (content, meters, styles), hydrated by `egov-widgets.js` and by
 * the autoloader (no request for embedded data, one copy, console clean, then live), and
 * under a CSP without 'unsafe-inline'.
 */
import { expect } from '@open-wc/testing';
import { shadowText, until } from './support/helpers.js';
import { dominant, pixelsOf } from './support/page-emulation.js';
import { engine } from './support/engine.js';

type Win = Window & { __errors: string[]; __violations: string[] };
interface Page {
  doc: Document;
  win: Win;
  /** Requests to the API the page made so far (paths with their query). */
  apiRequests: () => string[];
  /** Script files the page loaded (paths). */
  scripts: () => string[];
  el: (tag: string) => HTMLElement;
  /** Pixels of an element in the page, as painted. */
  pixels: (el: Element) => Promise<ImageData | null>;
}

const TAGS = ['egov-service-card', 'egov-service-list', 'egov-maturity-gauge', 'egov-agency-scoreboard', 'egov-inquiry-tracker'];
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

async function openPage({ lang = 'fa', script = 'none', csp = '', bare = false } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.style.border = '0';
  frame.src = `/ssr-page.html?lang=${lang}&script=${script}${csp ? `&csp=${csp}` : ''}${bare ? '&bare=1' : ''}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const paths = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
  return {
    doc: frame.contentDocument!,
    win,
    apiRequests: () =>
      paths()
        .filter((u) => u.pathname.startsWith('/api/'))
        .map((u) => u.pathname + u.search),
    scripts: () =>
      paths()
        .filter((u) => u.pathname.endsWith('.js') && !u.pathname.startsWith('/test/') && !u.pathname.startsWith('/__web-dev-server'))
        .map((u) => u.pathname),
    el: (tag) => frame.contentDocument!.querySelector(tag) as HTMLElement,
    pixels: (el) => {
      el.scrollIntoView({ block: 'center' });
      const f = frame.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return pixelsOf(new DOMRect(f.x + r.x, f.y + r.y, r.width, r.height));
    },
  };
}

/** Waits until every widget is defined and has hydrated (its first update is done). */
async function hydrated(page: Page): Promise<void> {
  for (const tag of TAGS) await until(() => page.win.customElements.get(tag), `<${tag}> was not defined`, 10000);
  for (const tag of TAGS) {
    const el = page.el(tag) as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };
    await until(() => el.hasUpdated, `<${tag}> did not update`, 10000);
    await el.updateComplete;
  }
}

/** The text of a shadow root as a reader gets it: no style sheets, no embedded data. */
function readerText(root: ShadowRoot): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent !== 'style' && parent !== 'script') out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** axe-core run in the page over the widgets: its violations, as `rule: target` lines. */
async function axeIn(page: Page): Promise<string[]> {
  type Result = { id: string; nodes: { target: unknown }[] };
  const w = page.win as Win & { axe?: { run(ctx: unknown): Promise<{ violations: Result[]; passes: Result[] }> } };
  if (!w.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    page.doc.head.append(script);
    await loaded;
  }
  const { violations, passes } = await w.axe!.run({ include: TAGS.map((t) => [t]) });
  // It looked into the shadow roots: rules about their content passed.
  expect(passes.map((p) => p.id)).to.include.members(['aria-meter-name', 'label']);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Every widget's text, as a reader sees it. */
const texts = (page: Page) => TAGS.map((t) => readerText(page.el(t).shadowRoot!));

describe('server-rendered widgets', function () {
  this.timeout(60000);
  before(async function () {
    this.timeout(120000);
    // The first requests build the server entry and the CDN folder from the sources.
    expect((await fetch('/ssr-page.html')).ok).to.equal(true);
    expect((await fetch('/cdn-under-test/integrity.json')).ok).to.equal(true);
  });

  for (const lang of ['fa', 'en'] as const) {
    it(`without any script (${lang}): every widget's content, its meters drawn, styled`, async () => {
      const page = await openPage({ lang });
      expect(page.scripts()).to.deep.equal([]);
      const card = page.el('egov-service-card');
      expect(card.shadowRoot, 'a declarative shadow root').to.not.equal(null);
      const [cardText, listText, gaugeText, boardText, trackerText] = texts(page);
      expect(cardText).to.include('صدور پروانه نمایندگی بیمه برای اشخاص حقیقی');
      expect(cardText).to.include(lang === 'fa' ? 'شناسه خدمت' : 'Service ID');
      expect(cardText).to.include(lang === 'fa' ? '۱۳۰۶۱۴۰۸۰۰۰' : '13061408000');
      // The provider's heading level.
      expect(card.shadowRoot!.querySelector('h3[part="title"]')).to.not.equal(null);
      expect(listText.length).to.be.greaterThan(100);
      expect(page.el('egov-service-list').shadowRoot!.querySelectorAll('egov-service-card')).to.have.length(3);
      // A card inside the list: its own shadow root, server-rendered too.
      expect(shadowText(page.el('egov-service-list').shadowRoot!.querySelector('egov-service-card')!).length).to.be.greaterThan(20);
      expect(gaugeText).to.include(lang === 'fa' ? 'محورهای ارزیابی' : 'Evaluation axes');
      expect(boardText.length).to.be.greaterThan(100);
      expect(trackerText).to.include(lang === 'fa' ? '۱۴۰۳' : '1403');
      // The gauge's arc and bars: drawn, in a colour, at the score's length.
      const gauge = page.el('egov-maturity-gauge').shadowRoot!;
      const arc = gauge.querySelector('.arc')!;
      expect(page.win.getComputedStyle(arc).stroke).to.not.be.oneOf(['none', 'rgba(0, 0, 0, 0)']);
      for (const li of gauge.querySelectorAll('[part="axis"]')) {
        const bar = li.querySelector('.bar')!;
        const rect = li.querySelector('.fill rect')!;
        const score = Number(bar.getAttribute('aria-valuenow'));
        const ratio = rect.getBoundingClientRect().width / bar.getBoundingClientRect().width;
        expect(Math.abs(ratio - score / 100), `bar of ${score}`).to.be.lessThan(0.02);
        expect(page.win.getComputedStyle(rect).fill).to.not.be.oneOf(['none', 'rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)']);
        // The fill starts at the inline start: the right edge in rtl, the left in ltr.
        const b = bar.getBoundingClientRect();
        const r = rect.getBoundingClientRect();
        if (lang === 'fa') expect(Math.abs(r.right - b.right)).to.be.lessThan(1.5);
        else expect(Math.abs(r.left - b.left)).to.be.lessThan(1.5);
      }
      // As painted: the filled part is the tone's colour, not the track's.
      const first = gauge.querySelector('[part="axis"] .fill rect')!;
      // (WebKitWebDriver takes no element screenshots here: the geometry above stands there.)
      const data = engine === 'webkit' ? null : await page.pixels(first);
      if (data) {
        const track = page.win.getComputedStyle(gauge.querySelector('.bar')!).backgroundColor.match(/\d+/g)!.slice(0, 3).join(',');
        const tone = page.win.getComputedStyle(first).fill.match(/\d+/g)!.slice(0, 3).join(',');
        expect(dominant(data), 'the bar is filled').to.not.equal(track);
        expect(dominant(data)).to.equal(tone);
      }
      // Styled: the widgets' own styles apply (the visually hidden text is out of the flow).
      expect(page.win.getComputedStyle(card.shadowRoot!.querySelector('.visually-hidden')!).position).to.equal('absolute');
      // The card's documents in a <details> a reader can open.
      const details = card.shadowRoot!.querySelector('details')!;
      details.open = true;
      expect(details.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // The light-DOM child kept.
      expect(card.querySelector('a[slot="actions"]')).to.not.equal(null);
      // No accessibility violation in what the server wrote (axe run inside the page).
      details.open = false;
      const violations = await axeIn(page);
      expect(violations, violations.join('\n')).to.deep.equal([]);
    });
  }

  for (const [script, lang] of [
    ['cdn', 'fa'],
    ['autoloader', 'en'],
  ] as const) {
    it(`hydrated by ${script === 'cdn' ? 'egov-widgets.js' : 'the autoloader'} (${lang}): no request for embedded data, one copy, console clean, then live`, async () => {
      const page = await openPage({ script, lang });
      const before = texts(page);
      await hydrated(page);
      expect(page.win.__errors).to.deep.equal([]);
      // Nothing asked again (the tracker's first poll comes a second later).
      expect(page.apiRequests().filter((p) => !p.startsWith('/api/inquiries/'))).to.deep.equal([]);
      // One copy of each, and the same words as before any script ran.
      // (A tracker with no code, nothing to fetch, hydrates too.)
      for (const el of page.doc.querySelectorAll(TAGS.join(',')))
        expect(el.shadowRoot!.querySelectorAll('[part="base"]'), el.localName).to.have.length(1);
      expect(texts(page)).to.deep.equal(before);
      // Each loads Lit's hydration support as a chunk of its own, only on such a page.
      expect(
        page.scripts().some((p) => (script === 'autoloader' ? /\/hydrate-[\w-]{8}\.js$/ : /\/hydrate-support-[\w-]+\.js$/).test(p)),
        'the hydration chunk',
      ).to.equal(true);
      // Live: the tracker (not final) polls, and the list searches.
      await until(() => page.apiRequests().some((p) => p.startsWith('/api/inquiries/')), 'the tracker did not poll', 5000);
      const list = page.el('egov-service-list');
      const input = list.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
      input.value = 'گذرنامه';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(
        () => page.apiRequests().some((p) => p.startsWith('/api/services?') && p.includes('q=')),
        'the list did not search',
        5000,
      );
      await until(() => readerText(list.shadowRoot!) !== before[1], 'the list did not show its results', 5000);
      expect(list.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
      expect(page.win.__errors).to.deep.equal([]);
    });
  }

  it("renderHTML's lang, calendar and heading level, which the page does not say, are kept by the hydrated widgets", async () => {
    // No lang on the page and no provider: only the options said en, Solar Hijri, h4.
    const page = await openPage({ lang: 'en', script: 'cdn', bare: true });
    const card = page.el('egov-service-card');
    const before = texts(page);
    expect(card.shadowRoot!.querySelector('h4[part="title"]'), 'the server wrote h4').to.not.equal(null);
    await hydrated(page);
    expect(page.win.__errors).to.deep.equal([]);
    // Not rendered again in Persian, in the Gregorian calendar or at level 2: the same words.
    expect(texts(page)).to.deep.equal(before);
    for (const el of page.doc.querySelectorAll(TAGS.join(',')))
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), el.localName).to.equal('en');
    expect(card.shadowRoot!.querySelector('h4[part="title"]')).to.not.equal(null);
    // English words, Solar Hijri years (the option).
    const [cardText, , , , trackerText] = texts(page);
    expect(cardText).to.include('Service ID');
    expect(trackerText).to.match(/\b1403\b/);
    expect(page.apiRequests().filter((p) => !p.startsWith('/api/inquiries/'))).to.deep.equal([]);
    // Hydration keeps the DOM as the server wrote it whatever the widget would render, so
    // what counts is what the widgets now render with: the next render (a search) shows it.
    for (const el of page.doc.querySelectorAll(TAGS.join(','))) {
      const w = el as HTMLElement & { locale: string; calendar: string; heading: number };
      expect([w.locale, w.calendar, w.heading], el.localName).to.deep.equal(['en', 'persian', 4]);
    }
    const list = page.el('egov-service-list');
    const input = list.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'passport';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(
      () => /\d+ services?\b|No service/.test(readerText(list.shadowRoot!)),
      'the list did not show its results in English',
      5000,
    );
    expect(readerText(list.shadowRoot!)).to.not.match(/[۰-۹]/);
  });

  it('an engine without declarative shadow DOM (the templates stay inert): each widget renders once the script runs, with its data from the API', async () => {
    // Firefox 115–122 and Safari 15.4–16.3 parse `<template shadowrootmode>` as a plain
    // template; so does `innerHTML` in every engine, which is how this page gets them here.
    const page = await openPage({ lang: 'fa' });
    const html = await (await fetch('/ssr-page.html?lang=fa&script=none')).text();
    page.doc.body.innerHTML = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
    const card = page.el('egov-service-card');
    expect(card.shadowRoot, 'no shadow root from the HTML').to.equal(null);
    expect(card.querySelector(':scope > template[shadowrootmode]'), 'the inert template').to.not.equal(null);
    const requestsBefore = page.apiRequests().length;
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/cdn-under-test/egov-widgets.js';
    page.doc.head.append(script);
    await hydrated(page);
    for (const tag of TAGS) await until(() => !page.el(tag).shadowRoot!.querySelector('[part~="loading"]'), `<${tag}> kept loading`, 10000);
    expect(page.win.__errors).to.deep.equal([]);
    // One copy each, with its content, read from the API (the embedded data stayed inert).
    for (const el of page.doc.querySelectorAll(TAGS.join(',')))
      expect(el.shadowRoot!.querySelectorAll('[part="base"]'), el.localName).to.have.length(1);
    const [cardText, , gaugeText] = texts(page);
    expect(cardText).to.include('صدور پروانه نمایندگی بیمه برای اشخاص حقیقی');
    expect(gaugeText).to.include('محورهای ارزیابی');
    expect(page.apiRequests().length).to.be.greaterThan(requestsBefore);
    // The inert template shows nothing: the card is as tall as its own content.
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(card.querySelector(':scope > template')!.getClientRects()).to.have.length(0);
  });

  it('under a CSP without unsafe-inline: styled through the nonce, no violation, hydrated', async () => {
    const page = await openPage({ script: 'autoloader', csp: 'r4nd0m' });
    await hydrated(page);
    const card = page.el('egov-service-card');
    expect(page.win.getComputedStyle(card.shadowRoot!.querySelector('.visually-hidden')!).position).to.equal('absolute');
    expect(page.win.__violations).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.apiRequests().filter((p) => !p.startsWith('/api/inquiries/'))).to.deep.equal([]);
  });
});
