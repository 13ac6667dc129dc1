/**
 * Inter-agency inquiries (استعلام) by tracking code. Fixed-date fixtures cover every
 * status; a few are computed from the current time on each request so that
 * "overdue by 3 days" and "due in 5 days" stay true whenever the tests run; one
 * advances one status per request within a session, for polling tests.
 * @module
 */

import { agencyRef } from './agencies.mjs';
import { DAY, HOUR, MINUTE, floorToMinute, tehranIso } from './tehran-time.mjs';

/**
 * @typedef {'registered'|'sent'|'in-review'|'answered'|'rejected'|'closed'} InquiryStatus
 * @typedef {{ status: InquiryStatus, at: string, note?: string }} InquiryEvent
 * @typedef {object} Inquiry
 * @property {string} trackingCode `YYYY-MMDD-NNNNNN`
 * @property {string} subject
 * @property {{ id: string, name: string }} from
 * @property {{ id: string, name: string }} to
 * @property {InquiryStatus} status
 * @property {string} submittedAt
 * @property {string} dueAt
 * @property {InquiryEvent[]} events oldest first
 */

/** Tracking codes of the fixtures: in their own module so the browser tests can import them. */
export { INQUIRY_CODES } from './inquiry-codes.mjs';
import { INQUIRY_CODES } from './inquiry-codes.mjs';

/** The statuses the advancing fixture walks through, one per request. */
const ADVANCING_STEPS = /** @type {const} */ (['registered', 'sent', 'in-review', 'answered']);

/** Fixed-date fixtures (1403 = 2024). */
/** @type {Inquiry[]} */
const FIXED = [
  {
    trackingCode: INQUIRY_CODES.inReview,
    subject: 'استعلام اصالت گواهی عدم سوء پیشینه متقاضی پروانه نمایندگی بیمه',
    from: agencyRef('ins-central'),
    to: agencyRef('adliran'),
    status: 'in-review',
    submittedAt: '2024-10-16T09:30:00+03:30',
    dueAt: '2024-10-23T09:30:00+03:30',
    events: [
      { status: 'registered', at: '2024-10-16T09:30:00+03:30' },
      { status: 'sent', at: '2024-10-16T09:42:00+03:30' },
      { status: 'in-review', at: '2024-10-17T11:05:00+03:30', note: 'پرونده به کارشناس واحد سجل کیفری ارجاع شد.' },
    ],
  },
  {
    trackingCode: INQUIRY_CODES.registered,
    subject: 'استعلام وضعیت مالیاتی شرکت برای تمدید کارت بازرگانی',
    from: agencyRef('mimt'),
    to: agencyRef('tax'),
    status: 'registered',
    submittedAt: '2024-10-22T14:10:00+03:30',
    dueAt: '2024-10-29T14:10:00+03:30',
    events: [{ status: 'registered', at: '2024-10-22T14:10:00+03:30' }],
  },
  {
    trackingCode: INQUIRY_CODES.sent,
    subject: 'استعلام سوابق بیمه‌ای متقاضی مستمری بازنشستگی',
    from: agencyRef('cspf'),
    to: agencyRef('tamin'),
    status: 'sent',
    submittedAt: '2024-10-23T08:05:00+03:30',
    dueAt: '2024-10-30T08:05:00+03:30',
    events: [
      { status: 'registered', at: '2024-10-23T08:05:00+03:30' },
      { status: 'sent', at: '2024-10-23T08:06:00+03:30', note: 'ارسال خودکار از طریق شبکه ملی تبادل اطلاعات (GSB).' },
    ],
  },
  {
    trackingCode: INQUIRY_CODES.answered,
    subject: 'استعلام اصالت سند مالکیت پلاک ثبتی ۱۲۴۵/۳۶ بخش ۱۱ تهران',
    from: agencyRef('maskan'),
    to: agencyRef('ssaa'),
    status: 'answered',
    submittedAt: '2024-08-31T10:00:00+03:30',
    dueAt: '2024-09-07T10:00:00+03:30',
    events: [
      { status: 'registered', at: '2024-08-31T10:00:00+03:30' },
      { status: 'sent', at: '2024-08-31T10:01:00+03:30' },
      { status: 'in-review', at: '2024-09-01T09:20:00+03:30' },
      { status: 'answered', at: '2024-09-03T12:45:00+03:30', note: 'سند اصالت دارد و در رهن هیچ بانکی نیست.' },
    ],
  },
  {
    trackingCode: INQUIRY_CODES.rejected,
    subject: 'استعلام اصالت مدرک تحصیلی کارشناسی ارشد متقاضی استخدام',
    from: agencyRef('aro'),
    to: agencyRef('msrt'),
    status: 'rejected',
    submittedAt: '2024-08-05T13:30:00+03:30',
    dueAt: '2024-08-19T13:30:00+03:30',
    events: [
      { status: 'registered', at: '2024-08-05T13:30:00+03:30' },
      { status: 'sent', at: '2024-08-05T13:31:00+03:30' },
      {
        status: 'rejected',
        at: '2024-08-06T08:15:00+03:30',
        note: 'شماره دانشجویی با کد ملی همخوانی ندارد؛ استعلام با اطلاعات درست دوباره ثبت شود.',
      },
    ],
  },
  {
    trackingCode: INQUIRY_CODES.closed,
    subject: 'استعلام نداشتن بدهی عوارض نوسازی برای صدور پایان کار',
    from: agencyRef('ssaa'),
    to: agencyRef('tehran-city'),
    status: 'closed',
    submittedAt: '2024-06-09T09:00:00+03:30',
    dueAt: '2024-06-16T09:00:00+03:30',
    events: [
      { status: 'registered', at: '2024-06-09T09:00:00+03:30' },
      { status: 'sent', at: '2024-06-09T09:02:00+03:30' },
      { status: 'in-review', at: '2024-06-10T10:30:00+03:30' },
      { status: 'answered', at: '2024-06-12T11:00:00+03:30', note: 'ملک بدهی عوارض ندارد.' },
      { status: 'closed', at: '2024-06-13T08:00:00+03:30', note: 'پاسخ دریافت و پرونده بایگانی شد.' },
    ],
  },
];

/** 14 events, every one with a note: a case passed between units, for scrolling/timeline tests. */
const LONG_HISTORY_NOTES = /** @type {const} */ ([
  ['registered', 'درخواست استعلام از سوی اداره کل امور مالیاتی استان اصفهان ثبت شد.'],
  ['sent', 'استعلام به گمرک جمهوری اسلامی ایران ارسال شد.'],
  ['in-review', 'پرونده در دفتر ارزش‌گذاری گمرک بررسی می‌شود.'],
  ['sent', 'به دلیل نیاز به اسناد حمل، به گمرک بندر شهید رجایی ارجاع شد.'],
  ['in-review', 'کارشناس گمرک بندر شهید رجایی بررسی را آغاز کرد.'],
  ['in-review', 'درخواست تصویر بارنامه و فاکتور خرید از سازمان درخواست‌کننده.'],
  ['sent', 'مدارک تکمیلی از سوی سازمان امور مالیاتی بارگذاری و دوباره ارسال شد.'],
  ['in-review', 'بررسی مدارک تکمیلی آغاز شد.'],
  ['in-review', 'اختلاف ارزش اظهارشده با ارزش روز کالا به کمیسیون ارزش ارجاع شد.'],
  ['in-review', 'کمیسیون ارزش جلسه را به هفته آینده موکول کرد.'],
  ['in-review', 'کمیسیون ارزش نظر کارشناسی را تأیید کرد.'],
  ['answered', 'پاسخ: ارزش گمرکی محموله ۴۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال تعیین شد.'],
  ['in-review', 'سازمان درخواست‌کننده به پاسخ اعتراض کرد؛ پرونده برای بازبینی بازگشت.'],
  ['closed', 'بازبینی انجام شد، پاسخ پیشین تأیید و پرونده بسته شد.'],
]);

FIXED.push({
  trackingCode: INQUIRY_CODES.longHistory,
  subject: 'استعلام ارزش گمرکی محموله واردات ماشین‌آلات صنعتی برای تشخیص مالیات',
  from: agencyRef('tax'),
  to: agencyRef('customs'),
  status: 'closed',
  submittedAt: '2024-07-05T08:30:00+03:30',
  dueAt: '2024-07-19T08:30:00+03:30',
  events: LONG_HISTORY_NOTES.map(([status, note], i) => ({
    status,
    // two to three days apart, always between 08:30 and 13:21 (office hours)
    at: tehranIso(Date.parse('2024-07-05T08:30:00+03:30') + (2 * i + (i % 2)) * DAY + (i % 4) * 97 * MINUTE),
    note,
  })),
});

/** @type {Map<string, Inquiry>} */
const FIXED_BY_DIGITS = new Map(FIXED.map((inq) => [digitsOf(inq.trackingCode), inq]));

/**
 * Per-session progress the advancing fixture needs: when each step was first reached.
 * @typedef {{ reachedAt: number[] }} AdvancingState
 */

/**
 * Built on every request from the current time, so relative deadlines hold on any day.
 * @param {number} now minute-rounded epoch ms
 * @returns {Record<string, Inquiry>}
 */
function relativeFixtures(now) {
  const overdueSubmitted = now - 10 * DAY - 2 * HOUR;
  const dueSoonSubmitted = now - 2 * DAY - 3 * HOUR;
  return {
    [digitsOf(INQUIRY_CODES.overdue)]: {
      trackingCode: INQUIRY_CODES.overdue,
      subject: 'استعلام پرداخت حق بیمه کارگاه برای مفاصاحساب پیمان عمرانی',
      from: agencyRef('mporg'),
      to: agencyRef('tamin'),
      status: 'in-review',
      submittedAt: tehranIso(overdueSubmitted),
      dueAt: tehranIso(now - 3 * DAY),
      events: [
        { status: 'registered', at: tehranIso(overdueSubmitted) },
        { status: 'sent', at: tehranIso(overdueSubmitted + 20 * MINUTE) },
        { status: 'in-review', at: tehranIso(overdueSubmitted + DAY), note: 'در انتظار تأیید شعبه ۱۲ تأمین اجتماعی تهران.' },
      ],
    },
    [digitsOf(INQUIRY_CODES.notYetDue)]: {
      trackingCode: INQUIRY_CODES.notYetDue,
      subject: 'استعلام نداشتن منع خروج از کشور برای صدور گذرنامه',
      from: agencyRef('passport'),
      to: agencyRef('adliran'),
      status: 'sent',
      submittedAt: tehranIso(dueSoonSubmitted),
      dueAt: tehranIso(now + 5 * DAY),
      events: [
        { status: 'registered', at: tehranIso(dueSoonSubmitted) },
        { status: 'sent', at: tehranIso(dueSoonSubmitted + 5 * MINUTE) },
      ],
    },
  };
}

/**
 * The advancing fixture at its current step for this session.
 * @param {AdvancingState} state mutated: records when the next step is reached
 * @param {number} now minute-rounded epoch ms
 * @returns {Inquiry}
 */
function advancingFixture(state, now) {
  if (state.reachedAt.length < ADVANCING_STEPS.length) state.reachedAt.push(now);
  const step = state.reachedAt.length - 1;
  const submitted = state.reachedAt[0];
  return {
    trackingCode: INQUIRY_CODES.advancing,
    subject: 'استعلام اعتبار ضمانت‌نامه بانکی شرکت‌کننده در مناقصه',
    from: agencyRef('mrud'),
    to: agencyRef('bmi'),
    status: ADVANCING_STEPS[step],
    submittedAt: tehranIso(submitted),
    dueAt: tehranIso(submitted + 7 * DAY),
    events: state.reachedAt.map((at, i) => ({
      status: ADVANCING_STEPS[i],
      at: tehranIso(at),
      ...(ADVANCING_STEPS[i] === 'answered' ? { note: 'ضمانت‌نامه معتبر است و تا پایان سال اعتبار دارد.' } : {}),
    })),
  };
}

/**
 * Only the digits of a tracking code: `1403-0725-118842` and `14030725118842` are the same code.
 * @param {string} code
 */
export function digitsOf(code) {
  return code.replace(/\D/g, '');
}

/**
 * Look an inquiry up. `getAdvancingState` gives this session's progress record
 * (only called for the advancing fixture, so other lookups do not touch it).
 * @param {string} code as typed; everything but digits is ignored
 * @param {() => AdvancingState} getAdvancingState
 * @returns {{ error: 'bad_request' | 'not_found' } | { inquiry: Inquiry }}
 */
export function findInquiry(code, getAdvancingState) {
  const digits = digitsOf(code);
  if (digits.length !== 14) return { error: 'bad_request' };
  const now = floorToMinute();
  if (digits === digitsOf(INQUIRY_CODES.advancing)) return { inquiry: advancingFixture(getAdvancingState(), now) };
  const inquiry = FIXED_BY_DIGITS.get(digits) ?? relativeFixtures(now)[digits];
  return inquiry ? { inquiry } : { error: 'not_found' };
}
