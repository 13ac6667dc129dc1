/**
 * Every widget on an agency's page (README "Theming", "Dark mode and high contrast",
 * "Print"): on the hostile host page it measures as on a neutral one, it fits 320 px,
 * it follows `color-scheme: dark` with AA contrast, its meters keep fill and track apart
 * in forced colours, and the card prints its documents without buttons.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { apiSession, q, until } from './support/helpers.js';
import { HOST_WIDTHS, hostPage, hostPageCleanup } from './support/host-page.js';
import { colours, dominant, forcedColors, pixelsOf } from './support/page-emulation.js';
import { engine, printMedia, viewport } from './support/engine.js';

type Lang = 'fa' | 'en';

interface Widget {
  name: string;
  template: (base: string, lang: Lang) => TemplateResult;
  /** The selector that is there once the content (not the skeleton) is shown. */
  ready: string;
}

const WIDGETS: Widget[] = [
  {
    name: 'service-card',
    template: (base, lang) => html`<egov-service-card api-base=${base} lang=${lang} service-id="13061408000"></egov-service-card>`,
    ready: '[part="card"]',
  },
  {
    name: 'service-list',
    template: (base, lang) => html`<egov-service-list api-base=${base} lang=${lang} page-size="3"></egov-service-list>`,
    ready: '[part="items"]',
  },
  {
    name: 'maturity-gauge',
    template: (base, lang) => html`<egov-maturity-gauge api-base=${base} lang=${lang}></egov-maturity-gauge>`,
    ready: '[part="axes"]',
  },
  {
    name: 'agency-scoreboard',
    template: (base, lang) => html`<egov-agency-scoreboard api-base=${base} lang=${lang} limit="10"></egov-agency-scoreboard>`,
    ready: '[part="table"]',
  },
  {
    name: 'inquiry-tracker',
    template: (base, lang) =>
      html`<egov-inquiry-tracker api-base=${base} lang=${lang} tracking-code=${INQUIRY_CODES.inReview}></egov-inquiry-tracker>`,
    ready: '[part="timeline"]',
  },
];

/** Mounts a widget on a (neutral or hostile) host page and waits for its content. */
async function mounted(w: Widget, { hostile = false, lang = 'fa' as Lang, dark = false, font = '' } = {}) {
  const page = hostPage({ hostile, lang });
  if (dark) page.page.style.colorScheme = 'dark';
  if (font) page.page.style.fontFamily = font;
  const el = await page.mount<HTMLElement>(w.template(apiSession().base(), lang));
  await until(() => q(el, w.ready), `${w.name}: content not shown`);
  // Nested widgets (the list's cards) render in their own updates.
  await until(() => [...el.shadowRoot!.querySelectorAll('egov-service-card')].every((c) => c.shadowRoot?.querySelector('[part="card"]')));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { page, el };
}

/** Elements with their own text in the widget's shadow root (and its nested widgets'). */
function textElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    if (e.shadowRoot) out.push(...textElements(e.shadowRoot));
    if ([...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) out.push(e);
  }
  return out;
}

const TEXT_PROPS = [
  'font-size',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-transform',
  'text-indent',
  'white-space',
  'font-style',
  'font-weight',
  'text-shadow',
  'word-break',
] as const;

/** What a reader sees of the text: the inherited text properties of each text element, and the widget's size. */
function typography(el: HTMLElement) {
  const texts = textElements(el.shadowRoot!).map((e) => {
    const cs = getComputedStyle(e);
    return `${e.localName}.${e.className}: ` + TEXT_PROPS.map((p) => `${p}=${cs.getPropertyValue(p)}`).join(' ');
  });
  const r = el.getBoundingClientRect();
  return { texts, width: Math.round(r.width), height: Math.round(r.height) };
}

afterEach(async () => {
  hostPageCleanup();
  await setViewport({ width: 800, height: 600 });
});

describe('on a hostile host page', () => {
  for (const w of WIDGETS) {
    for (const width of HOST_WIDTHS) {
      it(`${w.name} at ${width} px: text size, line height and layout equal the neutral page's`, async function () {
        if (!(await viewport(width, 900))) this.skip(); // WebKitGTK: README "Browser support"
        const neutral = await mounted(w);
        const want = typography(neutral.el);
        neutral.page.remove();
        const hostile = await mounted(w, { hostile: true });
        // The page's own text did change (the fixture works) …
        expect(getComputedStyle(hostile.page.page).letterSpacing).to.not.equal('normal');
        expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
        const got = typography(hostile.el);
        expect(got.texts.length).to.be.greaterThan(3);
        // … the widget's did not: 16 px text (the page's body size), its own line height, no spacing or transform.
        expect(got.texts).to.deep.equal(want.texts);
        expect(getComputedStyle(hostile.el).fontSize).to.equal('16px');
        expect(got.width).to.equal(want.width);
        expect(got.height).to.be.closeTo(want.height, 1);
      });
    }

    it(`${w.name} at 320 px has no horizontal overflow (fa and en)`, async function () {
      if (!(await viewport(320, 900))) this.skip(); // WebKitGTK: README "Browser support"
      for (const lang of ['fa', 'en'] as const) {
        const { page, el } = await mounted(w, { hostile: true, lang });
        expect(document.documentElement.scrollWidth, `${lang}: page scroll width`).to.be.at.most(320);
        expect(el.scrollWidth, `${lang}: widget scroll width`).to.be.at.most(el.clientWidth);
        const host = el.getBoundingClientRect();
        const out = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => {
          if (e.closest('.scroll')) return false; // the scoreboard table scrolls inside its own box
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < host.left - 1 || r.right > host.right + 1);
        });
        expect(
          out.map((e) => `${e.localName}.${e.className}`),
          `${lang}: outside the widget`,
        ).to.deep.equal([]);
        page.remove();
      }
    });

    it(`${w.name} keeps its light palette on a page painted dark without color-scheme, and passes axe`, async () => {
      const { el } = await mounted(w, { hostile: true });
      const cs = getComputedStyle(el);
      expect(cs.color).to.equal('rgb(31, 35, 40)');
      expect(cs.backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });

    for (const lang of ['fa', 'en'] as const) {
      it(`${w.name} (${lang}) under color-scheme: dark uses the dark palette with AA contrast`, async () => {
        const { el } = await mounted(w, { lang, dark: true });
        const cs = getComputedStyle(el);
        expect(cs.colorScheme).to.equal('dark');
        expect(cs.color).to.equal('rgb(230, 237, 243)');
        expect(cs.backgroundColor).to.equal('rgb(13, 17, 23)');
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const dark of [false, true]) {
    it(`the scoreboard's chart is drawn in the ${dark ? 'dark' : 'light'} palette (bars, and names readable on the background)`, async () => {
      const page = hostPage({ lang: 'en' });
      if (dark) page.page.style.colorScheme = 'dark';
      const el = await page.mount<HTMLElement>(
        html`<egov-agency-scoreboard api-base=${apiSession().base()} limit="5" view="chart"></egov-agency-scoreboard>`,
      );
      await until(() => q(el, 'canvas') && q(el, '.chart-note')?.textContent?.includes('40'), 'chart drawn', 10000);
      await new Promise((r) => setTimeout(r, 600)); // the bars animate in
      const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const painted: number[][] = [];
      for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 240) painted.push([d[i]!, d[i + 1]!, d[i + 2]!]);
      const has = (rgb: string) => painted.some((p) => p.join() === rgb);
      expect(has(dark ? '108,164,248' : '11,87,208'), 'accent bars').to.equal(true);
      // Text is the only light paint on dark, the only dark paint on light.
      const text = painted.filter((p) => p.every((c) => (dark ? c > 200 : c < 60)));
      expect(text.length, 'text pixels in the text colour').to.be.greaterThan(50);
    });
  }

  it('a page token still wins over the dark default', async () => {
    const page = hostPage({ lang: 'en' });
    page.page.style.colorScheme = 'dark';
    page.page.style.setProperty('--egov-color-surface', 'rgb(1, 2, 3)');
    const el = await page.mount<HTMLElement>(WIDGETS[0]!.template(apiSession().base(), 'en'));
    await until(() => q(el, '[part="card"]'));
    expect(getComputedStyle(q(el, '[part="card"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
  });
});

describe('skeleton', () => {
  for (const w of WIDGETS) {
    for (const width of HOST_WIDTHS) {
      it(`${w.name} at ${width} px: the skeleton takes roughly the block size of the content that replaces it`, async function () {
        if (!(await viewport(width, 900))) this.skip(); // WebKitGTK: README "Browser support"
        const page = hostPage({ lang: 'fa' });
        const el = await page.mount<HTMLElement>(w.template(apiSession().base('delay-800'), 'fa'));
        await until(() => q(el, '[part="loading"]'));
        const loading = el.getBoundingClientRect().height;
        await until(() => q(el, w.ready), `${w.name}: content not shown`, 10000);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const ready = el.getBoundingClientRect().height;
        expect(loading / ready, `skeleton ${Math.round(loading)} px, content ${Math.round(ready)} px`).to.be.within(0.8, 1.25);
      });
    }
  }
});

describe('skeleton of a full page of results', () => {
  for (const width of HOST_WIDTHS) {
    it(`service-list with the default page size (20) at ${width} px: the skeleton keeps about the space of its cards`, async function () {
      if (!(await viewport(width, 900))) this.skip(); // WebKitGTK: README "Browser support"
      const page = hostPage({ lang: 'fa' });
      const el = await page.mount<HTMLElement>(
        html`<egov-service-list api-base=${apiSession().base('delay-800')} lang="fa"></egov-service-list>`,
      );
      await until(() => q(el, '[part="loading"]'));
      const loading = el.getBoundingClientRect().height;
      await until(() => el.shadowRoot!.querySelectorAll('egov-service-card').length === 20, 'service-list: 20 cards not shown', 10000);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const ready = el.getBoundingClientRect().height;
      expect(loading / ready, `skeleton ${Math.round(loading)} px, content ${Math.round(ready)} px`).to.be.within(0.8, 1.25);
    });
  }
});

describe('forced colours', () => {
  afterEach(async () => {
    await forcedColors(false);
  });

  /** The part of a meter's track that its fill does not cover (either side, for RTL and LTR), inside the border. */
  const unfilled = (bar: DOMRect, fill: DOMRect) => {
    const left = fill.left - bar.left > bar.right - fill.right;
    const x = left ? bar.left + 3 : fill.right + 2;
    const right = left ? fill.left - 2 : bar.right - 3;
    return new DOMRect(x, bar.top + 3, right - x, bar.height - 6);
  };
  const inner = (r: DOMRect) => new DOMRect(r.left + 3, r.top + 3, r.width - 6, r.height - 6);

  for (const lang of ['fa', 'en'] as const) {
    it(`(${lang}) an axis meter's fill and track differ in pixels; the gauge arc keeps a fill colour apart from its track`, async function () {
      if (!(await forcedColors(true))) this.skip();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { el } = await mounted(WIDGETS[2]!, { lang });
      const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="axis-bar"]')];
      // A partly filled bar (neither empty nor full).
      const bar = bars.find((b) => Number(b.getAttribute('aria-valuenow')) > 20 && Number(b.getAttribute('aria-valuenow')) < 90)!;
      expect(bar, 'a partly filled axis bar').to.exist;
      const fill = bar.querySelector('.fill')!;
      const fillPx = await pixelsOf(inner(fill.getBoundingClientRect()));
      if (!fillPx) this.skip();
      const trackPx = (await pixelsOf(unfilled(bar.getBoundingClientRect(), fill.getBoundingClientRect())))!;
      expect(dominant(fillPx!)).to.not.equal(dominant(trackPx));

      // The arc: the painted colours of the gauge include the page's canvas, the track and the fill.
      const svg = el.shadowRoot!.querySelector('[part="gauge"] svg')!;
      const shot = (await pixelsOf(svg.getBoundingClientRect()))!;
      const total = shot.width * shot.height;
      const big = [...colours(shot).values()].filter((n) => n > total * 0.02);
      expect(big.length, 'canvas, track and fill colours').to.be.at.least(3);
    });
  }

  /**
   * Columns along the middle of a box's top and bottom edges where no pixel is near the
   * border's colour: where the text's backplate (drawn by the browser behind text in forced
   * colours) covers the border, whole or in part. Tall Persian fonts reach past a pill's line box.
   */
  async function brokenEdgeColumns(box: Element): Promise<number | null> {
    const r = box.getBoundingClientRect();
    const rgb = (d: ImageData, i: number) => [d.data[i]!, d.data[i + 1]!, d.data[i + 2]!];
    const dist = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    // The border's colour, from its inline-start or -end side at mid-height (no text there).
    const side = await pixelsOf(new DOMRect(Math.round(r.left) - 1, Math.round(r.top + r.height / 2) - 1, 5, 3));
    if (!side) return null;
    const canvasOf = (d: ImageData) => dominant(d).split(',').map(Number);
    const sideCanvas = canvasOf(side);
    let border = sideCanvas;
    for (let i = 0; i < side.data.length; i += 4) if (dist(rgb(side, i), sideCanvas) > dist(border, sideCanvas)) border = rgb(side, i);
    const x = Math.round(r.left + r.width * 0.2);
    const width = Math.round(r.width * 0.6);
    let broken = 0;
    for (const y of [r.top - 2, r.bottom - 3]) {
      const strip = (await pixelsOf(new DOMRect(x, Math.round(y), width, 5)))!;
      // The strip is mostly the canvas around the pill; the border is what is far from it.
      const canvas = canvasOf(strip);
      const far = dist(border, canvas) / 2;
      for (let col = 0; col < strip.width; col++) {
        let edge = false;
        for (let row = 0; row < strip.height && !edge; row++) edge = dist(rgb(strip, (row * strip.width + col) * 4), canvas) > far;
        if (!edge) broken++;
      }
    }
    return broken;
  }

  for (const lang of ['fa', 'en'] as const) {
    it(`(${lang}) pills and small buttons keep their borders whole behind the text's backplate`, async function () {
      if (!(await forcedColors(true))) this.skip();
      // A Persian font as agency sites use (CI installs Noto Sans Arabic): tall, as they often are.
      const font = "'Noto Sans Arabic', sans-serif";
      const card = (await mounted(WIDGETS[0]!, { lang, font })).el;
      const gauge = (await mounted(WIDGETS[2]!, { lang, font })).el;
      const tracker = (await mounted(WIDGETS[4]!, { lang, font })).el;
      const boxes = [
        ...card.shadowRoot!.querySelectorAll('.badge:not([hidden]), [part="copy-button"]'),
        gauge.shadowRoot!.querySelector('[part="band"]')!,
        tracker.shadowRoot!.querySelector('[part="status"]')!,
      ];
      expect(boxes.length, 'two badges, the copy button, the band, the status').to.equal(5);
      const broken: Record<string, number | null> = {};
      for (const box of boxes) broken[box.getAttribute('part')!] = await brokenEdgeColumns(box);
      if (Object.values(broken).includes(null)) this.skip();
      // Columns where the border is covered, per box: none.
      expect(broken).to.deep.equal({ 'electronic-badge': 0, 'essential-badge': 0, 'copy-button': 0, band: 0, status: 0 });
    });
  }

  it('the scoreboard table keeps its borders, and the pressed view button stands apart', async function () {
    if (!(await forcedColors(true))) this.skip();
    const { el } = await mounted(WIDGETS[3]!, { lang: 'en' });
    const [table, chart] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="view-button"]')];
    const pressed = await pixelsOf(inner(table!.getBoundingClientRect()));
    if (!pressed) this.skip();
    const plain = (await pixelsOf(inner(chart!.getBoundingClientRect())))!;
    expect(dominant(pressed!)).to.not.equal(dominant(plain));
    const wrapper = q(el, '[part="table-wrapper"]')!;
    expect(getComputedStyle(wrapper).borderTopStyle).to.equal('solid');
  });
});

describe('print', () => {
  before(async function () {
    if (!(await printMedia())) this.skip(); // WebKitGTK: README "Browser support"
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  for (const lang of ['fa', 'en'] as const) {
    it(`(${lang}) the card prints its documents and life events unfolded, link URLs, and no button`, async () => {
      const { el } = await mounted(WIDGETS[0]!, { lang });
      const details = q<HTMLDetailsElement>(el, '[part="details"]')!;
      const items = [...details.querySelectorAll('li')];
      expect(items.length).to.be.greaterThan(0);
      expect(details.open).to.equal(false);
      expect(items.every((li) => !li.checkVisibility())).to.equal(true);
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.some((b) => b.checkVisibility())).to.equal(true);

      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(
        items.every((li) => li.checkVisibility() && li.getBoundingClientRect().height > 0),
        'documents visible',
      ).to.equal(true);
      expect(buttons.filter((b) => b.checkVisibility()).map((b) => b.textContent)).to.deep.equal([]);
      const link = el.shadowRoot!.querySelector('a[href]')!;
      // Firefox gives the computed `content` as written, `attr(href)` unresolved (README "Browser support").
      const printed = getComputedStyle(link, '::after').content;
      expect(printed).to.contain(engine === 'firefox' && printed.includes('attr(href)') ? 'attr(href)' : link.getAttribute('href'));
      expect(getComputedStyle(q(el, '[part="card"]')!).breakInside).to.equal('auto');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.facts > div')!).breakInside).to.equal('avoid');
      // Paper is light even when the page is dark.
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });
  }

  it('the tracker prints its timeline, steps kept whole, no form button', async () => {
    const { el } = await mounted(WIDGETS[4]!, { lang: 'en' });
    await emulateMedia({ media: 'print' });
    const steps = [...el.shadowRoot!.querySelectorAll('[part="event"]')];
    expect(steps.length).to.be.greaterThan(1);
    expect(steps.every((s) => s.checkVisibility() && getComputedStyle(s).breakInside === 'avoid')).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.checkVisibility())).to.equal(false);
  });

  it('the scoreboard prints its column names and every row (not only `limit`), without toolbar or sticky columns', async () => {
    const { el } = await mounted(WIDGETS[3]!, { lang: 'en' });
    const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(rows()).to.equal(10);
    await emulateMedia({ media: 'print' });
    await until(() => rows() > 10);
    expect(rows()).to.equal(105);
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')];
    expect(
      heads.every((th) => th.checkVisibility() && th.getBoundingClientRect().width > 0 && (th as HTMLElement).innerText.trim()),
    ).to.equal(true);
    expect(q(el, '[part="toolbar"]')!.checkVisibility()).to.equal(false);
    expect(getComputedStyle(el.shadowRoot!.querySelector('tbody .agency')!).position).to.equal('static');
    expect([...el.shadowRoot!.querySelectorAll('tbody tr')].every((tr) => getComputedStyle(tr).breakInside === 'avoid')).to.equal(true);
    await emulateMedia({ media: 'screen' });
    await until(() => rows() === 10, 'back to `limit` rows on screen');
  });

  it('no skeleton prints', async () => {
    const page = hostPage({ lang: 'en' });
    const el = await page.mount<HTMLElement>(
      html`<egov-service-card api-base=${apiSession().base('slow')} service-id="13061408000"></egov-service-card>`,
    );
    await until(() => q(el, '[part="loading"]'));
    expect(q(el, '[part="loading"]')!.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(q(el, '[part="loading"]')!.checkVisibility()).to.equal(false);
  });
});
