import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-list.js';
import type { EgovServiceList, EgovSearchDetail } from '../src/service-list.js';
import { pageWindow } from '../src/service-list/pagination.js';
import { apiSession, shadowText, nextEvent, q } from './support/helpers.js';
import { list, cards, titles, count, input, loaded, sentQueries } from './support/service-list.js';

describe('<egov-service-list>', () => {
  it('lists the whole directory: the count in Persian digits (said by the live region after a search: test/announcements.test.ts), compact cards, pagination', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, '.announcer')!.getAttribute('role')).to.equal('status');
    expect(count(el)).to.match(/^[۰-۹]٬[۰-۹]{3} خدمت$/);
    const total = (await (await fetch('/api/services?pageSize=1')).json()).total as number;
    expect(total).to.be.at.least(5800);
    expect(count(el)).to.equal(`${total.toLocaleString('fa-IR')} خدمت`);
    const cs = cards(el);
    expect(cs.length).to.equal(20);
    expect(cs.every((c) => c.variant === 'compact')).to.equal(true);
    expect(q(cs[0]!, '[part="facts"]')).to.equal(null);
    const nav = q(el, 'nav[part="pagination"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('صفحه‌های نتایج');
    const current = nav.querySelector('[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('۱');
    expect(current.getAttribute('aria-label')).to.equal('صفحهٔ ۱');
    const last = Math.ceil(total / 20);
    const labels = [...nav.querySelectorAll('[part="page-button"]')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['۱', '۲', '۳', last.toLocaleString('fa-IR')]);
    const sent = await sentQueries(s);
    expect(sent.length).to.equal(1);
    expect(sent[0]!.get('page')).to.equal('1');
    expect(sent[0]!.get('pageSize')).to.equal('20');
    expect(sent[0]!.has('q')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('in English: Latin digits, left to right, and passes axe', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { lang: 'en' }));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(count(el)).to.match(/^\d,\d{3} services$/);
    expect(q(el, 'label[for="q"]')!.textContent).to.equal('Search services');
    expect(q(el, 'nav [aria-current="page"]')!.getAttribute('aria-label')).to.equal('Page 1');
    expect(q(cards(el)[0]!, '.root')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('a labelled search box inside a search landmark', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    expect(q(el, 'form')!.getAttribute('role')).to.equal('search');
    expect(q(el, 'label[for="q"]')!.textContent).to.equal('جست‌وجو در خدمات');
    expect(input(el).id).to.equal('q');
    expect(q(el, 'label[for="e"]')!.textContent).to.equal('نحوهٔ ارائه');
    expect(q(el, 'label[for="t"]')!.textContent).to.equal('مخاطب');
  });

  it('agency limits the directory to one agency', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { agency: 'ins-central' }));
    expect(cards(el).every((c) => q(c, '[part="agency"]')!.textContent!.includes('بیمه مرکزی'))).to.equal(true);
    expect((await sentQueries(s))[0]!.get('agency')).to.equal('ins-central');
  });

  it('page-size sets how many cards a page holds', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { pageSize: 5 }));
    expect(cards(el).length).to.equal(5);
    expect((await sentQueries(s))[0]!.get('pageSize')).to.equal('5');
  });

  it('shows the skeleton in the results region with aria-busy, the search box stays usable', async () => {
    const s = apiSession();
    const el = await list(s.base('delay-400'));
    expect(q(el, '[part="results"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')).to.exist;
    expect(input(el)).to.exist;
    await loaded(el);
    expect(q(el, '[part="results"]')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('while loading, the results region reserves room for its page size (set through the CSSOM)', async () => {
    const s = apiSession();
    const height = async (pageSize: number) => {
      const el = await list(s.base('delay-400'), { pageSize });
      expect(q(el, '[part="loading"]')).to.exist;
      const h = q(el, '[part="results"]')!.getBoundingClientRect().height;
      el.remove();
      return h;
    };
    const [five, twenty] = [await height(5), await height(20)];
    expect(twenty, `20 rows (${twenty}px) reserve more than 5 (${five}px)`).to.be.greaterThan(five * 2);
  });

  it('card events stay inside: the page sees one egov-load per page, from the list', async () => {
    const s = apiSession();
    const seen: EventTarget[] = [];
    const onLoad = (e: Event) => seen.push(e.composedPath()[0]!);
    document.addEventListener('egov-load', onLoad);
    try {
      const el = await loaded(await list(s.base()));
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).to.deep.equal([el]);
    } finally {
      document.removeEventListener('egov-load', onLoad);
    }
  });

  it('takes a page as a property: no request, and egov-search asks the page for the next one', async () => {
    const s = apiSession();
    const items = Array.from({ length: 3 }, (_, i) => ({ id: `1000000000${i}`, title: `خدمت ${i}`, agency: { id: 'a', name: 'سازمان' } }));
    const el = await fixture<EgovServiceList>(
      html`<egov-service-list api-base=${s.base()} page-size="3" .services=${{ items, total: 9, page: 1, pageSize: 3 }}></egov-service-list>`,
    );
    await loaded(el);
    expect(titles(el)).to.deep.equal(['خدمت 0', 'خدمت 1', 'خدمت 2']);
    expect(count(el)).to.equal('۹ خدمت');
    const searched = nextEvent<EgovSearchDetail>(el, 'egov-search');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="page-button"]')][2]!.click();
    expect((await searched).detail.page).to.equal(3);
    expect((await s.stats()).total).to.equal(0);
  });

  it('a page of the wrong shape is the invalid state, naming the item', async () => {
    const el = await fixture<EgovServiceList>(
      html`<egov-service-list .services=${{ items: [{ id: '1', title: 't', agency: { id: 'a', name: 'n' }, fee: 'x' }], total: 1 }}></egov-service-list>`,
    );
    await el.updateComplete;
    expect(q(el, '[part="error"]')!.dataset.kind).to.equal('invalid');
    expect(shadowText(el)).to.contain('items[0].fee');
    expect(q(el, '[part="retry-button"]')).to.equal(null);
  });

  it('pageWindow: first, last, two either side, gaps', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(1, 290)).to.deep.equal([1, 2, 3, 0, 290]);
    expect(pageWindow(50, 290)).to.deep.equal([1, 0, 48, 49, 50, 51, 52, 0, 290]);
    expect(pageWindow(290, 290)).to.deep.equal([1, 0, 288, 289, 290]);
    expect(pageWindow(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });
});
