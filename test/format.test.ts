import { expect } from '@open-wc/testing';
import {
  formatNumber,
  formatPercent,
  formatScore,
  formatRials,
  formatDays,
  formatSigned,
  formatDate,
  formatDateTime,
  parseDate,
  wholeDaysBetween,
  toAsciiDigits,
  foldForSearch,
  listSeparator,
} from '../src/format/index.js';
import { loadLocale } from '../src/core/locale.js';

before(() => loadLocale('en'));

describe('format: numbers', () => {
  it('groups thousands with Persian digits in fa and Latin in en', () => {
    expect(formatNumber(450000, 'fa')).to.equal('۴۵۰٬۰۰۰');
    expect(formatNumber(450000, 'en')).to.equal('450,000');
    expect(formatNumber(5800, 'fa')).to.equal('۵٬۸۰۰');
  });

  it('formats a ratio as a percentage: 0.628 → ۶۲٫۸٪ / 62.8%', () => {
    expect(formatPercent(0.628, 'fa')).to.equal('۶۲٫۸٪');
    expect(formatPercent(0.628, 'en')).to.equal('62.8%');
  });

  it('formats API scores (0–100) as percentages, keeping two decimals', () => {
    expect(formatScore(70.44, 'fa')).to.equal('۷۰٫۴۴٪');
    expect(formatScore(84, 'en')).to.equal('84%');
    expect(formatScore(50.19, 'en')).to.equal('50.19%');
  });

  it('writes rials after the number with no hidden marks, and free as «رایگان»', () => {
    expect(formatRials(250000, 'fa')).to.equal('۲۵۰٬۰۰۰ ریال');
    expect(formatRials(250000, 'en')).to.equal('250,000 rials');
    expect(formatRials(null, 'fa')).to.equal('رایگان');
    expect(formatRials(null, 'en')).to.equal('Free');
    expect(formatRials(250000, 'fa')).not.to.match(/[\u200e\u200f\u061c]/);
  });

  it('counts days with the right plural', () => {
    expect(formatDays(3, 'fa')).to.equal('۳ روز');
    expect(formatDays(3, 'en')).to.equal('3 days');
    expect(formatDays(1, 'en')).to.equal('1 day');
  });

  it('always signs a change', () => {
    expect(formatSigned(4.2, 'en')).to.equal('+4.2');
    expect(formatSigned(-3.5, 'en')).to.equal('-3.5');
    expect(formatSigned(4.2, 'fa')).to.match(/۴٫۲/);
  });
});

describe('format: dates', () => {
  it('shows fa dates in the Solar Hijri calendar', () => {
    expect(formatDate('2024-03-20', 'fa', 'persian')).to.equal('۱ فروردین ۱۴۰۳');
  });

  it('shows en dates in the Gregorian calendar, or Persian when asked', () => {
    expect(formatDate('2024-03-20', 'en', 'gregory')).to.equal('March 20, 2024');
    expect(formatDate('2024-03-20', 'en', 'persian')).to.equal('Farvardin 1, 1403 AP');
  });

  it('reads date-times in Tehran time whatever the machine zone', () => {
    // 23:00 UTC on 19 March is 02:30 on 20 March in Tehran: already 1 Farvardin.
    expect(formatDate('2024-03-19T23:00:00Z', 'fa', 'persian')).to.equal('۱ فروردین ۱۴۰۳');
    const s = formatDateTime('2024-10-16T09:30:00+03:30', 'fa', 'persian');
    expect(s).to.contain('۲۵ مهر ۱۴۰۳');
    expect(s).to.contain('۹:۳۰');
  });

  it('gives nothing for a date that is not a date', () => {
    expect(parseDate('not a date')).to.equal(undefined);
    expect(formatDate('31/31/31', 'fa', 'persian')).to.equal('');
  });

  it('counts whole days between two instants', () => {
    expect(wholeDaysBetween(new Date('2024-10-16T09:00:00Z'), new Date('2024-10-19T10:00:00Z'))).to.equal(3);
    expect(wholeDaysBetween(new Date('2024-10-19T10:00:00Z'), new Date('2024-10-16T09:00:00Z'))).to.equal(-4);
  });
});

describe('format: text', () => {
  it('separates run-in list items with the Persian comma in fa (a middle dot looks like ۰)', () => {
    expect(['دوره ۵', '۱۰۵ دستگاه'].join(listSeparator('fa'))).to.equal('دوره ۵، ۱۰۵ دستگاه');
    expect(['Round 5', '105 agencies'].join(listSeparator('en'))).to.equal('Round 5 · 105 agencies');
  });
});

describe('format: Persian search folding', () => {
  it('turns every digit form into ASCII', () => {
    expect(toAsciiDigits('۱۴۰۳-٠٧٢٥')).to.equal('1403-0725');
  });

  it('folds Arabic ي/ى/ك/ة to Persian forms', () => {
    expect(foldForSearch('كارت ملي')).to.equal(foldForSearch('کارت ملی'));
    expect(foldForSearch('مؤسسة')).to.equal('موسسه');
    expect(foldForSearch('موسى')).to.equal('موسی');
  });

  it('strips diacritics, tatweel and ZWNJ, collapses spaces, lowercases Latin', () => {
    expect(foldForSearch('مُحَمَّد')).to.equal('محمد');
    expect(foldForSearch('تـــمدید')).to.equal('تمدید');
    expect(foldForSearch('می\u200cشود')).to.equal('میشود');
    expect(foldForSearch('  G2C   خدمت ')).to.equal('g2c خدمت');
  });

  it('folds hamza and madda: every everyday spelling of a word is one form', () => {
    const same = (...words: string[]) => expect(new Set(words.map(foldForSearch)).size, words.join(' ')).to.equal(1);
    same('تأیید', 'تایید', 'تائید', 'تأييد');
    same('آزمون', 'ازمون', 'أزمون', 'إزمون', 'ٱزمون', 'ا\u0653زمون');
    same('مؤسسه', 'موسسه', 'مؤسسة');
    same('تأمین', 'تامین', 'تا\u0654مین');
    same('مسئول', 'مسیول');
    same('جزء', 'جز');
    expect(foldForSearch('تأیید  مؤسسه ١٤٠٣')).to.equal('تایید موسسه 1403');
  });

  it("is the reference API's table: the server and the widgets fold every character alike", async () => {
    const { fold } = await import('../dev/api/fold.mjs');
    const { FOLD_TABLE } = await import('../src/format/fold-table.js');
    for (const ch of Object.keys(FOLD_TABLE)) expect(fold(`ب${ch}ب`), ch).to.equal(foldForSearch(`ب${ch}ب`));
    expect(FOLD_TABLE['أ']).to.equal('ا');
    expect(FOLD_TABLE['ء']).to.equal('');
  });

  it('does not pretend NFKC folds (it does not)', () => {
    expect('ك'.normalize('NFKC')).to.equal('ك');
    expect(foldForSearch('ك')).to.equal('ک');
  });
});
