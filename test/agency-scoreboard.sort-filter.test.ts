import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/agency-scoreboard.js';
import { until, q } from './support/helpers.js';
import {
  type Item,
  item,
  PERSIAN_ORDER,
  scoreboard,
  withData,
  settled,
  rows,
  names,
  ranks,
  header,
  sortedHeaders,
  click,
  button,
  round5,
  expectedOrder,
} from './support/agency-scoreboard.js';

describe('<egov-agency-scoreboard>: sort, filter, limit and CSV', () => {
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

  it('re-sorting leaves each agency with its own cells, flag and part in the row now in its place', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    // One line per row: its part, then every cell's text (rank, name, score and flag, axes, change).
    const lines = () =>
      rows(el).map((tr) =>
        [tr.getAttribute('part'), ...[...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())].join(' | '),
      );
    const before = lines();
    expect(before.some((l) => l.startsWith('row row-below'))).to.equal(true);
    await click(el, header(el, 'دستگاه').querySelector('button')!);
    const after = lines();
    expect(after).to.not.deep.equal(before);
    expect([...after].sort()).to.deep.equal([...before].sort());
    // And back: the rank order is the first render's, row for row.
    await click(el, header(el, 'رتبه').querySelector('button')!);
    if (header(el, 'رتبه').getAttribute('aria-sort') !== 'ascending') await click(el, header(el, 'رتبه').querySelector('button')!);
    expect(lines()).to.deep.equal(before);
  });

  it('narrows by name with the filter box, folding Arabic ي/ك and ZWNJ', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.labels![0]!.textContent).to.contain('جست‌وجوی نام دستگاه');
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
    await click(el, button(el, 'پاک کردن جست‌وجو'));
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
});
