import { expect } from '@open-wc/testing';
import '../src/agency-scoreboard.js';
import { filterRows, nextSort, parseSort, rankItems, sortRows, type RankedRow } from '../src/agency-scoreboard/ranking.js';
import { csvCell, toCsv } from '../src/agency-scoreboard/csv.js';
import { item, PERSIAN_ORDER } from './support/agency-scoreboard.js';

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
