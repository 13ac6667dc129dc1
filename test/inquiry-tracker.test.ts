import { expect, fixture, html } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import { readTrackingCode, sortedEvents } from '../src/inquiry-tracker/inquiry-tracker.data.js';
import { apiSession, shadowText, nextEvent, q } from './support/helpers.js';
import { loadLocale } from '../src/core/locale.js';
import { localDigits } from '../src/format/text.js';
import { CODE, sleep, tracker, ready, statusText, setLang, detail } from './support/inquiry-tracker.js';

before(() => loadLocale('en'));

describe('inquiry tracker: tracking codes', () => {
  it('reads any digits, spaces and dashes into YYYY-MMDD-NNNNNN', () => {
    expect(readTrackingCode('14030725118842')).to.deep.equal({ code: '1403-0725-118842' });
    expect(readTrackingCode('۱۴۰۳-۰۷۲۵-۱۱۸۸۴۲')).to.deep.equal({ code: '1403-0725-118842' });
    expect(readTrackingCode(' ١٤٠٣ ٠٧٢٥ ١١٨٨٤٢ ')).to.deep.equal({ code: '1403-0725-118842' });
    expect(readTrackingCode('\u200f1403–0725–118842\u200e')).to.deep.equal({ code: '1403-0725-118842' });
    expect(readTrackingCode('')).to.deep.equal({ error: 'empty', digits: 0 });
    expect(readTrackingCode('1403-0725-11884')).to.deep.equal({ error: 'length', digits: 13 });
    expect(readTrackingCode('1403-0725-1188425')).to.deep.equal({ error: 'length', digits: 15 });
    expect(readTrackingCode('1403-07a5-118842')).to.deep.equal({ error: 'chars', digits: 13 });
  });

  it('orders events oldest first whatever order they come in', () => {
    const e = sortedEvents([
      { status: 'sent', at: '2024-10-16T09:42:00+03:30' },
      { status: 'registered', at: '2024-10-16T09:30:00+03:30' },
      { status: 'in-review', at: '2024-10-16T06:15:00Z' },
    ]);
    expect(e.map((x) => x.status)).to.deep.equal(['registered', 'sent', 'in-review']);
  });
});

describe('inquiry tracker: statuses', () => {
  const cases: [code: string, status: string, fa: string, en: string][] = [
    [CODE.registered, 'registered', 'ثبت شده', 'Registered'],
    [CODE.sent, 'sent', 'ارسال شده', 'Sent'],
    [CODE.inReview, 'in-review', 'در حال بررسی', 'In review'],
    [CODE.answered, 'answered', 'پاسخ داده شده', 'Answered'],
    [CODE.rejected, 'rejected', 'رد شده', 'Rejected'],
    [CODE.closed, 'closed', 'بسته شده', 'Closed'],
  ];
  for (const [code, status, fa, en] of cases) {
    it(`${status}: in words with an icon, fa and en`, async () => {
      const s = apiSession();
      const el = await tracker(s.base(), code);
      await ready(el);
      const badge = q(el, '[part="status"]')!;
      expect(badge.dataset.status).to.equal(status);
      expect(statusText(el)).to.contain(fa);
      const icon = badge.querySelector('.icon')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.textContent!.trim()).to.not.equal('');
      // final statuses never count a delay; open fixed-date ones (2024) are past due by now
      const final = ['answered', 'rejected', 'closed'].includes(status);
      expect(!!q(el, '[part="overdue"]')).to.equal(!final);
      await setLang(el, 'en');
      expect(statusText(el)).to.contain(en);
      expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${code}`]: 1 });
    });
  }

  it('each status has its own icon', async () => {
    const icons = new Set<string>();
    for (const [code] of cases) {
      const el = await tracker('/api', code);
      await ready(el);
      icons.add(q(el, '[part="status"] .icon')!.textContent!.trim());
    }
    expect(icons.size).to.equal(6);
  });
});

describe('inquiry tracker: details in fa and en', () => {
  it('fa: subject, agencies, Solar Hijri dates with Persian digits, rtl', async () => {
    const el = await tracker('/api', CODE.inReview);
    await ready(el);
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, '[part="subject"]')!.textContent).to.equal('استعلام اصالت گواهی عدم سوء پیشینه متقاضی پروانه نمایندگی بیمه');
    const details = q(el, '[part="details"]')!;
    expect(detail(el, 'از دستگاه')).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
    expect(detail(el, 'به دستگاه')).to.equal('مرکز آمار و فناوری اطلاعات قوه قضاییه');
    expect(detail(el, 'تاریخ ثبت')).to.equal('۲۵ مهر ۱۴۰۳');
    // a 2024 due date on an open inquiry: past due by now, counted in Persian digits
    expect(detail(el, 'مهلت پاسخ')).to.match(/^۲ آبان ۱۴۰۳ ⚠ [۰-۹٬]+ روز تأخیر$/);
    // the tracking code reads left to right inside the RTL text
    const bdi = details.querySelector('bdi[dir="ltr"]')!;
    expect(bdi.textContent).to.equal(localDigits(CODE.inReview, 'fa')); // Persian digits in fa
    expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2024-10-16T09:30:00+03:30');
  });

  it('en: Gregorian dates, Latin digits, ltr', async () => {
    const el = await tracker('/api', CODE.inReview, 'en');
    await ready(el);
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(detail(el, 'Submitted')).to.equal('October 16, 2024');
    expect(detail(el, 'Due')).to.match(/^October 23, 2024 ⚠ [\d,]+ days overdue$/);
    expect(detail(el, 'From')).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
    // numbers in Latin digits (agency names are data and stay as the API wrote them)
    const times = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent!);
    expect(times.length).to.equal(5);
    for (const t of times) expect(t).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}/);
  });

  it('overdue: «۳ روز تأخیر» / "3 days overdue", not by colour alone', async () => {
    const el = await tracker('/api', CODE.overdue);
    await ready(el);
    const late = q(el, '[part="overdue"]')!;
    expect(late.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ ۳ روز تأخیر');
    await setLang(el, 'en');
    expect(q(el, '[part="overdue"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ 3 days overdue');
  });

  it('not yet due: no delay, the days left instead', async () => {
    const el = await tracker('/api', CODE.notYetDue);
    await ready(el);
    expect(q(el, '[part="overdue"]')).to.equal(null);
    expect(shadowText(el)).to.contain('۵ روز تا پایان مهلت');
    await setLang(el, 'en');
    expect(shadowText(el)).to.contain('5 days left');
  });

  it('a final status past its due date is not overdue', async () => {
    const el = await tracker('/api', CODE.rejected);
    await ready(el);
    expect(shadowText(el)).to.not.contain('تأخیر');
    expect(shadowText(el)).to.not.contain('تا پایان مهلت');
  });
});

describe('inquiry tracker: timeline', () => {
  it('an ordered list, oldest first, each with status, note and <time>; the last is the current step', async () => {
    const el = await tracker('/api', CODE.inReview);
    await ready(el);
    const items = [...el.shadowRoot!.querySelectorAll('ol[part="timeline"] > li')];
    expect(items.map((li) => (li as HTMLElement).dataset.status)).to.deep.equal(['registered', 'sent', 'in-review']);
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2024-10-16T09:30:00+03:30',
      '2024-10-16T09:42:00+03:30',
      '2024-10-17T11:05:00+03:30',
    ]);
    expect(items[0]!.querySelector('time')!.textContent).to.equal('۲۵ مهر ۱۴۰۳ ساعت ۹:۳۰');
    expect(items[2]!.textContent).to.contain('در حال بررسی');
    expect(items[2]!.textContent).to.contain('پرونده به کارشناس واحد سجل کیفری ارجاع شد.');
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step']);
  });

  it('long history: all 14 events in time order, one current step', async () => {
    const el = await tracker('/api', CODE.longHistory);
    await ready(el);
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')];
    expect(items.length).to.equal(14);
    const times = items.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
    expect(el.shadowRoot!.querySelectorAll('[aria-current="step"]').length).to.equal(1);
    expect(items[13]!.getAttribute('aria-current')).to.equal('step');
    expect(items.every((li) => li.querySelector('p')!.textContent!.length > 10)).to.equal(true);
  });

  it('en: event times in Gregorian with Latin digits', async () => {
    const el = await tracker('/api', CODE.inReview, 'en');
    await ready(el);
    expect(q(el, 'ol time')!.textContent).to.equal('October 16, 2024 at 9:30 AM');
  });
});

describe('inquiry tracker: property mode', () => {
  const given = {
    trackingCode: '1403-0725-118842',
    subject: '<img src=x onerror="window.__pwned=1">عنوان',
    status: 'sent',
    from: { id: 'a', name: 'دستگاه الف' },
    to: { id: 'b', name: 'Agency B' },
    submittedAt: '2024-03-20T10:00:00+03:30',
    events: [{ status: 'registered', at: '2024-03-20T10:00:00+03:30' }],
  };

  it('renders given data as text, without any request', async () => {
    const s = apiSession();
    const el = await fixture<EgovInquiryTracker>(
      html`<egov-inquiry-tracker api-base=${s.base('500')} tracking-code=${CODE.sent} .inquiry=${given}></egov-inquiry-tracker>`,
    );
    expect(q(el, '[part="subject"]')!.textContent).to.equal(given.subject);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain('۱ فروردین ۱۴۰۳');
    expect(q(el, 'form')).to.equal(null);
    await sleep(100);
    expect((await s.stats()).total).to.equal(0);
  });

  it('no events → says so; missing due date → no delay', async () => {
    const el = await fixture<EgovInquiryTracker>(
      html`<egov-inquiry-tracker .inquiry=${{ trackingCode: 'x', status: 'registered' }}></egov-inquiry-tracker>`,
    );
    expect(q(el, '[part="empty"]')!.textContent).to.equal('هنوز رویدادی ثبت نشده است.');
    expect(q(el, '[part="overdue"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const wrong: [what: string, data: unknown, path: string][] = [
    ['a date that does not parse', { ...given, events: [{ status: 'sent', at: '1403/01/01' }] }, 'events[0].at'],
    ['an impossible date', { ...given, dueAt: '2024-13-45T10:00:00Z' }, 'dueAt'],
    ['an unknown status', { ...given, status: 'lost' }, 'status'],
    ['no tracking code', { ...given, trackingCode: '' }, 'trackingCode'],
  ];
  for (const [what, data, path] of wrong) {
    it(`${what} → invalid, naming ${path}`, async () => {
      const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker .inquiry=${data}></egov-inquiry-tracker>`);
      const err = q(el, '[part="error"]')!;
      expect(err.dataset.kind).to.equal('invalid');
      expect(err.textContent).to.contain(path);
      expect(q(el, '[part="retry-button"]')).to.equal(null);
    });
  }

  it('a new object with another status fires egov-status-change and is announced', async () => {
    const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker .inquiry=${given}></egov-inquiry-tracker>`);
    const changed = nextEvent<{ trackingCode: string; status: string; previousStatus: string }>(el, 'egov-status-change');
    el.inquiry = { ...given, status: 'answered' };
    const e = await changed;
    expect(e.detail).to.deep.equal({ trackingCode: given.trackingCode, status: 'answered', previousStatus: 'sent' });
    expect(e.bubbles && e.composed).to.equal(true);
    await el.updateComplete;
    expect(q(el, '.root > [role="status"]')!.textContent).to.contain('وضعیت استعلام به «پاسخ داده شده» تغییر کرد.');
  });
});
