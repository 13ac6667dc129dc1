/**
 * Every widget on an agency's page (README "Theming", "Dark mode and high contrast"): on
 * the hostile host page it measures as on a neutral one, it fits 320 px, it follows
 * `color-scheme: dark` with AA contrast, and its skeleton keeps about the room of its
 * content. Forced colours and print have files of their own (host-page.*.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { apiSession, q, until } from './support/helpers.js';
import { HOST_WIDTHS, hostPage, hostPageCleanup } from './support/host-page.js';
import { viewport } from './support/engine.js';
import { WIDGETS, mounted } from './support/host-widgets.js';

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
