import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/service-list.js';
import type { EgovServiceList, EgovSearchDetail } from '../src/service-list.js';
import { pageWindow } from '../src/service-list/pagination.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { configure } from '../src/core/config.js';

const list = (base: string, attrs: { lang?: string; q?: string; agency?: string; pageSize?: number } = {}) =>
  fixture<EgovServiceList>(
    html`<egov-service-list
      api-base=${base}
      lang=${attrs.lang ?? 'fa'}
      q=${attrs.q ?? ''}
      agency=${attrs.agency ?? ''}
      page-size=${attrs.pageSize ?? 20}
    ></egov-service-list>`,
  );

const cards = (el: EgovServiceList) => [...el.shadowRoot!.querySelectorAll<EgovServiceCard>('egov-service-card')];
const titles = (el: EgovServiceList) => cards(el).map((c) => q(c, '[part="title"]')?.textContent ?? '');
const count = (el: EgovServiceList) => q(el, '[part="count"]')!.textContent!.trim();
const input = (el: EgovServiceList) => q<HTMLInputElement>(el, '[part="search-input"]')!;

const loaded = async (el: EgovServiceList) => {
  await until(() => count(el) !== '' || q(el, '[part="error"]') || q(el, '[part="not-found"]'));
  await until(() => cards(el).every((c) => q(c, '[part="title"]')));
  return el;
};

/** Types like a person: one input event per character, `gapMs` apart. */
async function type(el: EgovServiceList, text: string, gapMs = 30): Promise<void> {
  const box = input(el);
  for (const ch of text) {
    box.value += ch;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, gapMs));
  }
}

/** The `q` of every /services request the session saw, in order. */
const sentQueries = async (s: ReturnType<typeof apiSession>) =>
  Object.keys((await s.stats()).byPath)
    .filter((k) => k.startsWith('/services?'))
    .map((k) => new URLSearchParams(k.slice('/services?'.length)));

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

  it('folds a query typed with Arabic ي/ك before sending it, and finds the service stored with ی/ک', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    await type(el, 'گواهينامه بين‌المللي رانندگي');
    await until(() => titles(el).includes('درخواست گواهی‌نامه بین‌المللی رانندگی'));
    expect(count(el)).to.equal('یک خدمت');
    const sent = await sentQueries(s);
    expect(sent.map((p) => p.get('q'))).to.deep.equal([null, 'گواهینامه بینالمللی رانندگی']);
  });

  it('and the other way round: a Persian query finds a service stored with Arabic ي/ك', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    await type(el, 'کارت کشاورزی برای بهره‌برداران', 5);
    await until(() => titles(el).includes('صدور کارت هوشمند کشاورزی برای بهره‌برداران نمونه'));
  });

  it('a Persian ی/ک query finds a service stored with Arabic letters; ZWNJ and digit forms fold too', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { q: 'گواهینامه بین‌المللی' }));
    expect(titles(el)).to.include('درخواست گواهی‌نامه بین‌المللی رانندگی');
    expect(input(el).value).to.equal('گواهینامه بین‌المللی');
    const sent = await sentQueries(s);
    expect(sent[0]!.get('q')).to.equal('گواهینامه بینالمللی');
  });

  it('finds the same services however hamza and madda are typed (تأیید, تایید, تائید; آزمون, ازمون, أزمون, إزمون)', async () => {
    for (const variants of [
      ['تأیید', 'تایید', 'تائید'],
      ['آزمون', 'ازمون', 'أزمون', 'إزمون'],
      ['مؤسسه', 'موسسه'],
    ]) {
      const seen: string[] = [];
      for (const word of variants) {
        const s = apiSession();
        const el = await loaded(await list(s.base(), { q: word }));
        seen.push(`${count(el)} | ${titles(el).join(',')}`);
        expect(titles(el).length, word).to.be.greaterThan(0);
      }
      expect(new Set(seen).size, variants.join(' ')).to.equal(1);
    }
  });

  it('debounces typing: one request for a burst of keystrokes, and says so with egov-search', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    const searches: EgovSearchDetail[] = [];
    el.addEventListener('egov-search', (e) => searches.push(e.detail));
    await type(el, 'گواهی', 40);
    await until(() => searches.length === 1);
    await loaded(el);
    await new Promise((r) => setTimeout(r, 400));
    expect((await sentQueries(s)).map((p) => p.get('q'))).to.deep.equal([null, 'گواهی']);
    expect(searches).to.deep.equal([{ q: 'گواهی', electronic: '', type: '', page: 1 }]);
    expect(el.q).to.equal('');
  });

  it('Enter sends at once, without waiting for the pause', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    input(el).focus();
    await sendKeys({ type: 'بیمه' });
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 120));
    expect((await sentQueries(s)).map((p) => p.get('q'))).to.deep.equal([null, 'بیمه']);
  });

  it('a stale search answer never shows: the older, slower answer is dropped', async () => {
    const s = apiSession();
    // The session's first request (the initial, unfiltered list) is held 1.5 s.
    const el = await list(s.base('slow-first'));
    const loads: number[] = [];
    el.addEventListener('egov-load', (e) => loads.push((e as CustomEvent<{ total: number }>).detail.total));
    await type(el, 'كارت كشاورزي براي بهره‌برداران', 5);
    await until(() => titles(el).length > 0);
    const shown = titles(el);
    const shownCount = count(el);
    expect(shown).to.include('صدور کارت هوشمند کشاورزی برای بهره‌برداران نمونه');
    await new Promise((r) => setTimeout(r, 1800));
    expect(titles(el)).to.deep.equal(shown);
    expect(count(el)).to.equal(shownCount);
    expect(loads.length).to.equal(1);
    expect(loads[0]).to.be.below(100);
  });

  it('filters by electronic level and type, sent as electronic= and type=', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base()));
    const electronic = q<HTMLSelectElement>(el, '#e')!;
    electronic.value = 'none';
    electronic.dispatchEvent(new Event('change'));
    await until(() => cards(el).length && cards(el).every((c) => q(c, '[part="electronic-badge"]')?.dataset.electronic === 'none'));
    const kind = q<HTMLSelectElement>(el, '#t')!;
    kind.value = 'G2B';
    kind.dispatchEvent(new Event('change'));
    await until(() => (q(el, '[part="count"]')!.textContent ?? '') !== '' && !q(el, '[aria-busy]'));
    const last = (await sentQueries(s)).at(-1)!;
    expect(last.get('electronic')).to.equal('none');
    expect(last.get('type')).to.equal('G2B');
    expect(last.get('page')).to.equal('1');
    const direct = (await (await fetch('/api/services?electronic=none&type=G2B&pageSize=1')).json()).total as number;
    expect(count(el)).to.equal(`${direct.toLocaleString('fa-IR')} خدمت`);
  });

  it('pages with the keyboard: the current page has aria-current, focus stays on the button', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { pageSize: 10 }));
    const first = titles(el)[0];
    const two = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="page-button"]')].find((b) => b.textContent!.trim() === '۲')!;
    two.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => q(el, 'nav [aria-current="page"]')!.textContent!.trim() === '۲');
    await loaded(el);
    expect(titles(el)[0]).to.not.equal(first);
    expect(el.shadowRoot!.activeElement).to.equal(two);
    expect((await sentQueries(s)).at(-1)!.get('page')).to.equal('2');
    // «بعدی» then moves on to page 3.
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')].at(-1)!;
    expect(next.textContent!.trim()).to.equal('بعدی');
    next.focus();
    await sendKeys({ press: 'Space' });
    await until(() => q(el, 'nav [aria-current="page"]')!.textContent!.trim() === '۳');
    expect(el.shadowRoot!.activeElement).to.equal(next);
    // «قبلی» on page 1 is marked disabled but stays focusable.
    const prev = el.shadowRoot!.querySelector<HTMLButtonElement>('nav button')!;
    expect(prev.textContent!.trim()).to.equal('قبلی');
    expect(prev.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('an empty result says so and offers to clear the search', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { q: 'zzzzنیست۹۹۹' }));
    expect(count(el)).to.equal('خدمتی یافت نشد');
    const empty = q(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('خدمتی با این جست‌وجو پیدا نشد.');
    expect(q(el, 'nav')).to.equal(null);
    await expect(el).to.be.accessible();
    const searched = nextEvent<EgovSearchDetail>(el, 'egov-search');
    q<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
    expect((await searched).detail.q).to.equal('');
    await loaded(el);
    expect(cards(el).length).to.equal(20);
    expect(input(el).value).to.equal('');
    await until(() => el.shadowRoot!.activeElement === input(el));
  });

  it('«پاک کردن جست‌وجو» also resets the filters', async () => {
    const s = apiSession();
    const el = await loaded(await list(s.base(), { q: 'zzzzنیست۹۹۹' }));
    const electronic = q<HTMLSelectElement>(el, '#e')!;
    electronic.value = 'full';
    electronic.dispatchEvent(new Event('change'));
    await until(async () => (await sentQueries(s)).length === 2);
    await until(() => q(el, '[part="clear-button"]'));
    q<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
    await until(() => cards(el).length === 20);
    expect(electronic.value).to.equal('');
    expect(q<HTMLSelectElement>(el, '#t')!.value).to.equal('');
    expect(input(el).value).to.equal('');
    const last = (await sentQueries(s)).at(-1)!;
    expect(last.has('q') || last.has('electronic')).to.equal(false);
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

  const faults: [fault: string, words: string][] = [
    ['500', 'سرور با خطا پاسخ داد'],
    ['503', 'سرور با خطا پاسخ داد'],
    ['timeout', 'پاسخ سرور دیر شد'],
    ['malformed', 'پاسخ سرور خوانا نبود'],
    ['html', 'پاسخ سرور خوانا نبود'],
    ['invalid', 'داده‌ها نادرست است'],
    ['network', 'اتصال برقرار نشد'],
    ['404', 'موردی با این مشخصات یافت نشد'],
  ];
  for (const [fault, words] of faults) {
    it(`fault ${fault} → «${words}», the search box stays, and a retry shows the list`, async () => {
      const s = apiSession();
      const good = s.base();
      let healthy = false;
      configure({
        timeoutMs: 400,
        fetch: (input, init) => fetch(healthy ? input : String(input).replace(good, s.base(fault)), init),
      });
      const el = await list(good);
      await until(() => q(el, '[part="error"]') || q(el, '[part="not-found"]'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      expect(count(el)).to.equal('');
      expect(input(el)).to.exist;
      healthy = true;
      const retry = q<HTMLButtonElement>(el, '[part="retry-button"]');
      if (fault === '404') {
        // Not found has no retry; a new search asks again.
        expect(retry).to.equal(null);
        await type(el, 'بیمه', 5);
      } else {
        retry!.click();
      }
      await until(() => cards(el).length > 0);
      await loaded(el);
      expect(q(el, '[part="error"]')).to.equal(null);
    });
  }

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
