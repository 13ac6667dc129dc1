// Resource timing keeps 250 entries unless told otherwise: keep them all, so "chart.js was
// not requested" is not true merely because the buffer was full.
performance.setResourceTimingBufferSize(100_000);

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/agency-scoreboard.js';
import type { EgovAgencyScoreboard } from '../src/agency-scoreboard.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { reducedMotion, prefersReducedMotion } from './support/engine.js';
import { shortLabel } from '../src/agency-scoreboard/bar-chart.js';
import { configure } from '../src/core/config.js';
import { filterRows, nextSort, parseSort, rankItems, sortRows, type RankedRow } from '../src/agency-scoreboard/ranking.js';
import { csvCell, toCsv } from '../src/agency-scoreboard/csv.js';

interface Item {
  agency: { id: string; name: string };
  score: number;
  axes?: Record<string, number>;
  previousScore?: number;
}
interface Body {
  round: number;
  axes: { key: string; label?: string }[];
  items: Item[];
}

const item = (id: string, name: string, score: number, extra: Partial<Item> = {}): Item => ({ agency: { id, name }, score, ...extra });

/** Persian alphabetical order: آ ا ب پ ت … ج چ … ز ژ … ک گ … ی. */
const PERSIAN_ORDER = ['آب', 'اراک', 'بانک', 'پست', 'تهران', 'جهاد', 'چاپ', 'زمین', 'ژاله', 'سبز', 'کشور', 'گمرک', 'یزد'];

const scoreboard = (
  attrs: { base?: string; lang?: string; round?: string; limit?: number; threshold?: number; view?: 'table' | 'chart'; sort?: string } = {},
) =>
  fixture<EgovAgencyScoreboard>(html`<egov-agency-scoreboard
    api-base=${attrs.base ?? '/api'}
    lang=${attrs.lang ?? 'fa'}
    round=${attrs.round ?? 'latest'}
    limit=${attrs.limit ?? 0}
    threshold=${attrs.threshold ?? 40}
    view=${attrs.view ?? 'table'}
    sort=${attrs.sort ?? 'rank'}
  ></egov-agency-scoreboard>`);

const withData = (data: unknown, lang = 'fa', extra: { limit?: number; threshold?: number; sort?: string } = {}) =>
  fixture<EgovAgencyScoreboard>(html`<egov-agency-scoreboard
    lang=${lang}
    api-base="/api/_fault/500"
    limit=${extra.limit ?? 0}
    threshold=${extra.threshold ?? 40}
    sort=${extra.sort ?? 'rank'}
    .scores=${data}
  ></egov-agency-scoreboard>`);

const settled = async (el: EgovAgencyScoreboard) => {
  await until(() => q(el, 'tbody tr') || q(el, '[part="error"]') || q(el, '[part="not-found"]') || q(el, '[part="empty"]'));
  await el.updateComplete;
  return el;
};

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const names = (el: Element) => rows(el).map((r) => r.querySelector('th')!.textContent!.trim());
const ranks = (el: Element) => rows(el).map((r) => r.querySelector('.rank')!.textContent!.trim());
const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')] as HTMLElement[];
const header = (el: Element, label: string) => headers(el).find((th) => th.textContent!.replace(/\s+/g, ' ').includes(label))!;
const sortedHeaders = (el: Element) => headers(el).filter((th) => th.hasAttribute('aria-sort'));
const click = async (el: EgovAgencyScoreboard, selector: string | Element) => {
  (typeof selector === 'string' ? q(el, selector)! : selector).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text))!;

const round5 = async (): Promise<Body> => (await fetch('/api/evaluations/5/agencies')).json();

/** An independent reference for the expected order (not the module under test). */
function expectedOrder(items: Item[], value: (i: Item) => number | string | undefined, dir: 1 | -1, locale = 'fa'): string[] {
  const collator = new Intl.Collator(locale);
  const rank = (i: Item) => 1 + items.filter((o) => o.score > i.score).length;
  return [...items]
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va !== vb) {
        if (va === undefined) return 1;
        if (vb === undefined) return -1;
        const c = typeof va === 'number' ? va - (vb as number) : collator.compare(va, vb as string);
        if (c) return dir * c;
      }
      return rank(a) - rank(b) || collator.compare(a.agency.name, b.agency.name);
    })
    .map((i) => i.agency.name);
}

const chartRequested = () => performance.getEntriesByType('resource').some((e) => /chart\.js|chart-parts/.test(e.name));

describe('agency-scoreboard ranking (pure functions)', () => {
  it('ranks with standard competition ranking: ties share a rank, the next skips (1, 2, 2, 4)', () => {
    const ranked = rankItems([
      item('d', 'د', 70),
      item('a', 'الف', 91),
      item('b', 'ب', 88.5),
      item('c', 'پ', 88.5),
      item('e', 'ه', 70),
      item('f', 'و', 12),
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).to.deep.equal([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', 4],
      ['f', 6],
    ]);
    expect(rankItems([item('x', 'x', 50), item('y', 'y', 50)]).map((r) => r.rank)).to.deep.equal([1, 1]);
  });

  it('sorts names in Persian alphabetical order in fa (گ چ پ ژ in place), not by code point', () => {
    const shuffled = [...PERSIAN_ORDER].reverse().map((n, i) => item(`id${i}`, n, 50 + i));
    const byName = sortRows(rankItems(shuffled), { key: 'agency', direction: 'ascending' }, 'fa').map((r) => r.name);
    expect(byName).to.deep.equal(PERSIAN_ORDER);
    // The check can fail: plain code-point order puts پ چ ژ ک گ after every Arabic letter.
    expect([...PERSIAN_ORDER].sort()).to.not.deep.equal(PERSIAN_ORDER);
    const back = sortRows(rankItems(shuffled), { key: 'agency', direction: 'descending' }, 'fa').map((r) => r.name);
    expect(back).to.deep.equal([...PERSIAN_ORDER].reverse());
  });

  it('sorts numbers numerically (9.5 < 10 < 100), not as text', () => {
    const rs = rankItems([item('a', 'a', 100), item('b', 'b', 9.5), item('c', 'c', 10)]);
    expect(sortRows(rs, { key: 'score', direction: 'ascending' }, 'en').map((r) => r.score)).to.deep.equal([9.5, 10, 100]);
    expect(sortRows(rs, { key: 'score', direction: 'descending' }, 'en').map((r) => r.score)).to.deep.equal([100, 10, 9.5]);
  });

  it('breaks ties by rank then name in both directions, and puts missing values last', () => {
    const rs = rankItems([
      item('z', 'گمرک', 60, { axes: { portal: 80 }, previousScore: 50 }),
      item('y', 'بانک', 70, { axes: { portal: 80 }, previousScore: 70 }),
      item('x', 'پست', 70, { axes: { portal: 80 } }),
      item('w', 'آب', 40, { axes: {}, previousScore: 45 }),
    ]);
    const asc = sortRows(rs, { key: 'portal', direction: 'ascending' }, 'fa').map((r) => r.name);
    const desc = sortRows(rs, { key: 'portal', direction: 'descending' }, 'fa').map((r) => r.name);
    // All three at 80 tie → rank (بانک and پست share rank 1, so by name), then گمرک; آب has no portal score.
    expect(asc).to.deep.equal(['بانک', 'پست', 'گمرک', 'آب']);
    expect(desc).to.deep.equal(['بانک', 'پست', 'گمرک', 'آب']);
    const change = sortRows(rs, { key: 'change', direction: 'ascending' }, 'fa').map((r) => [r.name, r.change]);
    expect(change).to.deep.equal([
      ['آب', -5],
      ['بانک', 0],
      ['گمرک', 10],
      ['پست', undefined],
    ]);
    expect(sortRows(rs, { key: 'change', direction: 'descending' }, 'fa').at(-1)!.name).to.equal('پست');
  });

  it('reads the sort attribute and flips on a second click', () => {
    expect(parseSort('-score', [])).to.deep.equal({ key: 'score', direction: 'descending' });
    expect(parseSort('portal', ['portal'])).to.deep.equal({ key: 'portal', direction: 'ascending' });
    expect(parseSort('nonsense', ['portal'])).to.deep.equal({ key: 'rank', direction: 'ascending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'score')).to.deep.equal({ key: 'score', direction: 'descending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'agency')).to.deep.equal({ key: 'agency', direction: 'ascending' });
    expect(nextSort({ key: 'score', direction: 'descending' }, 'score')).to.deep.equal({ key: 'score', direction: 'ascending' });
  });

  it('filters names however they were typed: Arabic ي/ك, digits, ZWNJ or a space', () => {
    const rs: readonly RankedRow[] = rankItems([
      item('a', 'بیمه مرکزی جمهوری اسلامی ایران', 90),
      item('b', 'سازمان سرمایه‌گذاری', 80),
      item('c', 'استانداری منطقه ۲', 70),
      item('d', 'بانک ملی', 60),
    ]);
    expect(filterRows(rs, 'بيمه مركزي').map((r) => r.id)).to.deep.equal(['a']);
    expect(filterRows(rs, 'سرمایه گذاری').map((r) => r.id)).to.deep.equal(['b']);
    expect(filterRows(rs, 'سرمایهگذاری').map((r) => r.id)).to.deep.equal(['b']);
    expect(filterRows(rs, 'منطقه 2').map((r) => r.id)).to.deep.equal(['c']);
    expect(filterRows(rs, '  ').length).to.equal(4);
    expect(filterRows(rs, 'نیست').length).to.equal(0);
  });

  it('filters names however hamza and madda are typed: «تامین» finds «تأمین», «موسسه» finds «مؤسسه»', () => {
    const rs: readonly RankedRow[] = rankItems([
      item('a', 'سازمان تأمین اجتماعی', 90),
      item('b', 'مؤسسه استاندارد', 80),
      item('c', 'سازمان امور مالیاتی', 70),
    ]);
    for (const q of ['تأمین', 'تامین', 'تا\u0654مین'])
      expect(
        filterRows(rs, q).map((r) => r.id),
        q,
      ).to.deep.equal(['a']);
    for (const q of ['مؤسسه', 'موسسه'])
      expect(
        filterRows(rs, q).map((r) => r.id),
        q,
      ).to.deep.equal(['b']);
    for (const q of ['امور', 'أمور', 'آمور', 'إمور'])
      expect(
        filterRows(rs, q).map((r) => r.id),
        q,
      ).to.deep.equal(['c']);
  });

  it('writes CSV with a BOM, ASCII numbers, quoted text and neutralised formulas', () => {
    expect(csvCell(93.15)).to.equal('93.15');
    expect(csvCell(-1.5)).to.equal('-1.5'); // a real negative number stays a number
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell('سازمان "نمونه"')).to.equal('"سازمان ""نمونه"""');
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx']) {
      expect(csvCell(bad).startsWith(`"'`), bad).to.equal(true);
    }
    const text = toCsv([
      ['رتبه', 'دستگاه'],
      [1, 'الف'],
      [2, 'ب'],
    ]);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.slice(1)).to.equal('"رتبه","دستگاه"\r\n1,"الف"\r\n2,"ب"\r\n');
  });
});

describe('<egov-agency-scoreboard>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows the latest round as a table in Persian, right to left, with Persian digits', async () => {
    const s = apiSession();
    const el = await scoreboard({ base: s.base() });
    const load = nextEvent<Body>(el, 'egov-load');
    await settled(el);
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, 'caption')!.textContent!.trim()).to.equal('رتبه‌بندی دستگاه‌های اجرایی در دور ۵ ارزیابی (۱۰۵ دستگاه)');
    expect(rows(el).length).to.equal(105);
    const first = rows(el)[0]!;
    expect(first.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(first.querySelector('th')!.textContent!.trim()).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
    expect(first.querySelector('.rank')!.textContent!.trim()).to.equal('۱');
    expect(first.textContent).to.contain('۹۳٫۱۵٪');
    expect(names(el)[1]).to.equal('سازمان سرمایه‌گذاری و کمک‌های اقتصادی و فنی ایران');
    // Columns: rank, agency, overall, five axes with their gauge labels, change.
    expect(headers(el).map((th) => th.textContent!.replace(/[▲▼⇅]/g, '').trim())).to.deep.equal([
      'رتبه',
      'دستگاه',
      'امتیاز کل',
      'پرتال خدمات',
      'حضور وب',
      'تعاملی',
      'تراکنشی',
      'یکپارچگی',
      'تغییر از دور قبل',
    ]);
    const detail = (await load).detail;
    expect(detail.items.length).to.equal(105);
    expect(await s.stats()).to.deep.include({ total: 1 });
    expect((await s.stats()).byPath).to.have.property('/evaluations/latest/agencies');
  });

  it('shows English, left to right, with Latin digits', async () => {
    const el = await settled(await scoreboard({ lang: 'en', round: '5' }));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(q(el, 'caption')!.textContent!.trim()).to.equal('Agencies ranked in evaluation round 5 (105 agencies)');
    expect(rows(el)[0]!.textContent).to.contain('93.15%');
    expect(shadowText(el)).to.contain('20 agencies under 40 percent');
    expect(header(el, 'Web presence')).to.exist;
    expect(shadowText(el)).to.not.match(/[۰-۹]/);
  });

  it('follows a change of language: words, digits, direction and name order', async () => {
    const data = { round: 5, items: [item('a', 'Zagros Bank', 50), item('b', 'بانک', 60), item('c', 'Alborz Insurance', 70)] };
    const el = await settled(await withData(data, 'fa', { sort: 'agency' }));
    // Persian collation puts Persian script first; English puts Latin first.
    expect(names(el)).to.deep.equal(['بانک', 'Alborz Insurance', 'Zagros Bank']);
    expect(rows(el)[1]!.textContent).to.contain('۷۰٪');
    el.setAttribute('lang', 'en');
    await until(() => shadowText(el).includes('Rank'));
    await el.updateComplete;
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(names(el)).to.deep.equal(['Alborz Insurance', 'Zagros Bank', 'بانک']);
    expect(rows(el)[0]!.textContent).to.contain('70%');
  });

  it('gives tied agencies the same rank and skips the next (4, 4, 6)', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const n = names(el);
    const r = ranks(el);
    expect(r.slice(0, 7)).to.deep.equal(['۱', '۲', '۳', '۴', '۴', '۶', '۷']);
    // The tie is broken by name (Persian order): تأمین before ثبت.
    expect(n.slice(3, 5)).to.deep.equal(['سازمان تأمین اجتماعی', 'سازمان ثبت اسناد و املاک کشور']);
    // The two other ties in the round.
    expect(r.filter((x) => x === '۵۷').length).to.equal(2);
    expect(r.filter((x) => x === '۸۲').length).to.equal(2);
    expect(r).to.not.include('۵۸');
  });

  it('sorts by every column both ways, with aria-sort on the sorted header only', async () => {
    const data = await round5();
    const el = await settled(await scoreboard({ round: '5' }));
    const th0 = sortedHeaders(el);
    expect(th0.length).to.equal(1);
    expect(th0[0]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(th0[0]!.textContent).to.contain('رتبه');

    const columns: [label: string, value: (i: Item) => number | string | undefined, first: 1 | -1][] = [
      ['دستگاه', (i) => i.agency.name, 1],
      ['امتیاز کل', (i) => i.score, -1],
      ...data.axes.map((a): [string, (i: Item) => number | undefined, -1] => [
        { portal: 'پرتال خدمات', 'web-presence': 'حضور وب', interactive: 'تعاملی', transactional: 'تراکنشی', integration: 'یکپارچگی' }[
          a.key
        ]!,
        (i) => i.axes?.[a.key],
        -1,
      ]),
      ['تغییر از دور قبل', (i) => (i.previousScore === undefined ? undefined : Math.round((i.score - i.previousScore) * 100) / 100), -1],
      ['رتبه', (i) => 1 + data.items.filter((o) => o.score > i.score).length, 1],
    ];
    for (const [label, value, first] of columns) {
      for (const dir of [first, -first as 1 | -1]) {
        const th = header(el, label);
        await click(el, th.querySelector('button')!);
        const sorted = sortedHeaders(el);
        expect(sorted.length, label).to.equal(1);
        expect(sorted[0], label).to.equal(header(el, label));
        expect(sorted[0]!.getAttribute('aria-sort'), label).to.equal(dir === 1 ? 'ascending' : 'descending');
        expect(names(el), `${label} ${dir}`).to.deep.equal(expectedOrder(data.items, value, dir));
      }
    }
    // The header button is a real button inside the th, named by the column.
    const btn = header(el, 'امتیاز کل').querySelector('button')!;
    expect(btn.getAttribute('type')).to.equal('button');
  });

  it('orders Persian names in Persian alphabetical order (گ چ پ ژ in place)', async () => {
    const data = { round: 7, items: [...PERSIAN_ORDER].reverse().map((n, i) => item(`a${i}`, n, 30 + i * 3)) };
    const el = await settled(await withData(data, 'fa', { sort: 'agency' }));
    expect(names(el)).to.deep.equal(PERSIAN_ORDER);
    expect(header(el, 'دستگاه').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('moves the existing row elements when re-sorting (keyed rows)', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const before = rows(el)[0]!;
    await click(el, header(el, 'دستگاه').querySelector('button')!);
    expect(rows(el)).to.include(before);
    expect(rows(el).indexOf(before)).to.be.greaterThan(0);
    expect(before.querySelector('th')!.textContent!.trim()).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
  });

  it('marks agencies under the threshold in words and with an icon, and counts them', async () => {
    const data = await round5();
    const el = await settled(await scoreboard({ round: '5' }));
    const summary = q(el, '[part="summary"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ ۲۰ دستگاه زیر ۴۰ درصد');
    const flagged = rows(el).filter((r) => r.querySelector('[part="below-threshold"]'));
    expect(flagged.length).to.equal(20);
    const mark = flagged[0]!.querySelector('[part="below-threshold"]')!;
    expect(mark.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ زیر آستانه');
    expect(mark.querySelector('[aria-hidden="true"]')!.textContent).to.equal('⚠');
    // Exactly the rows under 40.
    const under = new Set(data.items.filter((i) => i.score < 40).map((i) => i.agency.name));
    expect(new Set(flagged.map((r) => r.querySelector('th')!.textContent!.trim()))).to.deep.equal(under);

    el.threshold = 50;
    await el.updateComplete;
    const n50 = data.items.filter((i) => i.score < 50).length;
    expect(q(el, '[part="summary"]')!.textContent).to.contain(`دستگاه زیر ۵۰ درصد`);
    expect(q(el, '[part="summary"]')!.textContent).to.contain(new Intl.NumberFormat('fa-IR').format(n50));
    expect(rows(el).filter((r) => r.querySelector('[part="below-threshold"]')).length).to.equal(n50);

    el.threshold = 10;
    await el.updateComplete;
    expect(q(el, '[part="summary"]')!.textContent!.trim()).to.equal('هیچ دستگاهی زیر ۱۰ درصد نیست');
  });

  it('says when every agency is under the threshold', async () => {
    const data = { round: 5, items: [item('a', 'الف', 12), item('b', 'ب', 30.5), item('c', 'پ', 39.99)] };
    const el = await settled(await withData(data, 'en'));
    expect(shadowText(el)).to.contain('3 agencies under 40 percent');
    expect(rows(el).every((r) => r.querySelector('[part="below-threshold"]'))).to.equal(true);
    expect(rows(el).every((r) => r.getAttribute('part')!.includes('row-below'))).to.equal(true);
  });

  it('narrows by name with the filter box, folding Arabic ي/ك and ZWNJ', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.labels![0]!.textContent).to.contain('جستجوی نام دستگاه');
    input.focus();
    await sendKeys({ type: 'بيمه مركزي' }); // Arabic yeh and kaf
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['بیمه مرکزی جمهوری اسلامی ایران']);
    expect(q(el, '.status')!.textContent!.trim()).to.equal('نمایش ۱ از ۱۰۵ دستگاه');
    // Rank stays the agency's rank in the round.
    expect(ranks(el)).to.deep.equal(['۱']);
    input.value = 'سرمایه گذاری';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['سازمان سرمایه‌گذاری و کمک‌های اقتصادی و فنی ایران']);
    input.value = 'چیزی که نیست';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(q(el, '[part="empty"]')!.textContent).to.contain('دستگاهی با این نام یافت نشد.');
    await click(el, button(el, 'پاک کردن جستجو'));
    expect(rows(el).length).to.equal(105);
  });

  it('its filter box finds «سازمان تأمین اجتماعی» typed «تامین», «تأمین» or «تأمین»', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    for (const typed of ['تامین', 'تأمین', 'تا\u0654مین']) {
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(names(el), typed).to.deep.equal(['سازمان تأمین اجتماعی']);
    }
  });

  it('shows the top N with limit, and a «نمایش همه» button that shows all and back', async () => {
    const el = await settled(await scoreboard({ round: '5', limit: 10 }));
    expect(rows(el).length).to.equal(10);
    expect(ranks(el).at(-1)).to.equal('۱۰');
    expect(q(el, '.status')!.textContent!.trim()).to.equal('نمایش ۱۰ از ۱۰۵ دستگاه');
    // Sorting re-orders the top 10; it does not pick another 10.
    await click(el, header(el, 'امتیاز کل').querySelector('button')!);
    await click(el, header(el, 'امتیاز کل').querySelector('button')!);
    expect(ranks(el)[0]).to.equal('۱۰');
    const more = q(el, '[part="show-all"]')!;
    expect(more.textContent!.trim()).to.equal('نمایش همه (۱۰۵)');
    await click(el, more);
    expect(rows(el).length).to.equal(105);
    expect(q(el, '[part="show-all"]')!.textContent!.trim()).to.equal('نمایش ۱۰ دستگاه نخست');
    await click(el, '[part="show-all"]');
    expect(rows(el).length).to.equal(10);
  });

  it('downloads the current view as CSV: UTF-8 BOM, ASCII numbers, quoted names, no formulas', async () => {
    const data = {
      round: 5,
      axes: [{ key: 'portal' }],
      items: [
        item('a', 'سازمان «نمونه» "الف"', 93.15, { axes: { portal: 95 }, previousScore: 90 }),
        item('b', '=HYPERLINK("http://evil")', 50.5, { axes: { portal: 40 }, previousScore: 52 }),
        item('c', 'بانک', 20, { axes: {} }),
      ],
    };
    const el = await settled(await withData(data, 'fa', { limit: 2 }));
    const clicked: { href: string; download: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      await click(el, '[part="download-button"]');
      // The CSV writer is a chunk of its own, loaded at the first download.
      await until(() => clicked.length > 0, 'no download was offered');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.equal('agencies-round-5.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    // The type the download carries, from the blob URL's response (WebKit's Response.blob() drops the charset).
    const response = await fetch(clicked[0]!.href);
    expect(response.headers.get('content-type')).to.equal('text/csv;charset=utf-8');
    const blob = await response.blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.split('\r\n')).to.deep.equal([
      '"رتبه","دستگاه","امتیاز کل","پرتال خدمات","تغییر از دور قبل"',
      '1,"سازمان «نمونه» ""الف""",93.15,95,3.15',
      `2,"'=HYPERLINK(""http://evil"")",50.5,40,-1.5`,
      '',
    ]);
    // No anchor is left behind.
    expect(q(el, 'a[download]')).to.equal(null);
  });

  it('does not request chart.js until the chart view, then draws a horizontal RTL bar chart', async () => {
    const el = await settled(await scoreboard({ round: '5', limit: 12 }));
    expect(performance.getEntriesByType('resource').length).to.be.greaterThan(10);
    expect(chartRequested(), 'chart.js requested before the chart view').to.equal(false);
    expect(q(el, 'canvas')).to.equal(null);
    const toChart = button(el, 'نمودار');
    expect(toChart.getAttribute('aria-pressed')).to.equal('false');
    await click(el, toChart);
    expect(el.getAttribute('view')).to.equal('chart');
    expect(button(el, 'نمودار').getAttribute('aria-pressed')).to.equal('true');
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    // The text alternative names the top values: the three highest scores with their agencies.
    expect(canvas.getAttribute('aria-label')).to.equal(
      'نمودار میله‌ای امتیاز کل ۱۲ دستگاه؛ بالاترین امتیازها: بیمه مرکزی جمهوری اسلامی ایران ۹۳٫۱۵٪، ' +
        `${(await round5()).items[1]!.agency.name.replace(/ي/g, 'ی').replace(/ك/g, 'ک')} ۹۱٫۴٪، ` +
        `${(await round5()).items[2]!.agency.name.replace(/ي/g, 'ی').replace(/ك/g, 'ک')} ۸۹٫۷۲٪`,
    );
    const { Chart } = await import('chart.js');
    await until(() => Chart.getChart(canvas));
    expect(chartRequested()).to.equal(true);
    const chart = Chart.getChart(canvas)!;
    expect(chart.options.indexAxis).to.equal('y');
    expect((chart.options.scales!.x as { reverse?: boolean }).reverse).to.equal(true);
    expect((chart.options.scales!.y as { position?: string }).position).to.equal('right');
    expect(chart.options.plugins!.tooltip!.rtl).to.equal(true);
    expect(chart.data.datasets[0]!.data).to.deep.equal([
      93.15,
      91.4,
      89.72,
      88.5,
      88.5,
      87.06,
      85.9,
      84.33,
      83.1,
      82.47,
      (await round5()).items[10]!.score,
      (await round5()).items[11]!.score,
    ]);
    // The table is one click away and comes back as it was.
    await click(el, button(el, 'جدول'));
    expect(q(el, 'canvas')).to.equal(null);
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(rows(el).length).to.equal(12);
  });

  it('shortens chart labels between words, the ellipsis at the end of the name in its own direction', () => {
    const rtlEnd = '…\u200f';
    const ltrEnd = '…\u200e';
    expect(shortLabel('سازمان فناوری اطلاعات ایران', 30)).to.equal('سازمان فناوری اطلاعات ایران');
    expect(shortLabel('بیمه مرکزی جمهوری اسلامی ایران', 20)).to.equal(`بیمه مرکزی جمهوری${rtlEnd}`);
    expect(shortLabel('⚠ بیمه مرکزی جمهوری اسلامی ایران', 13)).to.equal(`⚠ بیمه مرکزی${rtlEnd}`);
    expect(shortLabel('Central Insurance of Iran', 20)).to.equal(`Central Insurance${ltrEnd}`);
    expect(shortLabel('سازمان ثبت اسناد و املاک کشور', 20)).to.equal(`سازمان ثبت اسناد${rtlEnd}`);
    // One word longer than the room: that word is cut (nothing else fits).
    expect(shortLabel('سازمان‌فناوری‌اطلاعات‌ایران', 10)).to.equal(`سازمان‌فن${rtlEnd}`);
  });

  it('at 320 px every chart label is the name, or its first whole words and an ellipsis (fa and en)', async () => {
    for (const lang of ['fa', 'en']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:320px">
        <egov-agency-scoreboard round="5" lang=${lang} view="chart" limit="10"></egov-agency-scoreboard>
      </div>`);
      const el = wrap.firstElementChild as EgovAgencyScoreboard;
      const { Chart } = await import('chart.js');
      await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      const chart = Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!)!;
      const full = chart.data.labels as string[];
      const shown = chart.scales.y!.ticks.map((t) => String(t.label));
      expect(shown.filter((l, i) => l !== full[i]).length, 'some names are shortened at 320 px').to.be.greaterThan(3);
      shown.forEach((l, i) => {
        if (l === full[i]) return;
        expect(l).to.match(/…[\u200e\u200f]$/);
        const kept = l.slice(0, -2);
        expect(full[i]!.startsWith(kept), l).to.equal(true);
        expect(full[i]![kept.length], `${l}: cut inside a word`).to.equal(' ');
      });
    }
  });

  it('keeps LTR charts unreversed, skips animation under reduced motion and frees the chart on disconnect', async () => {
    // Where the driver cannot emulate it (WebKitGTK, README "Browser support"), the chart follows the engine's own setting.
    const still = (await reducedMotion('reduce')) || prefersReducedMotion();
    const el = await scoreboard({ round: '5', lang: 'en', view: 'chart', limit: 5 });
    const { Chart } = await import('chart.js');
    await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const chart = Chart.getChart(canvas)!;
    expect((chart.options.scales!.x as { reverse?: boolean }).reverse).to.equal(false);
    expect((chart.options.scales!.y as { position?: string }).position).to.equal('left');
    expect(chart.options.animation === false).to.equal(still);
    expect(chart.options.locale).to.equal('en-US');
    const parent = el.parentElement!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    parent.append(el);
    await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
  });

  it('keeps the rank and agency columns in place while the table scrolls inline at 320px', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:320px">
      <egov-agency-scoreboard round="5" lang="fa"></egov-agency-scoreboard>
    </div>`);
    const el = await settled(wrap.querySelector('egov-agency-scoreboard')!);
    const scroller = q(el, '[part="table-wrapper"]')!;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    const agency = rows(el)[0]!.querySelector('th')!;
    const cs = getComputedStyle(agency);
    expect(cs.position).to.equal('sticky');
    expect(getComputedStyle(rows(el)[0]!.querySelector('.rank')!).position).to.equal('sticky');
    // Scrolling inline (toward the end, which is left in RTL) leaves the agency column where it was.
    const before = agency.getBoundingClientRect().right;
    scroller.scrollLeft = -200;
    expect(scroller.scrollLeft).to.be.lessThan(0);
    expect(agency.getBoundingClientRect().right).to.equal(before);
    // Nothing outside the table box is wider than the element.
    for (const part of ['toolbar', 'summary', 'table-wrapper']) {
      expect(q(el, `[part="${part}"]`)!.getBoundingClientRect().width, part).to.be.at.most(320);
    }
  });

  it('has a sensible width in a flex row, an auto grid column and an inline-block (no collapse to 0)', async () => {
    const data = { round: 5, items: [item('a', 'سازمان نمونه', 50)] };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fa" style="inline-size:600px">
      <div style="display:flex"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard><span>کنار</span></div>
      <div style="display:grid;grid-template-columns:auto 1fr"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard><span>کنار</span></div>
      <div style="display:inline-block"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard></div>
    </div>`);
    const els = [...wrap.querySelectorAll('egov-agency-scoreboard')];
    await Promise.all(els.map((e) => settled(e)));
    for (const e of els) {
      const w = e.getBoundingClientRect().width;
      expect(w).to.be.greaterThan(250);
      expect(w).to.be.at.most(Math.min(768, innerWidth));
    }
    // In the flex row it shrinks to leave room for its neighbour.
    expect(els[0]!.getBoundingClientRect().width).to.be.lessThan(600);
  });

  it('renders given data without fetching and fires egov-load', async () => {
    const data = {
      round: 3,
      axes: [{ key: 'e-readiness', label: 'آمادگی الکترونیکی' }],
      items: [item('a', 'الف', 70, { axes: { 'e-readiness': 66 } })],
    };
    const el = document.createElement('egov-agency-scoreboard');
    el.scores = data;
    const load = nextEvent(el, 'egov-load');
    const s = apiSession();
    el.apiBase = s.base();
    await fixture(html`<div lang="fa">${el}</div>`);
    await load;
    await settled(el);
    expect(names(el)).to.deep.equal(['الف']);
    expect(header(el, 'آمادگی الکترونیکی')).to.exist;
    expect(shadowText(el)).to.contain('جدید'); // no previousScore
    expect((await s.stats()).total).to.equal(0);
  });

  it('renders agency names as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwnedScoreboard=1">';
    const el = await settled(await withData({ round: 5, items: [item('x', evil, 50)] }));
    expect(names(el)).to.deep.equal([evil]);
    expect(q(el, 'img')).to.equal(null);
    expect((window as { __pwnedScoreboard?: number }).__pwnedScoreboard).to.equal(undefined);
  });

  it('shows an empty round in words', async () => {
    const el = await settled(await withData({ round: 5, axes: [], items: [] }));
    expect(q(el, '[part="empty"]')!.textContent).to.contain('در این دور هیچ دستگاهی ارزیابی نشده است.');
    const en = await settled(await withData({ round: 5, items: [] }, 'en'));
    expect(shadowText(en)).to.contain('No agency was evaluated in this round.');
  });

  it('shows invalid property data as bad data, naming the path', async () => {
    const errors: { kind: string; path: string }[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('egov-error', listen);
    const el = await settled(await withData({ round: 5, items: [{ agency: { id: 'a', name: 'الف' }, score: 'high' }] }));
    document.removeEventListener('egov-error', listen);
    expect(errors).to.deep.equal([{ kind: 'invalid', path: 'items[0].score' }]);
    expect(q(el, '[part="error"]')!.dataset.kind).to.equal('invalid');
    expect(shadowText(el)).to.contain('داده‌ها نادرست است');
    expect(shadowText(el)).to.contain('items[0].score');
    expect(q(el, '[part="retry-button"]'), 'no retry for given data').to.equal(null);
    const nan = await settled(await withData({ round: 5, items: [item('a', 'الف', Number.NaN)] }, 'en'));
    expect(shadowText(nan)).to.contain('The data is not valid');
    const shape = await settled(await withData([1, 2, 3]));
    expect(q(shape, '[part="error"]')!.dataset.kind).to.equal('invalid');
  });

  it('says an unknown round was not found', async () => {
    const el = await scoreboard({ round: '99' });
    const err = await nextEvent<{ kind: string; status: number }>(el, 'egov-error');
    expect(err.detail).to.deep.equal({ kind: 'not-found', status: 404 });
    await settled(el);
    const panel = q(el, '[part="not-found"]')!;
    expect(panel.getAttribute('role')).to.equal('status');
    expect(panel.textContent!.trim()).to.equal('دور ارزیابی ۹۹ یافت نشد.');
    const en = await settled(await scoreboard({ round: '99', lang: 'en' }));
    expect(shadowText(en)).to.contain('Evaluation round 99 was not found.');
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = await scoreboard({ base: apiSession().base('delay-400') });
    expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    await settled(el);
    expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
  });

  const faults: [fault: string, kind: string, words: string, requests: number][] = [
    ['500', 'http', 'سرور با خطا پاسخ داد', 2],
    ['503', 'http', 'سرور با خطا پاسخ داد', 2],
    ['404', 'not-found', 'دور ارزیابی', 1],
    ['malformed', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['html', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['invalid', 'invalid', 'داده‌ها نادرست است', 1],
    ['network', 'network', 'اتصال برقرار نشد', 2],
    ['timeout', 'timeout', 'پاسخ سرور دیر شد', 1],
  ];
  for (const [fault, kind, words, requests] of faults) {
    it(`fault ${fault} → ${kind}, in words${kind === 'not-found' ? '' : ', and the retry button asks again'}`, async () => {
      if (fault === 'timeout') configure({ timeoutMs: 300 });
      const s = apiSession();
      const el = await scoreboard({ base: s.base(fault) });
      const err = await nextEvent<{ kind: string }>(el, 'egov-error');
      expect(err.detail.kind).to.equal(kind);
      expect(err.bubbles && err.composed).to.equal(true);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      // A dropped connection may be retried by the browser itself as well: at least.
      const first = (await s.stats()).total;
      if (fault === 'network') expect(first).to.be.at.least(requests);
      else expect(first).to.equal(requests);
      if (kind === 'not-found') return;
      expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      const again = nextEvent(el, 'egov-error');
      await click(el, '[part="retry-button"]');
      await again;
      if (fault === 'network') expect((await s.stats()).total).to.be.at.least(first + requests);
      else expect((await s.stats()).total).to.equal(requests * 2);
    });
  }

  it('recovers when the retry succeeds (first answer too slow, second fast)', async () => {
    configure({ timeoutMs: 500 });
    const s = apiSession();
    const el = await scoreboard({ base: s.base('slow-first') });
    await nextEvent(el, 'egov-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('پاسخ سرور دیر شد');
    const load = nextEvent(el, 'egov-load');
    await click(el, '[part="retry-button"]');
    await load;
    await settled(el);
    expect(rows(el).length).to.equal(105);
  });

  it('is accessible in Persian and in English (table and chart)', async () => {
    const fa = await settled(await scoreboard({ round: '5', limit: 10 }));
    await expect(fa).to.be.accessible();
    const en = await settled(await scoreboard({ round: '5', limit: 10, lang: 'en' }));
    await expect(en).to.be.accessible();
    await click(en, button(en, 'Chart'));
    await until(() => q(en, '.chart-note') && !shadowText(en).includes('Loading the chart'));
    await expect(en).to.be.accessible();
  });
});
