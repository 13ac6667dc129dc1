/** Every widget printed (README "Print"): what it prints unfolded, and what it leaves out. */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { apiSession, q, until } from './support/helpers.js';
import { hostPage, hostPageCleanup } from './support/host-page.js';
import { engine, printMedia } from './support/engine.js';
import { WIDGETS, mounted } from './support/host-widgets.js';

afterEach(async () => {
  hostPageCleanup();
  await setViewport({ width: 800, height: 600 });
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
