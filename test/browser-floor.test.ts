/**
 * The browser floor (README "Browser support"): every widget whole in the oldest engines it
 * promises, run by `npm test` in Chromium 103 and 108 from npm (suite "floor",
 * scripts/lib/old-chromium.mjs) and, like every test, in the current three engines, where the
 * same figures prove that the floor's palette is the one current engines paint.
 *
 * Each element in its states, fa and en: its content is shown, its buttons, fields, badges and
 * meters carry the light palette's colours and borders (computed values), a meter's fill differs
 * from its track in pixels, nothing overflows a 360 px screen, and nothing throws. Then the
 * one-card page through the CDN autoloader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { apiSession, q, shadowText, until } from './support/helpers.js';
import { engine, viewport } from './support/engine.js';
import { colours, pixelsOf } from './support/page-emulation.js';

type Lang = 'fa' | 'en';

/** The light palette (src/ui/styles.ts), as computed colours. */
const LIGHT = {
  text: 'rgb(31, 35, 40)',
  surface: 'rgb(255, 255, 255)',
  accent: 'rgb(11, 87, 208)',
  onAccent: 'rgb(255, 255, 255)',
  border: 'rgb(208, 215, 222)',
  inputBorder: 'rgb(140, 149, 159)',
  danger: 'rgb(180, 35, 24)',
  success: 'rgb(26, 127, 55)',
  up: 'rgb(6, 118, 71)',
  track: 'rgb(230, 234, 239)',
  headerBg: 'rgb(246, 248, 250)',
  skeleton: 'rgb(234, 238, 242)',
};

/** Uncaught errors and rejections while a test runs (none is expected). */
const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(String(e.message || e.error));
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
before(() => {
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
});
after(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
});
beforeEach(() => {
  errors.length = 0;
});
afterEach(function () {
  if (this.currentTest?.state === 'passed') expect(errors, 'uncaught errors').to.deep.equal([]);
});

const cs = (el: Element) => getComputedStyle(el);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A box's four borders: all `width` wide, solid and of `color`. */
function expectBorder(el: Element, color: string, width = '1px', what = el.localName) {
  const s = cs(el);
  for (const side of ['top', 'right', 'bottom', 'left']) {
    expect(s.getPropertyValue(`border-${side}-style`), `${what}: border-${side}-style`).to.equal('solid');
    expect(s.getPropertyValue(`border-${side}-width`), `${what}: border-${side}-width`).to.equal(width);
    expect(s.getPropertyValue(`border-${side}-color`), `${what}: border-${side}-color`).to.equal(color);
  }
}

/** Mounts `template` in a column as wide as the viewport and waits for `ready` in its shadow root. */
async function mount(template: TemplateResult, ready: string, timeout = 8000): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="max-inline-size:100%">${template}</div>`);
  const el = wrap.firstElementChild as HTMLElement;
  await until(() => q(el, ready), `<${el.localName}>: ${ready} not shown`, timeout);
  await until(() => [...el.shadowRoot!.querySelectorAll('egov-service-card')].every((c) => c.shadowRoot?.querySelector('[part~="card"]')));
  await frame();
  return el;
}

/**
 * Nothing of the widget reaches outside the screen, 360 px wide (WebKitGTK's window cannot be
 * narrower than about 447 px: README "Browser support"); the scoreboard's table scrolls inside its box.
 */
function expectNoOverflow(el: HTMLElement, what: string) {
  expect(innerWidth, 'viewport').to.be.at.most(engine === 'webkit' ? 480 : 360);
  expect(document.documentElement.scrollWidth, `${what}: page scroll width`).to.be.at.most(innerWidth);
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.shadowRoot) walk(e.shadowRoot);
      // The scoreboard's table scrolls in its box; a visually hidden region (the live region,
      // screen-reader words) is clipped to one pixel, whatever its text's box.
      if (e.closest('.scroll, .visually-hidden')) continue;
      const r = e.getBoundingClientRect();
      if (r.width > 0 && (r.left < host.left - 1 || r.right > host.right + 1)) out.push(`${e.localName}.${e.className}`);
    }
  };
  walk(el.shadowRoot!);
  expect(out, `${what}: outside the widget`).to.deep.equal([]);
}

/** The widget's own text and surface: the light palette's. */
function expectHostPalette(el: HTMLElement) {
  expect(cs(el).color, 'text').to.equal(LIGHT.text);
  expect(cs(el).backgroundColor, 'background').to.equal(LIGHT.surface);
}

describe('the browser floor: every widget whole, fa and en, at 360 px', () => {
  before(async () => {
    await viewport(360, 800);
  });
  after(async () => {
    await viewport(800, 600);
  });

  for (const lang of ['fa', 'en'] as Lang[]) {
    describe(lang, () => {
      it('service card (full): title, facts, the primary link, the badges and the copy button in the light palette', async () => {
        const el = await mount(
          html`<egov-service-card api-base=${apiSession().base()} lang=${lang} service-id="13061408000"></egov-service-card>`,
          '[part="card"]',
        );
        expect(q(el, '[part="title"]')!.textContent!.trim().length).to.be.greaterThan(10);
        expect(shadowText(el)).to.match(lang === 'fa' ? /ریال/ : /rials/i);
        expectHostPalette(el);
        expectBorder(q(el, '.card')!, LIGHT.border, '1px', 'card');
        const primary = q(el, '[part="primary-link"]')!;
        expect(primary.textContent!.trim()).to.equal(lang === 'fa' ? 'دریافت خدمت' : 'Get the service');
        expect(cs(primary).backgroundColor, 'primary link background').to.equal(LIGHT.accent);
        expect(cs(primary).color, 'primary link text').to.equal(LIGHT.onAccent);
        expectBorder(primary, LIGHT.accent, '1px', 'primary link');
        const badge = q(el, '[part="electronic-badge"]')!;
        expectBorder(badge, LIGHT.success, '1px', 'electronic badge');
        expectBorder(q(el, '[part="essential-badge"]')!, LIGHT.border, '1px', 'essential badge');
        const copy = q(el, '.copy')!;
        expectBorder(copy, LIGHT.border, '1px', 'copy button');
        expect(cs(copy).color, 'copy button text').to.equal(LIGHT.accent);
        expectNoOverflow(el, 'service card');
      });

      it('service card (compact) and its not-found and error states', async () => {
        const compact = await mount(
          html`<egov-service-card api-base=${apiSession().base()} lang=${lang} service-id="13061408000" variant="compact"></egov-service-card>`,
          '[part="card"]',
        );
        expect(cs(q(compact, '[part="primary-link"]')!).backgroundColor).to.equal(LIGHT.accent);
        const missing = await mount(
          html`<egov-service-card api-base=${apiSession().base()} lang=${lang} service-id="99999999999"></egov-service-card>`,
          '[part="not-found"]',
        );
        expectBorder(q(missing, '[part="not-found"]')!, LIGHT.border, '1px', 'not-found panel');
        const failed = await mount(
          html`<egov-service-card api-base=${apiSession().base('500')} lang=${lang} service-id="13061408000"></egov-service-card>`,
          '[part="error"]',
          12000,
        );
        const panel = q(failed, '[part="error"]')!;
        expect(cs(panel).borderTopColor, 'error panel border').to.equal(LIGHT.danger);
        expect(cs(panel).borderInlineStartWidth, 'error panel stripe').to.equal('4px');
        const retry = q(failed, '[part="retry-button"]')!;
        expectBorder(retry, LIGHT.accent, '1px', 'retry button');
        expect(cs(retry).color).to.equal(LIGHT.accent);
        expect(cs(retry).backgroundColor).to.equal(LIGHT.surface);
        expectNoOverflow(failed, 'error state');
      });

      it('service card while loading: the skeleton lines are painted', async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div><egov-service-card api-base=${apiSession().base('delay-3000')} lang=${lang} service-id="13061408000"></egov-service-card></div>`,
        );
        const el = wrap.firstElementChild as HTMLElement;
        await until(() => q(el, '[part="loading"] .skeleton-line'), 'skeleton shown');
        const line = q(el, '.skeleton-line')!;
        expect(cs(line).backgroundImage, 'skeleton gradient').to.contain(LIGHT.skeleton);
        expect(line.getBoundingClientRect().height).to.be.greaterThan(5);
      });

      it('service list: the search field and filters have borders, the cards and the pagination are shown', async () => {
        const el = await mount(
          html`<egov-service-list api-base=${apiSession().base()} lang=${lang} page-size="3"></egov-service-list>`,
          '[part="items"]',
        );
        expectHostPalette(el);
        const input = q(el, '[part="search-input"]')!;
        expectBorder(input, LIGHT.inputBorder, '1px', 'search field');
        expect(cs(input).backgroundColor).to.equal(LIGHT.surface);
        for (const select of el.shadowRoot!.querySelectorAll('select')) expectBorder(select, LIGHT.inputBorder, '1px', 'filter');
        expect(el.shadowRoot!.querySelectorAll('egov-service-card').length).to.equal(3);
        const pages = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="page-button"]')];
        expect(pages.length).to.be.greaterThan(1);
        const current = pages.find((b) => b.getAttribute('aria-current') === 'page')!;
        expect(cs(current).backgroundColor, 'current page').to.equal(LIGHT.accent);
        expect(cs(current).color).to.equal(LIGHT.onAccent);
        const other = pages.find((b) => b !== current && b.getAttribute('aria-disabled') !== 'true')!;
        expectBorder(other, LIGHT.border, '1px', 'page button');
        expect(cs(other).color).to.equal(LIGHT.accent);
        // Interaction: the next page is fetched and shown.
        const before = shadowText(el);
        other.click();
        await until(() => shadowText(el) !== before && q(el, '[part="items"]'), 'another page shown');
        expectNoOverflow(el, 'service list');
      });

      it('maturity gauge: the arc, the axis bars (fill apart from track, in pixels), the band', async () => {
        const el = await mount(
          html`<egov-maturity-gauge api-base=${apiSession().base()} lang=${lang}></egov-maturity-gauge>`,
          '[part="axes"]',
        );
        expectHostPalette(el);
        const track = q(el, '.track')!;
        const arc = q(el, '.arc')!;
        expect(cs(track).stroke, 'track stroke').to.equal(LIGHT.track);
        const tone = cs(arc).stroke;
        expect(tone, 'arc stroke').to.match(/^rgb\(/);
        expect(tone).to.not.equal(LIGHT.track);
        const band = q(el, '[part="band"]')!;
        expect(cs(band).borderTopColor, 'band border').to.equal(tone);
        expect(cs(band).borderTopStyle).to.equal('solid');
        const value = q(el, '.value')!;
        const size = parseFloat(cs(value).fontSize);
        expect(size, 'value size').to.be.within(30, 45);
        for (const bar of el.shadowRoot!.querySelectorAll('.bar')) {
          expect(cs(bar).backgroundColor, 'axis track').to.equal(LIGHT.track);
          // The fill is an SVG rect as wide as the score (README "Server rendering"): its colour is `fill`.
          const fill = bar.querySelector('.fill rect')!;
          expect(cs(fill).fill, 'axis fill').to.not.equal(LIGHT.track);
          expect(cs(fill).fill).to.match(/^rgb\(/);
        }
        const bar = q(el, '.bar')!;
        // WebKitGTK's driver takes no part-page screenshots (README "Browser support"): computed colours only there.
        const px = engine === 'webkit' ? null : await pixelsOf(bar);
        if (px) {
          const fill = cs(bar.querySelector('.fill rect')!).fill.match(/\d+/g)!.join(',');
          const seen = colours(px);
          expect(seen.get(fill) ?? 0, `fill pixels (${fill})`).to.be.greaterThan(10);
          expect(seen.get('230,234,239') ?? 0, 'track pixels').to.be.greaterThan(10);
        }
        expectNoOverflow(el, 'gauge');
      });

      it('agency scoreboard: the filter field, the view buttons, the header and the sticky columns', async () => {
        const el = await mount(
          html`<egov-agency-scoreboard api-base=${apiSession().base()} lang=${lang} limit="10"></egov-agency-scoreboard>`,
          '[part="table"]',
        );
        expectHostPalette(el);
        const filter = q(el, '[part="filter-input"]')!;
        expectBorder(filter, LIGHT.inputBorder, '1px', 'filter field');
        const views = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.views button')];
        expect(views.length).to.equal(2);
        const pressed = views.find((b) => b.getAttribute('aria-pressed') === 'true')!;
        expect(cs(pressed).backgroundColor, 'pressed view').to.equal(LIGHT.accent);
        expect(cs(pressed).color).to.equal(LIGHT.onAccent);
        const idle = views.find((b) => b !== pressed)!;
        expectBorder(idle, LIGHT.accent, '1px', 'view button');
        expect(cs(idle).backgroundColor).to.equal(LIGHT.surface);
        expect(cs(q(el, 'thead th')!).backgroundColor, 'header').to.equal(LIGHT.headerBg);
        expect(cs(q(el, 'tbody .agency')!).position).to.equal('sticky');
        expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(10);
        // Narrow: rank and agency take at most about two thirds of the width.
        const rank = q(el, 'tbody .rank')!.getBoundingClientRect().width;
        const agency = q(el, 'tbody .agency')!.getBoundingClientRect().width;
        expect(rank + agency, 'sticky columns').to.be.at.most((el.getBoundingClientRect().width * 2) / 3 + 2);
        // Interaction: the filter narrows the rows.
        filter.focus();
        (filter as HTMLInputElement).value = lang === 'fa' ? 'بیمه' : 'Insurance';
        filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length < 10, 'rows filtered');
        expectNoOverflow(el, 'scoreboard');
      });

      it('inquiry tracker: the form (field and button), then the status and timeline', async () => {
        const base = apiSession().base();
        const form = await mount(html`<egov-inquiry-tracker api-base=${base} lang=${lang}></egov-inquiry-tracker>`, '[part="form"]');
        const input = q<HTMLInputElement>(form, '[part="input"]')!;
        expectBorder(input, LIGHT.inputBorder, '1px', 'tracking field');
        const submit = q(form, '[part="submit-button"]')!;
        expect(cs(submit).backgroundColor, 'submit').to.equal(LIGHT.accent);
        expect(cs(submit).color).to.equal(LIGHT.onAccent);
        // Interaction: a code typed and sent shows its inquiry.
        input.value = INQUIRY_CODES.answered;
        submit.click();
        await until(() => q(form, '[part="timeline"]'), 'timeline shown', 10000);
        const status = q(form, '[part="status"]')!;
        expectBorder(status, LIGHT.success, '1px', 'status pill');
        expect(cs(status).color).to.equal(LIGHT.success);
        expectNoOverflow(form, 'tracker');
      });
    });
  }
});

describe('the browser floor: the one-card page through the CDN autoloader', () => {
  it('defines the card, shows the service, throws nothing', async function () {
    this.timeout(120000);
    // The first request builds the CDN folder from the sources (test/support/cdn-under-test.mjs).
    expect((await fetch('/cdn-under-test/integrity.json')).ok).to.equal(true);
    const frameEl = document.createElement('iframe');
    frameEl.style.inlineSize = '360px';
    frameEl.style.blockSize = '700px';
    frameEl.srcdoc = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
      <script src="/test/support/capture-errors.js"></script>
      <script type="module" src="/cdn-under-test/autoloader.js"></script></head>
      <body style="margin:0"><egov-service-card api-base="${location.origin}${apiSession().base()}" service-id="13061408000"></egov-service-card></body></html>`;
    const loaded = new Promise((r) => frameEl.addEventListener('load', r, { once: true }));
    document.body.append(frameEl);
    try {
      await loaded;
      const win = frameEl.contentWindow as Window & { __errors: string[] };
      const card = frameEl.contentDocument!.querySelector('egov-service-card')!;
      await until(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card was not rendered', 15000);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim().length).to.be.greaterThan(10);
      const primary = card.shadowRoot!.querySelector('[part="primary-link"]')!;
      expect(win.getComputedStyle(primary).backgroundColor).to.equal(LIGHT.accent);
      expect(frameEl.contentDocument!.documentElement.scrollWidth).to.be.at.most(360);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frameEl.remove();
    }
  });
});
