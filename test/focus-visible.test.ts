/**
 * Focus stays visible: a focused sort button in the scoreboard's scrolling table is never
 * under its sticky columns (WCAG 2.4.11), at 320 px (and so at 400 % zoom of 1280 px);
 * under forced colours with a dark palette every focus ring is a system colour at 3:1 or
 * more against the page (WCAG 1.4.11). Real keyboard (Tab), real hit-testing, real HTTP.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { apiSession, until, q } from './support/helpers.js';
import { forcedColors } from './support/page-emulation.js';
import { engine, viewport } from './support/engine.js';
import { loadLocale } from '../src/core/locale.js';

before(() => loadLocale('en'));

const focused = (host: Element): HTMLElement | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a && host.contains(a.getRootNode() instanceof ShadowRoot ? (a.getRootNode() as ShadowRoot).host : a) ? (a as HTMLElement) : null;
};

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe("focus not obscured: the scoreboard's sort buttons at 320 px", () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fa', 'en'] as const) {
    it(`(${lang}) Tab to each sort button: all four corners of it, and its focus ring's edge on the sticky side, are its own (not a sticky column's)`, async function () {
      // WebKitGTK's window stops at about 447 px (README "Browser support"): the table scrolls there too.
      if (!(await viewport(320, 640)) && !(await viewport(447, 640))) this.skip();
      const s = apiSession();
      const wrap = await fixture(
        html`<div lang=${lang}><button id="start">start</button><egov-agency-scoreboard api-base=${s.base()} round="5" limit="10"></egov-agency-scoreboard></div>`,
      );
      const el = wrap.querySelector('egov-agency-scoreboard')!;
      await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 10);
      const scroller = q(el, '.scroll')!;
      expect(scroller.scrollWidth, 'the table scrolls at 320 px').to.be.greaterThan(scroller.clientWidth + 50);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="sort-button"]')];
      const moving = buttons.filter((b) => !b.closest('th')!.matches('.rank, .agency'));
      expect(moving.length).to.be.at.least(6);
      wrap.querySelector<HTMLButtonElement>('#start')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 40 && seen.length < moving.length; i++) {
        await sendKeys({ press: 'Tab' });
        const f = focused(el);
        if (!f || !moving.includes(f as HTMLButtonElement)) continue;
        await frame();
        const r = f.getBoundingClientRect();
        const label = f.textContent!.trim();
        const corners = [
          [r.left + 1, r.top + 1],
          [r.right - 1, r.top + 1],
          [r.left + 1, r.bottom - 1],
          [r.right - 1, r.bottom - 1],
        ];
        for (const [x, y] of corners) {
          const hit = el.shadowRoot!.elementFromPoint(x!, y!);
          expect(hit && f.contains(hit), `${label}: (${Math.round(x!)}, ${Math.round(y!)}) is ${hit?.outerHTML.slice(0, 60)}`).to.equal(
            true,
          );
        }
        // The ring (2 px, 2 px away) on the side of the sticky columns: still the button's own cell.
        const ringX = lang === 'fa' ? r.right + 3 : r.left - 3;
        const ringHit = el.shadowRoot!.elementFromPoint(ringX, (r.top + r.bottom) / 2);
        expect(ringHit?.closest('th'), `${label}: focus ring`).to.equal(f.closest('th'));
        seen.push(label);
      }
      expect(seen.length, seen.join(', ')).to.equal(moving.length);
    });
  }
});

/** WCAG relative luminance of `rgb(r, g, b)`. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/** A system colour as this palette paints it. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

describe('forced colours, dark palette: focus rings', () => {
  afterEach(() => forcedColors(false));

  for (const lang of ['fa', 'en'] as const) {
    it(`(${lang}) the primary link, current page, pressed view button and tracker's submit: a CanvasText ring, 3:1 or more on Canvas`, async function () {
      if (!(await forcedColors(true, true))) this.skip();
      const s = apiSession();
      const wrap = await fixture(html`<div lang=${lang}>
        <egov-service-card api-base=${s.base()} service-id="13061408000"></egov-service-card>
        <egov-service-list api-base=${s.base()} page-size="5"></egov-service-list>
        <egov-agency-scoreboard api-base=${s.base()} round="5" limit="3"></egov-agency-scoreboard>
        <egov-inquiry-tracker api-base=${s.base()}></egov-inquiry-tracker>
      </div>`);
      const [card, list, board, tracker] = [...wrap.children];
      const targets: [string, () => HTMLElement | null][] = [
        ['primary link', () => q(card!, '[part="primary-link"]')],
        ['current page', () => q(list!, '[part="page-button"][aria-current="page"]')],
        ['pressed view button', () => q(board!, '[part="view-button"][aria-pressed="true"]')],
        ['submit', () => q(tracker!, '[part="submit-button"]')],
      ];
      await until(() => targets.every(([, t]) => t()));
      const canvas = system('Canvas');
      const ring = system('CanvasText');
      // Chromium takes the dark palette from prefers-color-scheme; Firefox keeps its own (light) one.
      if (engine === 'chromium') expect(luminance(canvas), 'a dark palette').to.be.lessThan(0.2);
      // The keyboard's focus (:focus-visible), not a click's.
      await sendKeys({ press: 'Shift' });
      for (const [what, target] of targets) {
        const t = target()!;
        t.focus();
        await frame();
        expect(t.matches(':focus-visible'), what).to.equal(true);
        const style = getComputedStyle(t);
        expect(style.outlineStyle, what).to.equal('solid');
        expect(style.outlineColor, what).to.equal(ring);
        expect(contrast(style.outlineColor, canvas), what).to.be.at.least(3);
      }
    });
  }
});
