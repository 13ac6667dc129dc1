/**
 * Status messages (WCAG 4.1.3): each widget says what changed, once, in its language,
 * through its one live region (src/core/announcer.ts), present from the first render.
 * Real elements, real HTTP to the reference API; what is recorded is what a screen reader
 * is given: the region's text over time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import '../src/service-list.js';
import '../src/agency-scoreboard.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import type { EgovServiceList } from '../src/service-list.js';
import type { EgovAgencyScoreboard } from '../src/agency-scoreboard.js';
import { apiSession, until, q } from './support/helpers.js';
import { listen } from './support/live.js';
import { configure } from '../src/core/config.js';
import { loadLocale } from '../src/core/locale.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';

before(() => loadLocale('en'));

const fa = (n: number) => n.toLocaleString('fa-IR');
const en = (n: number) => n.toLocaleString('en-US');

async function submit(el: EgovInquiryTracker, value: string): Promise<void> {
  q<HTMLInputElement>(el, 'input')!.value = value;
  q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await el.updateComplete;
}

/** Sends this session's requests to a fault mode while `fault` is set. */
function faultSwitch() {
  const ctl = { fault: undefined as string | undefined };
  configure({
    fetch: (input, init) =>
      fetch(ctl.fault ? String(input).replace(/(\/api\/_s\/[^/]+)\//, `$1/_fault/${ctl.fault}/`) : String(input), init),
  });
  return ctl;
}

const words = {
  fa: {
    short: 'کد رهگیری ۱۴ رقم دارد؛ ۱۳ رقم وارد شده است.',
    chars: 'کد رهگیری فقط رقم دارد (خط تیره و فاصله مجاز است).',
    result: (subject: string) => `${subject}؛ وضعیت: در حال بررسی`,
    notFound: 'کد رهگیری یافت نشد: ۱۴۰۳-۰۱۰۱-۰۰۰۰۰۱',
    busy: 'سامانه شلوغ است و وضعیت به‌روز نشد؛ یک ثانیه دیگر دوباره پرسیده می‌شود.',
    changed: (to: string) => `وضعیت استعلام به «${to}» تغییر کرد.`,
    sent: 'ارسال شده',
    page: (last: number, total: number) => `صفحهٔ ۲ از ${fa(last)}، ${fa(total)} خدمت`,
    found: (n: number) => `${fa(n)} خدمت`,
    all: 'نمایش همهٔ ۱۰۵ دستگاه',
    top: '۱۰ دستگاه نخست نمایش داده می‌شود',
    sortAgency: 'مرتب‌شده بر اساس دستگاه، صعودی',
    sortAgencyDown: 'مرتب‌شده بر اساس دستگاه، نزولی',
    chart: 'نمایش به صورت نمودار',
    table: 'نمایش به صورت جدول',
    filtered: 'نمایش ۱ از ۱۰۵ دستگاه',
    none: 'دستگاهی با این نام یافت نشد.',
  },
  en: {
    short: 'A tracking code has 14 digits; you entered 13.',
    chars: 'A tracking code has only digits (dashes and spaces are fine).',
    result: (subject: string) => `${subject}; Status: In review`,
    notFound: 'Tracking code not found: 1403-0101-000001',
    busy: 'The service is busy and the status was not refreshed; it will be asked again in one second.',
    changed: (to: string) => `The inquiry's status changed to “${to}”.`,
    sent: 'Sent',
    page: (last: number, total: number) => `Page 2 of ${en(last)}, ${en(total)} services`,
    found: (n: number) => `${en(n)} services`,
    all: 'Showing all 105 agencies',
    top: 'Showing the top 10 agencies',
    sortAgency: 'Sorted by Agency, ascending',
    sortAgencyDown: 'Sorted by Agency, descending',
    chart: 'Showing a bar chart',
    table: 'Showing a table',
    filtered: 'Showing 1 of 105 agencies',
    none: 'No agency with this name.',
  },
} as const;

for (const lang of ['fa', 'en'] as const) {
  const w = words[lang];

  describe(`announcements (${lang})`, () => {
    it('tracker: a wrong code with its reason, the result (subject and status), not found; each once, focus kept in the field', async () => {
      const s = apiSession();
      const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${s.base()} lang=${lang}></egov-inquiry-tracker>`);
      const heard = listen(el);
      expect(heard.region.textContent!.trim()).to.equal('');
      q<HTMLInputElement>(el, 'input')!.focus();

      await submit(el, '1403-0725-11884');
      await until(() => heard.said.length === 1);
      expect(heard.said).to.deep.equal([w.short]);
      // The same mistake again is said again (a new announcement, not silence).
      await submit(el, '1403-0725-11884');
      await until(() => heard.said.length === 2);
      await submit(el, '1403-x');
      await until(() => heard.said.length === 3);
      expect(heard.said.slice(1)).to.deep.equal([w.short, w.chars]);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input'));

      const subject = ((await (await fetch(`/api/inquiries/${INQUIRY_CODES.inReview}`)).json()) as { subject: string }).subject;
      await submit(el, INQUIRY_CODES.inReview);
      await until(() => heard.said.length === 4, 'the result was said');
      expect(heard.said[3]).to.equal(w.result(subject.replace(/ي/g, 'ی').replace(/ك/g, 'ک')));
      // In en the Persian subject is spoken by a Persian voice.
      const part = heard.region.querySelector('[lang]');
      if (lang === 'en') expect(part?.getAttribute('lang')).to.equal('fa');
      else expect(part).to.equal(null);

      await submit(el, '1403-0101-000001');
      await until(() => heard.said.length === 5, 'not found was said');
      expect(heard.said[4]).to.equal(w.notFound);
      // The panel is not a second live region (it would be said twice, or, created with its text, not at all).
      expect(q(el, '[part="not-found"]')!.hasAttribute('role')).to.equal(false);
      await new Promise((r) => setTimeout(r, 300));
      expect(heard.said.length, 'nothing said twice').to.equal(5);
      heard.stop();
      await expect(el).to.be.accessible();
    });

    it('tracker polling: «busy, not refreshed» said once for a run of failures; each status change said once', async function () {
      this.timeout(20_000);
      const s = apiSession();
      const ctl = faultSwitch();
      const el = await fixture<EgovInquiryTracker>(
        html`<egov-inquiry-tracker api-base=${s.base()} tracking-code=${INQUIRY_CODES.advancing} poll-interval="0.2" lang=${lang}></egov-inquiry-tracker>`,
      );
      const heard = listen(el);
      await until(() => q(el, '[part="inquiry"]'));
      expect(heard.said, 'a page load is not announced').to.deep.equal([]);
      ctl.fault = '503';
      await until(() => q(el, '[part="stale"]'), 'stale', 6000);
      await new Promise((r) => setTimeout(r, 1500)); // more failed polls: still said once
      expect(heard.said).to.deep.equal([w.busy]);
      ctl.fault = undefined;
      await until(() => q(el, '[part="status"]')?.dataset.status === 'answered', 'answered', 10_000);
      expect(heard.said[1]).to.equal(w.changed(w.sent));
      expect(heard.said.length).to.equal(4); // busy, then sent, in review, answered
      heard.stop();
    });

    it('list: a page change says «page 2 of N, total», a search says the count', async () => {
      const s = apiSession();
      const el = await fixture<EgovServiceList>(html`<egov-service-list api-base=${s.base()} lang=${lang}></egov-service-list>`);
      const heard = listen(el);
      await until(() => el.shadowRoot!.querySelectorAll('egov-service-card').length === 20);
      expect(heard.said, 'a page load is not announced').to.deep.equal([]);
      const total = ((await (await fetch('/api/services?pageSize=1')).json()) as { total: number }).total;
      q<HTMLButtonElement>(el, '[part="page-button"]:not([aria-current])')!.click();
      await until(() => heard.said.length === 1, 'the page was said');
      expect(heard.said).to.deep.equal([w.page(Math.ceil(total / 20), total)]);

      const box = q<HTMLInputElement>(el, '[part="search-input"]')!;
      box.value = 'ازمون';
      box.dispatchEvent(new Event('input'));
      box.form!.requestSubmit();
      await until(() => heard.said.length === 2, 'the count was said');
      expect(heard.said[1]).to.equal(w.found(54));
      expect(q(el, '[part="count"]')!.hasAttribute('role'), 'one live region, not two').to.equal(false);
      heard.stop();
    });

    it('scoreboard: show all, sort, view switch and filter, each said once', async () => {
      const el = await fixture<EgovAgencyScoreboard>(
        html`<egov-agency-scoreboard round="5" limit="10" lang=${lang}></egov-agency-scoreboard>`,
      );
      const heard = listen(el);
      await until(() => q(el, '[part="show-all"]'));
      const click = async (selector: string, nth = 0) => {
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)[nth]!.click();
        await el.updateComplete;
      };
      await click('[part="show-all"]');
      await click('[part="show-all"]');
      await click('[part="sort-button"]', 1);
      await click('[part="sort-button"]', 1);
      await click('[part="view-button"]', 1);
      await click('[part="view-button"]', 1); // pressed already: nothing changes, nothing said
      await click('[part="view-button"]', 0);
      const input = q<HTMLInputElement>(el, '[part="filter-input"]')!;
      input.value = 'بیمه مرکزی';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      input.value = 'نیست';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(heard.said).to.deep.equal([w.all, w.top, w.sortAgency, w.sortAgencyDown, w.chart, w.table, w.filtered, w.none]);
      heard.stop();
    });
  });
}
