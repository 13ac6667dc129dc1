import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/service-list.js';
import type { EgovSearchDetail } from '../src/service-list.js';
import { apiSession, until, nextEvent, q } from './support/helpers.js';
import { list, cards, titles, count, input, loaded, type, sentQueries } from './support/service-list.js';

describe('<egov-service-list>: search, filters and pages', () => {
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

  it('keeps focus on the page asked for when the window of page numbers moves under it', async () => {
    const el = await loaded(await list(apiSession().base(), { pageSize: 10 }));
    const pageButton = (n: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="page-button"]')].find((b) => b.textContent!.trim() === n)!;
    const position = (b: Element) => [...el.shadowRoot!.querySelectorAll('nav li')].indexOf(b.closest('li')!);
    for (const n of ['۳', '۵', '۷']) {
      const asked = pageButton(n);
      const before = position(asked);
      asked.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => q(el, 'nav [aria-current="page"]')?.textContent!.trim() === n);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.textContent!.trim()).to.equal(n);
      expect(focused.getAttribute('aria-current')).to.equal('page');
      // From page 5, page 7 moves to the middle of the window: the case this is about.
      if (n === '۷') expect(position(focused)).to.be.lessThan(before);
    }
    await loaded(el);
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
});
