/**
 * Every widget in forced colours (README "Dark mode and high contrast"): its meters keep
 * fill and track apart, and its borders stay whole behind the text's backplate.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { q } from './support/helpers.js';
import { hostPageCleanup } from './support/host-page.js';
import { colours, dominant, forcedColors, pixelsOf } from './support/page-emulation.js';
import { WIDGETS, mounted } from './support/host-widgets.js';

afterEach(async () => {
  hostPageCleanup();
  await setViewport({ width: 800, height: 600 });
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
