/**
 * Hand-written service profiles with fixed ids that tests and stories rely on
 * (README.md lists them). Each exists to exercise one rendering or search case;
 * keep the ids stable.
 * @module
 */

import { AGENCY_BY_ID } from './agencies.mjs';

/** @typedef {import('./services.mjs').Service} Service */

/**
 * Full `{ id, name, website }` of a real agency.
 * @param {string} id
 */
function agency(id) {
  const a = /** @type {import('./agencies.mjs').AgencyRecord} */ (AGENCY_BY_ID.get(id));
  return { id: a.id, name: a.name, website: a.website };
}

/** Agency used by fixtures that are not about a real body. */
const TEST_AGENCY = { id: 'test-fixtures', name: 'سازمان آزمایش ویجت‌ها', website: 'https://example.org/egov-widgets' };

/** Script payload reused in every hostile field; a test asserts `window.__pwned` stays undefined. */
const XSS = '<img src=x onerror="window.__pwned=1">';

/** Fixed ids, exported so tests in this folder need no magic strings. */
export const SPECIAL_IDS = Object.freeze({
  centralInsurance: '13061408000',
  hostile: '99900000001',
  long: '99900000002',
  minimal: '99900000003',
  arabicLetters: '99900000004',
  zwnj: '99900000005',
  free: '99900000006',
  noVisits: '99900000007',
  notElectronic: '99900000008',
  diacritics: '99900000009',
});

/**
 * 10,000 characters: Persian words with spaces first, then a run with no break
 * opportunity at all (mixed Persian letters, digits and Latin) to test overflow-wrap.
 * @param {string} words repeated with spaces
 * @param {string} unbroken repeated with no spaces
 */
function longText(words, unbroken) {
  const spaced = (words + ' ').repeat(Math.ceil(6000 / (words.length + 1))).slice(0, 6000);
  const run = unbroken.repeat(Math.ceil(4000 / unbroken.length)).slice(0, 4000);
  return spaced + run;
}

/** @type {Service[]} */
export const SPECIAL_SERVICES = [
  {
    id: SPECIAL_IDS.centralInsurance,
    title: 'صدور پروانه نمایندگی بیمه برای اشخاص حقیقی',
    description:
      'متقاضیان فعالیت به عنوان نماینده فروش بیمه پس از گذراندن آزمون و دوره آموزشی، درخواست صدور پروانه ' +
      'نمایندگی را در سامانه جامع نمایندگان بیمه مرکزی ثبت می‌کنند. پس از بررسی مدارک و تأیید صلاحیت، ' +
      'پروانه به صورت الکترونیکی صادر می‌شود و اعتبار آن سه سال است.',
    agency: agency('ins-central'),
    type: 'G2C',
    level: 'national',
    electronic: 'full',
    essential: true,
    channels: [
      { kind: 'web', url: 'https://www.centinsur.ir/services/13061408000' },
      { kind: 'counter' },
      { kind: 'mobile', url: 'https://my.gov.ir/service/13061408000' },
      { kind: 'phone', phone: '021-88745000' },
    ],
    fee: { amount: 250000, currency: 'IRR' },
    durationDays: 3,
    inPersonVisits: 0,
    documents: ['تصویر کارت ملی', 'مدرک تحصیلی', 'گواهی قبولی در آزمون نمایندگی', 'گواهی عدم سوء پیشینه', 'عکس ۳×۴ رنگی'],
    lifeEvents: ['اشتغال', 'راه‌اندازی کسب‌وکار'],
    legalBasis: 'ماده ۳۱ قانون تأسیس بیمه مرکزی ایران و بیمه‌گری و آیین‌نامه شماره ۹۳ شورای عالی بیمه',
    updatedAt: '2024-03-20',
  },
  {
    id: SPECIAL_IDS.hostile,
    title: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
    description: `<p>توضیح با <b>HTML</b></p>${XSS}<a href="javascript:window.__pwned=1">کلیک کنید</a><style>*{display:none}</style>`,
    agency: { id: 'test-hostile', name: `<b onmouseover="window.__pwned=1">سازمان مهاجم</b>${XSS}`, website: 'javascript:alert(1)' },
    type: 'G2C',
    level: 'national',
    electronic: 'partial',
    essential: false,
    channels: [
      { kind: 'web', url: 'javascript:window.__pwned=1' },
      { kind: 'mobile', url: 'data:text/html,<script>1</script>' },
      { kind: 'phone', phone: `021"><img src=x onerror="window.__pwned=1">` },
      { kind: 'counter' },
    ],
    fee: { amount: 10000, currency: 'IRR' },
    durationDays: 1,
    inPersonVisits: 1,
    documents: [XSS, '<script>window.__pwned=1</script>'],
    lifeEvents: [`<iframe src="javascript:window.__pwned=1"></iframe>`],
    legalBasis: `<a href="javascript:window.__pwned=1">قانون</a>${XSS}`,
    updatedAt: '2024-05-01',
  },
  {
    id: SPECIAL_IDS.long,
    title: longText('عنوان بسیار طولانی خدمت آزمایشی', 'بدون‌فاصله۱۲۳LongUnbrokenRun'),
    description: longText('توضیح بسیار طولانی برای آزمون شکستن سطرها در کارت خدمت', 'متن‌پیوسته۴۵۶NoSpacesHere'),
    agency: TEST_AGENCY,
    type: 'G2B',
    level: 'provincial',
    electronic: 'partial',
    essential: false,
    channels: [{ kind: 'web', url: `https://example.org/${'very-long-path-segment/'.repeat(20)}service` }, { kind: 'counter' }],
    fee: { amount: 1234567890, currency: 'IRR' },
    durationDays: 365,
    inPersonVisits: 9,
    documents: Array.from({ length: 25 }, (_, i) => `مدرک شماره ${i + 1} با نام طولانی برای آزمون فهرست‌های بلند`),
    lifeEvents: ['تحصیل', 'اشتغال', 'ازدواج', 'بازنشستگی', 'مهاجرت'],
    legalBasis: 'ماده '.concat('۱'.repeat(200)),
    updatedAt: '2024-01-01',
  },
  {
    id: SPECIAL_IDS.minimal,
    title: 'خدمت با کمترین اطلاعات',
    agency: { id: TEST_AGENCY.id, name: TEST_AGENCY.name },
  },
  {
    // Written with Arabic ي and ك on purpose: searching «کارت هوشمند کشاورزی» must find it.
    id: SPECIAL_IDS.arabicLetters,
    title: 'صدور كارت هوشمند كشاورزي براي بهره‌برداران نمونه',
    description: 'اين خدمت با حروف عربي (ي و ك) نوشته شده تا جست‌وجوي فارسي آزموده شود.',
    agency: agency('maj'),
    type: 'G2C',
    level: 'provincial',
    electronic: 'partial',
    essential: true,
    channels: [{ kind: 'web', url: 'https://www.maj.ir/services/99900000004' }, { kind: 'counter' }],
    fee: { amount: 150000, currency: 'IRR' },
    durationDays: 10,
    inPersonVisits: 1,
    documents: ['تصویر کارت ملی', 'سند اراضی کشاورزی'],
    lifeEvents: ['اشتغال'],
    legalBasis: 'ماده ۳۴ قانون افزایش بهره‌وری بخش کشاورزی و منابع طبیعی',
    updatedAt: '2024-06-11',
  },
  {
    // «گواهی‌نامه» and «بین‌المللی» carry ZWNJ: «گواهینامه بینالمللی» and «گواهی نامه» must find it.
    id: SPECIAL_IDS.zwnj,
    title: 'درخواست گواهی‌نامه بین‌المللی رانندگی',
    description: 'دارندگان گواهی‌نامه پایه یک و دو برای رانندگی در خارج از کشور گواهی‌نامه بین‌المللی دریافت می‌کنند.',
    agency: agency('rahvar'),
    type: 'G2C',
    level: 'national',
    electronic: 'partial',
    essential: false,
    channels: [{ kind: 'web', url: 'https://www.rahvar120.ir/services/99900000005' }, { kind: 'counter' }, { kind: 'phone', phone: '120' }],
    fee: { amount: 1850000, currency: 'IRR' },
    durationDays: 7,
    inPersonVisits: 1,
    documents: ['اصل گواهی‌نامه رانندگی', 'تصویر گذرنامه', 'عکس ۳×۴ رنگی'],
    lifeEvents: ['سفر خارجی', 'مالکیت خودرو'],
    legalBasis: 'کنوانسیون ۱۹۶۸ وین درباره عبور و مرور جاده‌ای',
    updatedAt: '2024-02-28',
  },
  {
    id: SPECIAL_IDS.free,
    title: 'استعلام رایگان وضعیت پرونده بیمه بیکاری',
    description: 'بیمه‌شدگان بیکارشده وضعیت پرونده مقرری بیمه بیکاری خود را بدون پرداخت هزینه مشاهده می‌کنند.',
    agency: agency('mcls'),
    type: 'G2C',
    level: 'national',
    electronic: 'full',
    essential: true,
    channels: [
      { kind: 'web', url: 'https://www.mcls.gov.ir/services/99900000006' },
      { kind: 'mobile', url: 'https://my.gov.ir/service/99900000006' },
    ],
    fee: null,
    durationDays: 0,
    inPersonVisits: 0,
    documents: ['کد ملی'],
    lifeEvents: ['اشتغال'],
    legalBasis: 'ماده ۷ قانون بیمه بیکاری',
    updatedAt: '2024-09-03',
  },
  {
    id: SPECIAL_IDS.noVisits,
    title: 'تمدید برخط کارت بازرگانی',
    description: 'بازرگانان کارت بازرگانی خود را بدون هیچ مراجعه حضوری و با امضای الکترونیکی تمدید می‌کنند.',
    agency: agency('mimt'),
    type: 'G2B',
    level: 'national',
    electronic: 'full',
    essential: false,
    channels: [{ kind: 'web', url: 'https://www.mimt.gov.ir/services/99900000007' }],
    fee: { amount: 3500000, currency: 'IRR' },
    durationDays: 2,
    inPersonVisits: 0,
    documents: ['گواهی امضای الکترونیکی', 'گواهی مفاصاحساب مالیاتی'],
    lifeEvents: ['صادرات و واردات'],
    legalBasis: 'آیین‌نامه اجرایی ماده ۱۰ قانون مقررات صادرات و واردات',
    updatedAt: '2024-07-15',
  },
  {
    id: SPECIAL_IDS.notElectronic,
    title: 'صدور پروانه حفر چاه کشاورزی در دشت‌های ممنوعه',
    description: 'این خدمت الکترونیکی نیست: متقاضی باید با اصل مدارک به امور آب شهرستان مراجعه کند و بازدید میدانی انجام می‌شود.',
    agency: agency('wrm'),
    type: 'G2C',
    level: 'rural',
    electronic: 'none',
    essential: false,
    channels: [{ kind: 'in-person' }, { kind: 'counter' }, { kind: 'phone', phone: '1522' }],
    fee: { amount: 5000000, currency: 'IRR' },
    durationDays: 45,
    inPersonVisits: 3,
    documents: ['سند مالکیت زمین', 'نقشه UTM محل چاه', 'تصویر کارت ملی'],
    lifeEvents: ['اشتغال'],
    legalBasis: 'ماده ۵ قانون توزیع عادلانه آب',
    updatedAt: '2023-11-30',
  },
  {
    // Diacritics, tatweel, ۀ and Arabic-Indic digits: «ثبت نام آزمون دوره 20 کارشناسی» must find it.
    id: SPECIAL_IDS.diacritics,
    title: 'ثَبتِ‌نامِ آزمونِ ورودیِ دورۀ ٢٠ کـــارشناسی',
    description: 'ثبت‌نام داوطلبان آزمون ورودی دوره بیستم کارشناسی ناپیوسته.',
    agency: agency('sanjesh'),
    type: 'G2C',
    level: 'national',
    electronic: 'full',
    essential: true,
    channels: [{ kind: 'web', url: 'https://www.sanjesh.org/services/99900000009' }],
    fee: { amount: 2100000, currency: 'IRR' },
    durationDays: 0,
    inPersonVisits: 0,
    documents: ['عکس ۳×۴ رنگی', 'مدرک کاردانی'],
    lifeEvents: ['تحصیل'],
    legalBasis: 'قانون سنجش و پذیرش دانشجو در دانشگاه‌ها',
    updatedAt: '2024-04-09',
  },
];
