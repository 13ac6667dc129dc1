/**
 * dist/cdn/autoloader.js in real pages (an iframe each, so every page starts with no
 * element defined), fetching the CDN folder and the reference API over HTTP. The CDN
 * folder is built from the current sources by test/support/cdn-under-test.mjs and
 * served under two base paths.
 */
import { expect } from '@open-wc/testing';
import { apiSession, shadowText, until } from './support/helpers.js';
import { CDN_BASE as BASE, openCdnPage, rendered } from './support/cdn-page.js';

const DEEP_BASE = '/static/egov-widgets@0.1.0/dist/cdn/';
const ID = '13061408000';
const TITLE = 'صدور پروانه نمایندگی بیمه برای اشخاص حقیقی';

describe('autoloader.js', function () {
  // The first request builds the CDN folder from the sources (a few seconds, once per run).
  before(async function () {
    this.timeout(120000);
    const res = await fetch(`${BASE}integrity.json`);
    expect(res.ok, 'the CDN folder under test was not built').to.equal(true);
  });

  it('a page with one card loads the card and the shared chunks, no chunk of any other element', async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>`);
    const card = page.doc.querySelector('egov-service-card')!;
    await rendered(page, card, 'card');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(TITLE);
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(page.elementChunks()).to.deep.equal(['service-card']);
    const files = page.scripts().map((p) => p.slice(BASE.length));
    expect(files).to.include('autoloader.js');
    expect(
      files.some((f) => /^shared-/.test(f)),
      'the shared chunk (lit and the core)',
    ).to.equal(true);
    // Neither the all-in-one file, nor chart.js, nor the English strings on a Persian card.
    expect(files.filter((f) => /^(egov-widgets|chart-parts|en)[-.]/.test(f))).to.deep.equal([]);
    expect((await api.stats()).total).to.equal(1);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('defines and renders an element added to the page later, loading its chunk only then', async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>`);
    await rendered(page, page.doc.querySelector('egov-service-card')!, 'card');
    expect(page.elementChunks()).to.deep.equal(['service-card']);
    const section = page.doc.createElement('section');
    section.innerHTML = `<egov-inquiry-tracker api-base="${api.base()}" tracking-code="1403-0725-118842" lang="en"></egov-inquiry-tracker>`;
    page.doc.body.append(section);
    const tracker = section.firstElementChild!;
    await rendered(page, tracker, 'status');
    expect(page.elementChunks()).to.deep.equal(['service-card', 'inquiry-tracker']);
    // English inside a Persian page: its strings arrive as their own chunk, and it reads LTR.
    expect(tracker.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect(page.scripts().some((p) => /\/en-[\w-]+\.js$/.test(p))).to.equal(true);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('configures the widgets inside a provider (the provider is defined before them)', async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-provider api-base="${api.base()}">
      <egov-service-card service-id="${ID}"></egov-service-card>
      <egov-maturity-gauge></egov-maturity-gauge>
    </egov-provider>`);
    const card = page.doc.querySelector('egov-service-card')!;
    const gauge = page.doc.querySelector('egov-maturity-gauge')!;
    await rendered(page, card, 'card');
    await rendered(page, gauge, 'gauge');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(TITLE);
    // Both asked the provider's API base (the session), not the default /api.
    const stats = await api.stats();
    expect(stats.total).to.equal(2);
    expect(page.elementChunks()).to.deep.equal(['provider', 'service-card', 'maturity-gauge']);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it("renders the list's cards, inside the list's shadow root", async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-service-list api-base="${api.base()}" page-size="3"></egov-service-list>`);
    const list = page.doc.querySelector('egov-service-list')!;
    await rendered(page, list, 'items');
    const cards = [...list.shadowRoot!.querySelectorAll('egov-service-card')];
    expect(cards.length).to.equal(3);
    for (const card of cards) {
      expect(page.win.customElements.get('egov-service-card')).to.equal(card.constructor);
      await until(() => card.shadowRoot?.querySelector('[part="title"]')?.textContent, 'a card in the list shows no title');
    }
    // The list's chunk carries the card (scripts/page-chunks.mjs): a list page loads three files.
    expect(page.elementChunks()).to.deep.equal(['service-list']);
    expect(page.scripts().map((p) => p.slice(BASE.length).replace(/-[\w-]{8}\.js$/, ''))).to.have.members([
      'autoloader.js',
      'service-list',
      'shared',
    ]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('a page with a list and a card of its own shows both, each defined once', async () => {
    const api = apiSession();
    // Counted from before the first element upgrades: a fast API can answer before the frame's
    // load event, so a listener added after it could miss the list's egov-load.
    const page = await openCdnPage(
      `<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card><egov-service-list api-base="${api.base()}" page-size="2"></egov-service-list>`,
      { head: `<script>window.__loads = []; document.addEventListener('egov-load', (e) => __loads.push(e.target.localName));</script>` },
    );
    const loads = (page.win as unknown as { __loads: string[] }).__loads;
    const card = page.doc.querySelector('egov-service-card')!;
    const list = page.doc.querySelector('egov-service-list')!;
    await rendered(page, card, 'card');
    await rendered(page, list, 'items');
    const inList = [...list.shadowRoot!.querySelectorAll('egov-service-card')];
    expect(inList.length).to.equal(2);
    for (const c of [card, ...inList]) expect(c.constructor).to.equal(page.win.customElements.get('egov-service-card'));
    // The list announces its page; its cards, handed items it checked, announce nothing, though
    // the list's chunk and the card's each carry the card's check.
    expect(loads.filter((t) => t === 'egov-service-list').length, 'egov-load from the list').to.equal(1);
    expect(loads.filter((t) => t === 'egov-service-card').length, 'egov-load from the card').to.equal(1);
    await until(() => inList[1]!.shadowRoot?.querySelector('[part="title"]')?.textContent, 'a card in the list shows no title');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(TITLE);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it("defines a tag that appears later inside one of our elements' shadow roots", async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>`);
    const card = page.doc.querySelector('egov-service-card')!;
    await rendered(page, card, 'card');
    // The list's cards are defined by the list's own chunk; this shows the same watch
    // reaches a shadow root for a tag that nothing on the page has loaded yet.
    const inner = page.doc.createElement('egov-maturity-gauge');
    inner.setAttribute('api-base', api.base());
    card.shadowRoot!.append(inner);
    await rendered(page, inner, 'gauge');
    expect(page.elementChunks()).to.deep.equal(['service-card', 'maturity-gauge']);
    expect(page.win.__errors).to.deep.equal([]);
  });

  for (const order of ['all-in-one first', 'autoloader first']) {
    it(`works beside egov-widgets.js with no double definition (${order})`, async () => {
      const api = apiSession();
      const both = [`${BASE}egov-widgets.js`, `${BASE}autoloader.js`];
      const page = await openCdnPage(
        `<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>
         <egov-agency-scoreboard api-base="${api.base()}" limit="5"></egov-agency-scoreboard>`,
        { scripts: order === 'all-in-one first' ? both : both.reverse() },
      );
      const card = page.doc.querySelector('egov-service-card')!;
      const board = page.doc.querySelector('egov-agency-scoreboard')!;
      await rendered(page, card, 'card');
      await rendered(page, board, 'table');
      expect(shadowText(card)).to.contain(TITLE);
      // Every element is defined once (a second define would have thrown into __errors).
      expect(page.win.__errors).to.deep.equal([]);
      // Nothing here came server-rendered: neither file loads Lit's hydration support.
      expect(page.scripts().filter((p) => /\/hydrate-/.test(p))).to.deep.equal([]);
      // egov-widgets.js runs first when it comes first: the autoloader finds every tag defined.
      if (order === 'all-in-one first') expect(page.elementChunks()).to.deep.equal([]);
    });
  }

  it('draws the charts from the built chunks: the scoreboard bars and the gauge history, pixels on both canvases', async () => {
    const api = apiSession();
    const page = await openCdnPage(
      `<egov-agency-scoreboard api-base="${api.base()}" view="chart" limit="5" lang="en"></egov-agency-scoreboard>
       <egov-maturity-gauge api-base="${api.base()}" history lang="en"></egov-maturity-gauge>`,
    );
    const board = page.doc.querySelector('egov-agency-scoreboard')!;
    const gauge = page.doc.querySelector('egov-maturity-gauge')!;
    await until(() => shadowText(board).includes('The dashed line marks 40 percent'), 'the bar chart was not drawn', 15000);
    await until(
      () => gauge.shadowRoot?.querySelector('canvas') && !gauge.shadowRoot.querySelector('.chart [role="status"]'),
      'the history chart was not drawn',
      15000,
    );
    /** Whether the canvas has any pixel that is not transparent. */
    const painted = (el: Element) => {
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return canvas.width > 0 && data.some((v, i) => i % 4 === 3 && v > 0);
    };
    await until(() => painted(board) && painted(gauge), 'a chart canvas stayed blank');
    expect(page.scripts().filter((p) => /\/chart-parts-[\w-]+\.js$/.test(p)).length, 'chart.js, loaded once').to.equal(1);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('works from another base path: every chunk is fetched beside the autoloader', async () => {
    const api = apiSession();
    const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}" lang="en"></egov-service-card>`, {
      scripts: [`${DEEP_BASE}autoloader.js`],
    });
    const card = page.doc.querySelector('egov-service-card')!;
    await rendered(page, card, 'card');
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    const scripts = page.scripts();
    expect(scripts.length).to.be.greaterThan(3);
    expect(scripts.filter((p) => !p.startsWith(DEEP_BASE))).to.deep.equal([]);
    expect(page.elementChunks()).to.deep.equal(['service-card']);
    expect(page.win.__errors).to.deep.equal([]);
  });

  describe('pinned with Subresource Integrity (dist/cdn/integrity.json)', () => {
    /** The README's snippet: an import map with the integrity of every chunk, and the script tag's own. */
    const pinned = async (tamper?: RegExp) => {
      const integrity: Record<string, string> = await (await fetch(`${BASE}integrity.json`)).json();
      const wrong = 'sha384-' + 'A'.repeat(64);
      const map = Object.fromEntries(
        Object.keys(integrity)
          .filter((f) => f.endsWith('.js') && f !== 'autoloader.js' && f !== 'egov-widgets.js')
          .map((f) => [`${location.origin}${BASE}${f}`, tamper?.test(f) ? wrong : integrity[f]]),
      );
      return (
        `<script type="importmap">${JSON.stringify({ integrity: map })}</script>` +
        `<script type="module" src="${BASE}autoloader.js" integrity="${integrity['autoloader.js']}" crossorigin="anonymous"></script>`
      );
    };

    it('loads and renders when every file matches its integrity', async () => {
      const api = apiSession();
      const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>`, {
        scripts: [],
        head: await pinned(),
      });
      const card = page.doc.querySelector('egov-service-card')!;
      await rendered(page, card, 'card');
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(TITLE);
      expect(page.win.__errors).to.deep.equal([]);
    });

    it("refuses a chunk whose bytes do not match the import map's integrity", async () => {
      const api = apiSession();
      const page = await openCdnPage(`<egov-service-card api-base="${api.base()}" service-id="${ID}"></egov-service-card>`, {
        scripts: [],
        head: await pinned(/^service-card-/),
      });
      await until(() => page.win.__errors.some((e) => e.includes('could not load <egov-service-card>')), 'no load failure was reported');
      expect(page.win.customElements.get('egov-service-card')).to.equal(undefined);
    });

    // The lazy chunks of a path few readers take: refused, the widget says so in words and the rest keeps working.
    it('a refused CSV chunk: the scoreboard says the file could not be prepared, and its table stays', async () => {
      const api = apiSession();
      const page = await openCdnPage(`<egov-agency-scoreboard api-base="${api.base()}" limit="5"></egov-agency-scoreboard>`, {
        scripts: [],
        head: await pinned(/^csv-/),
      });
      const board = page.doc.querySelector('egov-agency-scoreboard')!;
      await rendered(page, board, 'table');
      const offered: string[] = [];
      (page.win as unknown as typeof globalThis).HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        offered.push(this.download);
      };
      board.shadowRoot!.querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
      const alert = () => board.shadowRoot!.querySelector('[role="alert"]')?.textContent!.replace(/\s+/g, ' ').trim();
      await until(() => alert() === '⚠ فایل CSV آماده نشد؛ صفحه را دوباره باز کنید.', `the alert said «${alert()}»`);
      // The row count stays where it was.
      expect(board.shadowRoot!.querySelector('.status')!.textContent!.trim()).to.equal('نمایش ۵ از ۱۰۵ دستگاه');
      expect(offered).to.deep.equal([]);
      expect(board.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(5);
      expect(board.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      // The script tag's integrity let everything else in; only the refused chunk failed.
      expect(page.elementChunks()).to.deep.equal(['agency-scoreboard']);
    });

    it('a refused bar chart chunk: the scoreboard says the chart could not be loaded, and the table is a click away', async () => {
      const api = apiSession();
      const page = await openCdnPage(`<egov-agency-scoreboard api-base="${api.base()}" view="chart" lang="en"></egov-agency-scoreboard>`, {
        scripts: [],
        head: await pinned(/^bar-chart-/),
      });
      const board = page.doc.querySelector('egov-agency-scoreboard')!;
      await until(
        () => shadowText(board).includes('The chart could not be loaded; the same data is in the table.'),
        'no chart failure was shown',
        10000,
      );
      expect(
        page.scripts().some((p) => /\/chart-parts-[\w-]+\.js$/.test(p)),
        'chart.js was requested',
      ).to.equal(false);
      board.shadowRoot!.querySelector<HTMLButtonElement>('[aria-pressed="false"]')!.click();
      await until(() => board.shadowRoot!.querySelectorAll('[part~="row"]').length > 0, 'the table view did not render');
    });
  });
});
