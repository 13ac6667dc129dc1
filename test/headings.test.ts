/**
 * heading-level (README "Headings"): every widget continues the page's outline. Each test
 * builds its own small outline page (an `<h1>`, or an `<h1>` and an `<h2>`), puts the real
 * widgets in it with data from the reference API, and reads the levels of every heading in
 * document order, shadow roots included, as a screen reader's heading list does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../src/index.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { apiSession, until } from './support/helpers.js';

/** The levels of every `<hN>`, in document order, through shadow roots (slotted children after). */
function outline(node: Node, out: number[] = []): number[] {
  if (node instanceof Element) {
    const m = /^H([1-6])$/.exec(node.tagName);
    if (m) out.push(Number(m[1]));
    if (node.shadowRoot) outline(node.shadowRoot, out);
  }
  for (const c of node.childNodes) outline(c, out);
  return out;
}

/** No level is skipped on the way down (what axe's `heading-order` asks). */
const noSkips = (levels: number[]) => levels.every((l, i) => i === 0 || l <= levels[i - 1]! + 1);

type Widget = { name: string; tag: (base: string, level?: number) => TemplateResult; ready: string };

const lvl = (level?: number) => (level === undefined ? nothing : String(level));

/** Each widget with a heading, its data from the reference API, and what shows it is ready. */
const WIDGETS: Widget[] = [
  {
    name: 'service card',
    tag: (b, l) => html`<egov-service-card api-base=${b} service-id="13061408000" heading-level=${lvl(l)}></egov-service-card>`,
    ready: '[part="card"]',
  },
  {
    name: 'maturity gauge',
    tag: (b, l) => html`<egov-maturity-gauge api-base=${b} history heading-level=${lvl(l)}></egov-maturity-gauge>`,
    ready: '[part="axes"]',
  },
  {
    name: 'inquiry tracker',
    tag: (b, l) =>
      html`<egov-inquiry-tracker api-base=${b} tracking-code=${INQUIRY_CODES.inReview} heading-level=${lvl(l)}></egov-inquiry-tracker>`,
    ready: '[part="timeline"]',
  },
  {
    name: 'agency scoreboard',
    tag: (b, l) => html`<egov-agency-scoreboard api-base=${b} limit="5" heading-level=${lvl(l)}></egov-agency-scoreboard>`,
    ready: '[part="table"]',
  },
  {
    name: 'service list',
    tag: (b, l) => html`<egov-service-list api-base=${b} page-size="2" heading-level=${lvl(l)}></egov-service-list>`,
    ready: '[part="items"]',
  },
];

/** Waits until the widget (and, for the list, its cards) show their data. */
async function shown(page: HTMLElement, w: Widget): Promise<void> {
  const el = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[api-base]')!;
  await until(() => el.shadowRoot?.querySelector(w.ready), `${w.name} not ready`);
  if (w.name === 'service list') {
    await until(() =>
      [...el.shadowRoot!.querySelectorAll('egov-service-card')].every((c) => c.shadowRoot?.querySelector('[part="title"]')),
    );
  }
  await el.updateComplete;
}

const page1 = (w: Widget, base: string, lang: string, level?: number) =>
  fixture<HTMLElement>(html`<main lang=${lang}><h1>درگاه دستگاه</h1>${w.tag(base, level)}</main>`);

const page2 = (w: Widget, base: string, lang: string, level?: number) =>
  fixture<HTMLElement>(html`<main lang=${lang}><h1>درگاه دستگاه</h1><section><h2>خدمات ما</h2>${w.tag(base, level)}</section></main>`);

describe('heading-level', () => {
  for (const w of WIDGETS) {
    describe(w.name, () => {
      for (const lang of ['fa', 'en']) {
        it(`${lang}: on a page that starts at <h1>, the default (2) continues the outline; axe finds nothing, heading-order included`, async () => {
          const s = apiSession();
          const page = await page1(w, s.base(), lang);
          await shown(page, w);
          const levels = outline(page);
          expect(levels[0]).to.equal(1);
          expect(levels[1], 'the main heading').to.equal(2);
          expect(Math.max(...levels.slice(2))).to.be.at.most(3);
          expect(noSkips(levels), levels.join(' ')).to.equal(true);
          await expect(page).to.be.accessible();
        });

        it(`${lang}: inside a section with <h2>, heading-level="3" puts the main heading at <h3>; axe finds nothing`, async () => {
          const s = apiSession();
          const page = await page2(w, s.base(), lang, 3);
          await shown(page, w);
          const levels = outline(page);
          expect(levels.slice(0, 3)).to.deep.equal([1, 2, 3]);
          expect(
            levels.slice(3).every((l) => l === 4),
            `sub-headings at <h4>: ${levels.join(' ')}`,
          ).to.equal(true);
          await expect(page).to.be.accessible();
        });
      }

      it('heading-level="1" starts a page of its own: sub-headings at <h2>', async () => {
        const s = apiSession();
        const page = await fixture<HTMLElement>(html`<main lang="fa">${w.tag(s.base(), 1)}</main>`);
        await shown(page, w);
        const levels = outline(page);
        expect(levels[0]).to.equal(1);
        expect(levels.slice(1).every((l) => l === 2)).to.equal(true);
        await expect(page).to.be.accessible();
      });
    });
  }

  it('without heading-level (or with one outside 1–6), an <h2> after an <h1> axe reports as skipping no level', async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(
      html`<main lang="fa"><h1>درگاه</h1><egov-service-card api-base=${s.base()} service-id="13061408000" heading-level="9"></egov-service-card></main>`,
    );
    await shown(page, WIDGETS[0]!);
    expect(outline(page)).to.deep.equal([1, 2]);
  });

  it('the sub-headings never go past <h6>', async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(html`<main lang="fa">${WIDGETS[1]!.tag(s.base(), 6)}</main>`);
    await shown(page, WIDGETS[1]!);
    expect(outline(page)).to.deep.equal([6, 6, 6]);
  });

  it("the list's cards sit one level below the list's heading", async () => {
    const s = apiSession();
    const list = WIDGETS[4]!;
    const page = await page2(list, s.base(), 'fa', 3);
    await shown(page, list);
    expect(outline(page)).to.deep.equal([1, 2, 3, 4, 4]);
    const el = page.querySelector('egov-service-list')!;
    const cards = [...el.shadowRoot!.querySelectorAll('egov-service-card')];
    expect(cards.map((c) => c.shadowRoot!.querySelector('[part="title"]')!.tagName)).to.deep.equal(['H4', 'H4']);
  });

  it("<egov-provider heading-level> is the default for the widgets inside; a widget's own heading-level wins", async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(html`<main lang="fa">
      <h1>درگاه</h1>
      <section>
        <h2>خدمات</h2>
        <egov-provider api-base=${s.base()} heading-level="3">
          <egov-service-card service-id="13061408000"></egov-service-card>
          <egov-inquiry-tracker tracking-code=${INQUIRY_CODES.inReview}></egov-inquiry-tracker>
          <egov-service-list page-size="1"></egov-service-list>
        </egov-provider>
      </section>
    </main>`);
    const [card, tracker, list] = ['egov-service-card', 'egov-inquiry-tracker', 'egov-service-list'].map((t) => page.querySelector(t)!);
    await until(() => card!.shadowRoot?.querySelector('[part="card"]') && tracker!.shadowRoot?.querySelector('[part="timeline"]'));
    await until(() => list!.shadowRoot?.querySelector('egov-service-card')?.shadowRoot?.querySelector('[part="title"]'));
    // card h3; tracker h3 + h4; list h3, its card h4
    expect(outline(page)).to.deep.equal([1, 2, 3, 3, 4, 3, 4]);
    await expect(page).to.be.accessible();

    // Own attribute wins; the provider's level can change later.
    card!.setAttribute('heading-level', '4');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card!.shadowRoot!.querySelector('[part="title"]')!.tagName).to.equal('H4');
    const provider = page.querySelector('egov-provider')!;
    provider.setAttribute('heading-level', '2');
    await until(() => tracker!.shadowRoot!.querySelector('[part="subject"]')!.tagName === 'H2', 'provider change not followed');
    expect(card!.shadowRoot!.querySelector('[part="title"]')!.tagName).to.equal('H4');
  });
});
