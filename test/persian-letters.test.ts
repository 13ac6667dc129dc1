/**
 * Persian letter forms (README "Locales and calendar"): in fa, API text written with
 * Arabic ي ى ك is shown as ی ک; in en it is shown as sent; the data, `.data` and the
 * events keep what the API sent. Real elements, the reference API's special service
 * 99900000004 (dev/api/data/special-services.mjs), which is stored with Arabic letters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EgovServiceCard } from '../src/service-card.js';
import type { EgovServiceList } from '../src/service-list.js';
import type { EgovMaturityGauge } from '../src/maturity-gauge.js';
import { persianLetters } from '../src/format/index.js';
import { apiSession, nextEvent, q, shadowText, until } from './support/helpers.js';

const ARABIC = /[\u064a\u0649\u0643]/;
/** The reference API's service stored with Arabic letters (dev/api/README.md). */
const SPECIAL_IDS = { arabicLetters: '99900000004' };
/** What the API sends for it, read over HTTP as the widgets do. */
const SENT = (await (await fetch(`/api/services/${SPECIAL_IDS.arabicLetters}`)).json()) as { title: string; description?: string };
const TITLE_FA = 'صدور کارت هوشمند کشاورزی برای بهره‌برداران نمونه';

const card = (base: string, lang: string) =>
  fixture<EgovServiceCard>(
    html`<egov-service-card api-base=${base} service-id=${SPECIAL_IDS.arabicLetters} lang=${lang}></egov-service-card>`,
  );

describe('Persian letter forms', () => {
  it('persianLetters: ي ى → ی and ك → ک, nothing else', () => {
    expect(persianLetters('كارت ملي و مصطفى')).to.equal('کارت ملی و مصطفی');
    expect(persianLetters('ة أ إ ۱۲۳ abc')).to.equal('ة أ إ ۱۲۳ abc');
    expect(SENT.title).to.match(ARABIC); // the fixture really is stored with Arabic letters
  });

  it('fa: the card shows the title and description in Persian letters; egov-load and .data keep what the API sent', async () => {
    const s = apiSession();
    const loaded = nextEvent<{ title: string; description: string }>(document, 'egov-load');
    const el = await card(s.base(), 'fa');
    const detail = (await loaded).detail;
    await until(() => q(el, '[part="title"]'));
    await el.updateComplete;
    expect(q(el, '[part="title"]')!.textContent).to.equal(TITLE_FA);
    expect(q(el, '[part="description"]')!.textContent).to.equal(persianLetters(SENT.description!));
    expect(shadowText(el)).not.to.match(ARABIC);
    expect(detail.title).to.equal(SENT.title);
    expect(detail.description).to.equal(SENT.description);
    const state = el.data.state;
    expect(state.status === 'ready' && state.data.title).to.equal(SENT.title);
    await expect(el).to.be.accessible();
  });

  it('en: the same service is shown as sent', async () => {
    const s = apiSession();
    const el = await card(s.base(), 'en');
    await until(() => q(el, '[part="title"]'));
    expect(q(el, '[part="title"]')!.textContent).to.equal(SENT.title);
    await expect(el).to.be.accessible();
  });

  it('switching the locale switches the letters, both ways', async () => {
    const s = apiSession();
    const el = await card(s.base(), 'fa');
    await until(() => q(el, '[part="title"]')?.textContent === TITLE_FA);
    el.lang = 'en';
    await until(() => q(el, '[part="title"]')?.textContent === SENT.title, 'en shows as sent');
    el.lang = 'fa';
    await until(() => q(el, '[part="title"]')?.textContent === TITLE_FA, 'fa again');
  });

  it("fa: the list's cards show Persian letters; the list's egov-load keeps the API's letters and the cards announce nothing", async () => {
    const s = apiSession();
    const loads: CustomEvent[] = [];
    const onLoad = (e: Event) => loads.push(e as CustomEvent);
    document.addEventListener('egov-load', onLoad);
    try {
      const el = await fixture<EgovServiceList>(
        html`<egov-service-list api-base=${s.base()} q="كارت هوشمند كشاورزي براي بهره‌برداران" lang="fa"></egov-service-list>`,
      );
      const titles = () =>
        [...el.shadowRoot!.querySelectorAll('egov-service-card')].map(
          (c) => c.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '',
        );
      await until(() => titles().length && titles().every(Boolean), 'no cards');
      expect(titles()).to.include(TITLE_FA);
      expect(titles().join(' ')).not.to.match(ARABIC);
      expect(loads.length).to.equal(1);
      const items = (loads[0]!.detail as { items: { id: string; title: string }[] }).items;
      expect(items.find((i) => i.id === SPECIAL_IDS.arabicLetters)!.title).to.equal(SENT.title);
    } finally {
      document.removeEventListener('egov-load', onLoad);
    }
  });

  it("property data too (the gauge's agency name); links keep the address they were given", async () => {
    const evaluation = { round: 5, score: 50, agency: { id: 'x', name: 'وزارت جهاد كشاورزي' }, axes: [] };
    const g = await fixture<EgovMaturityGauge>(html`<egov-maturity-gauge lang="fa" .evaluation=${evaluation}></egov-maturity-gauge>`);
    await g.updateComplete;
    expect(q(g, '[part="title"]')!.textContent!.trim()).to.equal('وزارت جهاد کشاورزی');
    expect(evaluation.agency.name).to.equal('وزارت جهاد كشاورزي');

    const website = 'https://example.org/كتاب';
    const service = { id: '99900000099', title: 'كتاب', agency: { id: 'x', name: 'ناشر', website } };
    const c = await fixture<EgovServiceCard>(html`<egov-service-card lang="fa" .service=${service}></egov-service-card>`);
    await c.updateComplete;
    expect(q(c, '[part="title"]')!.textContent).to.equal('کتاب');
    expect(q<HTMLAnchorElement>(c, '[part="agency"] a')!.href).to.equal(new URL(website).href);
  });
});
