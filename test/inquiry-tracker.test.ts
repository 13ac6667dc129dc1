import { expect, fixture, html } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import { readTrackingCode, sortedEvents } from '../src/inquiry-tracker/inquiry-tracker.data.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { configure } from '../src/core/config.js';
import { loadLocale } from '../src/core/locale.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { localDigits } from '../src/format/text.js';

/** The reference API's fixtures (dev/api/README.md). */
const CODE = INQUIRY_CODES;
const UNKNOWN = '1403-0101-000001';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const tracker = (base: string, code?: string, lang = 'fa', poll?: number) =>
  fixture<EgovInquiryTracker>(
    html`<egov-inquiry-tracker api-base=${base} tracking-code=${code ?? ''} poll-interval=${poll ?? 0} lang=${lang}></egov-inquiry-tracker>`,
  );

/** Without a tracking-code attribute at all: the form. */
const formTracker = (base: string, lang = 'fa') =>
  fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${base} lang=${lang}></egov-inquiry-tracker>`);

const ready = (el: EgovInquiryTracker) => until(() => q(el, '[part="inquiry"]'), 'inquiry not shown');
const statusText = (el: EgovInquiryTracker) => q(el, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const input = (el: EgovInquiryTracker) => q<HTMLInputElement>(el, 'input')!;

/** `lang` is watched by a MutationObserver (page-wide), so the update comes a task later. */
async function setLang(el: EgovInquiryTracker, lang: string): Promise<void> {
  el.lang = lang;
  await sleep(0);
  await el.updateComplete;
}

/** The `<dd>` after the `<dt>` with this label. */
const detail = (el: EgovInquiryTracker, label: string) =>
  [...el.shadowRoot!.querySelectorAll('dt')]
    .find((dt) => dt.textContent === label)
    ?.nextElementSibling?.textContent?.replace(/\s+/g, ' ')
    .trim();

async function submit(el: EgovInquiryTracker, value: string): Promise<void> {
  input(el).value = value;
  q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await el.updateComplete;
}

/**
 * Real requests to the reference API, with a switch that sends them to a fault mode
 * of the same session (the server fails, then recovers), and a count of requests in flight.
 */
function switchable() {
  const ctl = { fault: undefined as string | undefined, starts: [] as number[], inFlight: 0, maxInFlight: 0 };
  configure({
    fetch: async (input, init) => {
      let url = String(input);
      if (ctl.fault) url = url.replace(/(\/api\/_s\/[^/]+)\//, `$1/_fault/${ctl.fault}/`);
      ctl.starts.push(performance.now());
      ctl.maxInFlight = Math.max(ctl.maxInFlight, ++ctl.inFlight);
      try {
        const res = await fetch(url, init);
        await res.clone().text();
        return res;
      } finally {
        ctl.inFlight--;
      }
    },
  });
  return ctl;
}

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

describe('inquiry tracker: the form', () => {
  it('is labelled and shown when there is no tracking code; nothing is fetched', async () => {
    const s = apiSession();
    const el = await formTracker(s.base());
    const field = input(el);
    const label = q(el, 'label')!;
    expect(label.getAttribute('for')).to.equal(field.id);
    expect(label.textContent).to.equal('کد رهگیری استعلام');
    expect(field.getAttribute('aria-describedby')).to.equal('hint');
    expect(q(el, '#hint')!.textContent).to.contain('۱۴۰۳-۰۷۲۵-۱۱۸۸۴۲');
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    await sleep(100);
    expect((await s.stats()).total).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('sends Persian digits as ASCII in the canonical form and shows the inquiry', async () => {
    const s = apiSession();
    const el = await formTracker(s.base());
    const submitted = nextEvent<{ trackingCode: string }>(el, 'egov-submit');
    await submit(el, '۱۴۰۳۰۷۲۵۱۱۸۸۴۲');
    expect((await submitted).detail).to.deep.equal({ trackingCode: CODE.inReview });
    await ready(el);
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${CODE.inReview}`]: 1 });
    expect(input(el).value).to.equal(localDigits(CODE.inReview, 'fa'));
    // the form stays, for the next code; the page URL and storage are untouched
    expect(q(el, 'form')).to.exist;
    expect(location.search).to.equal(location.search.replace(/\d{4}-\d{4}-\d{6}/, ''));
    expect(localStorage.length).to.equal(0);
  });

  it('accepts Arabic-Indic digits with spaces and Persian digits with dashes', async () => {
    const s = apiSession();
    const el = await formTracker(s.base());
    await submit(el, ' ١٤٠٣ ٠٥١٥ ٤٠٠٤٠٤ ');
    await ready(el);
    await submit(el, '۱۴۰۳-۰۶۱۰-۳۰۰۳۰۳');
    await until(() => q(el, '[part="status"]')?.dataset.status === 'answered');
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${CODE.rejected}`]: 1, [`/inquiries/${CODE.answered}`]: 1 });
  });

  const bad: [typed: string, fa: string, en: string][] = [
    ['', 'کد رهگیری را وارد کنید.', 'Enter the tracking code.'],
    ['1403-0725-11884', 'کد رهگیری ۱۴ رقم دارد؛ ۱۳ رقم وارد شده است.', 'A tracking code has 14 digits; you entered 13.'],
    [
      '۱۴۰۳-الف-۱۱۸۸۴۲',
      'کد رهگیری فقط رقم دارد (خط تیره و فاصله مجاز است).',
      'A tracking code has only digits (dashes and spaces are fine).',
    ],
  ];
  for (const [typed, fa, en] of bad) {
    it(`«${typed}» → a message beside the field, aria-invalid, and no request`, async () => {
      const s = apiSession();
      const el = await formTracker(s.base());
      let submits = 0;
      el.addEventListener('egov-submit', () => submits++);
      await submit(el, typed);
      const field = input(el);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const ids = field.getAttribute('aria-describedby')!.split(' ');
      expect(ids).to.include('error');
      const error = q(el, '#error')!;
      expect(error.getAttribute('part')).to.equal('field-error');
      expect(error.textContent!.replace(/\s+/g, ' ')).to.contain(fa);
      expect(el.shadowRoot!.activeElement).to.equal(field);
      await expect(el).to.be.accessible();
      await setLang(el, 'en');
      expect(q(el, '#error')!.textContent).to.contain(en);
      await sleep(100);
      expect((await s.stats()).total).to.equal(0);
      expect(submits).to.equal(0);
      // typing again clears the message
      field.value = '1';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(q(el, '#error')).to.equal(null);
      expect(field.hasAttribute('aria-invalid')).to.equal(false);
    });
  }

  it('a malformed tracking-code attribute is explained in the form and not sent', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), '1403-0725');
    expect(input(el).value).to.equal('۱۴۰۳-۰۷۲۵');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#error')!.textContent).to.contain('۸ رقم وارد شده است');
    await sleep(100);
    expect((await s.stats()).total).to.equal(0);
  });

  it('submitting the same code again asks the server again', async () => {
    const s = apiSession();
    const el = await formTracker(s.base());
    await submit(el, CODE.sent);
    await ready(el);
    await submit(el, '14030802200202');
    await until(async () => (await s.stats()).total === 2);
    await ready(el);
  });

  it('a new tracking-code attribute wins over the code typed before', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), UNKNOWN);
    await until(() => q(el, '[part="not-found"]'));
    await submit(el, CODE.sent);
    await until(() => q(el, '[part="status"]')?.dataset.status === 'sent');
    el.trackingCode = CODE.closed;
    await until(() => q(el, '[part="status"]')?.dataset.status === 'closed');
    expect(q(el, 'form')).to.equal(null);
  });
});

describe('inquiry tracker: not found', () => {
  it('«کد رهگیری یافت نشد» with the code shown back and the form to try again', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), '۱۴۰۳۰۱۰۱۰۰۰۰۰۱');
    const err = await nextEvent<{ kind: string; status: number }>(el, 'egov-error');
    expect(err.detail).to.deep.equal({ kind: 'not-found', status: 404 });
    await el.updateComplete;
    const panel = q(el, '[part="not-found"]')!;
    expect(panel.getAttribute('role')).to.equal('status');
    expect(panel.textContent).to.contain('کد رهگیری یافت نشد');
    expect(panel.querySelector('bdi[dir="ltr"]')!.textContent).to.equal(localDigits(UNKNOWN, 'fa'));
    expect(input(el).value).to.equal(localDigits(UNKNOWN, 'fa')); // as typed: Persian digits, tidied
    await expect(el).to.be.accessible();
    await submit(el, CODE.answered);
    await ready(el);
    expect(q(el, '[part="not-found"]')).to.equal(null);
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${UNKNOWN}`]: 1, [`/inquiries/${CODE.answered}`]: 1 });
  });

  it('in the form: one form, and the same words in English', async () => {
    const s = apiSession();
    const el = await formTracker(s.base(), 'en');
    await submit(el, UNKNOWN);
    await until(() => q(el, '[part="not-found"]'));
    expect(el.shadowRoot!.querySelectorAll('form').length).to.equal(1);
    expect(shadowText(el)).to.contain('Tracking code not found');
    expect(shadowText(el)).to.contain(UNKNOWN);
    await expect(el).to.be.accessible();
  });
});

describe('inquiry tracker: faults', () => {
  const cases: [fault: string, kind: string, words: string][] = [
    ['500', 'http', 'سرور با خطا پاسخ داد'],
    ['503', 'http', '(کد ۵۰۳)'],
    ['timeout', 'timeout', 'پاسخ سرور دیر شد'],
    ['malformed', 'parse', 'پاسخ سرور خوانا نبود'],
    ['html', 'parse', 'پاسخ سرور خوانا نبود'],
    ['invalid', 'invalid', 'داده‌ها نادرست است'],
    ['network', 'network', 'اتصال برقرار نشد'],
  ];
  for (const [fault, kind, words] of cases) {
    it(`${fault} → ${kind}, in words, and a retry that works once the server is back`, async () => {
      const s = apiSession();
      const ctl = switchable();
      configure({ timeoutMs: 400 });
      ctl.fault = fault;
      const el = await tracker(s.base(), CODE.answered);
      const err = await nextEvent<{ kind: string }>(el, 'egov-error');
      expect(err.detail.kind).to.equal(kind);
      await el.updateComplete;
      expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(shadowText(el)).to.contain(words);
      const before = (await s.stats()).total;
      ctl.fault = undefined;
      q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await ready(el);
      expect(statusText(el)).to.contain('پاسخ داده شده');
      expect((await s.stats()).total).to.equal(before + 1);
    });
  }

  it('404 fault → not found, and the form asks again', async () => {
    const s = apiSession();
    const ctl = switchable();
    ctl.fault = '404';
    const el = await tracker(s.base(), CODE.closed);
    await until(() => q(el, '[part="not-found"]'));
    ctl.fault = undefined;
    await submit(el, CODE.closed);
    await ready(el);
    expect((await s.stats()).total).to.equal(2);
  });

  it('slow → skeleton with aria-busy, then the data', async () => {
    const s = apiSession();
    const el = await tracker(s.base('slow'), CODE.closed);
    expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')).to.exist;
    await ready(el);
    expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('flaky and slow-first → the data (the client retries a 5xx once)', async () => {
    const s = apiSession();
    const a = await tracker(s.base('flaky'), CODE.closed);
    const b = await tracker(s.base('slow-first'), CODE.sent);
    await ready(a);
    await ready(b);
    expect((await s.stats()).total).to.equal(3);
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

describe('inquiry tracker: polling', () => {
  it('follows the advancing inquiry, announces each change, fires egov-status-change, stops when final', async () => {
    const s = apiSession();
    const changes: { status: string; previousStatus: string; trackingCode: string }[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('egov-status-change', (e) => changes.push((e as CustomEvent).detail));
    const el = document.createElement('egov-inquiry-tracker');
    el.setAttribute('api-base', s.base());
    el.setAttribute('tracking-code', CODE.advancing);
    el.setAttribute('poll-interval', '0.2');
    wrap.append(el);
    await ready(el);
    expect(q(el, '[part="status"]')!.dataset.status).to.equal('registered');
    await until(() => q(el, '[part="status"]')?.dataset.status === 'sent');
    expect(q(el, '.root > [role="status"]')!.textContent).to.contain('«ارسال شده»');
    await until(() => q(el, '[part="status"]')?.dataset.status === 'answered');
    expect(q(el, '.root > [role="status"]')!.textContent).to.contain('«پاسخ داده شده»');
    expect(changes).to.deep.equal([
      { trackingCode: CODE.advancing, status: 'sent', previousStatus: 'registered' },
      { trackingCode: CODE.advancing, status: 'in-review', previousStatus: 'sent' },
      { trackingCode: CODE.advancing, status: 'answered', previousStatus: 'in-review' },
    ]);
    expect(el.shadowRoot!.querySelectorAll('ol > li').length).to.equal(4);
    await sleep(700);
    expect((await s.stats()).total).to.equal(4);
    expect(el.poller.running).to.equal(false);
  });

  it('keeps the data on screen while refetching (no skeleton flash)', async () => {
    const s = apiSession();
    const el = await tracker(s.base('delay-150'), CODE.overdue, 'fa', 0.1);
    await ready(el);
    let flashed = false;
    const obs = new MutationObserver(() => (flashed ||= !!q(el, '[part="loading"]') || !q(el, '[part="inquiry"]')));
    obs.observe(el.shadowRoot!, { subtree: true, childList: true });
    await until(async () => (await s.stats()).total >= 4);
    obs.disconnect();
    expect(flashed).to.equal(false);
  });

  it('never has two requests at once, even with an interval shorter than the answer', async () => {
    const s = apiSession();
    const ctl = switchable();
    const el = await tracker(s.base('delay-250'), CODE.overdue, 'fa', 0.05);
    await ready(el);
    await sleep(1300);
    el.remove();
    expect(ctl.maxInFlight).to.equal(1);
    // about one request per 300 ms: the wait starts when the answer is in
    expect(ctl.starts.length).to.be.within(2, 6);
  });

  it('stops when the element is disconnected and resumes when it is back', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), CODE.overdue, 'fa', 0.1);
    await ready(el);
    await until(async () => (await s.stats()).total >= 2);
    const parent = el.parentElement!;
    el.remove();
    await sleep(50);
    const atRemoval = (await s.stats()).total;
    await sleep(500);
    expect((await s.stats()).total).to.equal(atRemoval);
    parent.append(el);
    await until(async () => (await s.stats()).total >= atRemoval + 2);
  });

  it('pauses while the page is hidden and resumes when it is visible', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), CODE.overdue, 'fa', 0.1);
    await ready(el);
    const setVisibility = (v: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => v });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      await sleep(50);
      const atHide = (await s.stats()).total;
      await sleep(500);
      expect((await s.stats()).total).to.equal(atHide);
      setVisibility('visible');
      await until(async () => (await s.stats()).total >= atHide + 2);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('after errors: keeps the last data (marked stale), backs off, recovers', async () => {
    const s = apiSession();
    const ctl = switchable();
    const el = await tracker(s.base(), CODE.advancing, 'fa', 0.1);
    await ready(el);
    ctl.fault = 'malformed';
    const errors: string[] = [];
    el.addEventListener('egov-error', (e) => errors.push((e as CustomEvent).detail.kind));
    await until(() => errors.length >= 3, 'three failed polls', 6000);
    expect(q(el, '[part="stale"]')).to.exist;
    expect(q(el, '[part="status"]')!.dataset.status).to.equal('registered');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(el.poller.failures).to.be.at.least(3);
    // the waits between failed polls double: ~100, ~200, ~400 ms
    const gaps = ctl.starts.slice(1).map((t, i) => t - ctl.starts[i]!);
    expect(el.poller.delay).to.equal(100 * 2 ** el.poller.failures);
    expect(gaps[1]).to.be.at.least(195);
    expect(gaps[2]).to.be.at.least(395);
    ctl.fault = undefined;
    await until(() => q(el, '[part="status"]')?.dataset.status === 'sent', 'recovered', 6000);
    expect(q(el, '[part="stale"]')).to.equal(null);
    expect(el.poller.failures).to.equal(0);
  });

  it('does not poll a final status, property data, or with poll-interval 0', async () => {
    const s = apiSession();
    const a = await tracker(s.base(), CODE.closed, 'fa', 0.1);
    const b = await tracker(s.base(), CODE.overdue, 'fa', 0);
    await ready(a);
    await ready(b);
    await sleep(400);
    expect((await s.stats()).total).to.equal(2);
    expect(a.poller.running || b.poller.running).to.equal(false);
  });
});

describe('inquiry tracker: accessibility', () => {
  for (const lang of ['fa', 'en']) {
    it(`ready view is accessible in ${lang}`, async () => {
      const el = await tracker('/api', CODE.overdue, lang);
      await ready(el);
      await expect(el).to.be.accessible();
      const long = await tracker('/api', CODE.longHistory, lang);
      await ready(long);
      await expect(long).to.be.accessible();
    });

    it(`error panel is accessible in ${lang}`, async () => {
      const el = await tracker('/api/_fault/500', CODE.overdue, lang);
      await until(() => q(el, '[part="error"]'));
      await expect(el).to.be.accessible();
    });
  }
});
