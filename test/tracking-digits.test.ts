/**
 * Tracking codes in Persian digits in fa, shown and as typed; the request path stays ASCII,
 * and `<bdi dir="ltr">` keeps the code's order inside RTL text (README "Locales and calendar").
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import { apiSession, until, q, nextEvent } from './support/helpers.js';
import { clearCache } from '../src/core/client.js';
import { loadLocale } from '../src/core/locale.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';

const CODE = INQUIRY_CODES.inReview; // 1403-0725-118842
const FA_CODE = '۱۴۰۳-۰۷۲۵-۱۱۸۸۴۲';
const LATIN = /[0-9]/;

before(() => loadLocale('en'));
afterEach(() => {
  clearCache();
  fixtureCleanup();
});

/** The code in the inquiry's details: the `<bdi>` in the row labelled «کد رهگیری» / "Tracking code". */
const shownCode = (el: EgovInquiryTracker) => {
  const bdis = [...el.shadowRoot!.querySelectorAll('[part="details"] bdi')];
  return bdis.find((b) => /[0-9۰-۹]{4}-/.test(b.textContent ?? '')) as HTMLElement | undefined;
};
const hintCode = (el: EgovInquiryTracker) => el.shadowRoot!.querySelector<HTMLElement>('#hint bdi');
const input = (el: EgovInquiryTracker) => q<HTMLInputElement>(el, 'input')!;

describe('tracking codes: Persian digits in fa', () => {
  it('the code and the hint are in Persian digits, isolated left-to-right', async () => {
    const s = apiSession();
    const el = await fixture<EgovInquiryTracker>(
      html`<egov-inquiry-tracker api-base=${s.base()} tracking-code=${CODE} lang="fa"></egov-inquiry-tracker>`,
    );
    await until(() => shownCode(el), 'inquiry not shown');
    const code = shownCode(el)!;
    expect(code.textContent!.trim()).to.equal(FA_CODE);
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${CODE}`]: 1 });
    await expect(el).to.be.accessible();

    const form = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${s.base()} lang="fa"></egov-inquiry-tracker>`);
    const hint = hintCode(form)!;
    expect(hint.textContent!.trim()).to.equal(FA_CODE);
    expect(hint.localName).to.equal('bdi');
    expect(hint.getAttribute('dir')).to.equal('ltr');
    expect(form.shadowRoot!.querySelector('#hint')!.textContent).to.not.match(LATIN);
  });

  it("the hint keeps its space before the example in its own text node (the field's description reads «…for example 1403-…»)", async () => {
    for (const lang of ['fa', 'en']) {
      const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker lang=${lang}></egov-inquiry-tracker>`);
      const hint = el.shadowRoot!.querySelector('#hint')!;
      const words = [...hint.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      expect(words.textContent, lang).to.match(/\S $/);
      expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        lang === 'fa' ? '۱۴ رقم، مانند ۱۴۰۳-۰۷۲۵-۱۱۸۸۴۲' : '14 digits, for example 1403-0725-118842',
      );
    }
  });

  it('digits typed in Persian stay Persian in the field; the request is ASCII', async () => {
    const s = apiSession();
    const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${s.base()} lang="fa"></egov-inquiry-tracker>`);
    input(el).value = '۱۴۰۳ ۰۷۲۵ ۱۱۸۸۴۲';
    const submitted = nextEvent<{ trackingCode: string }>(el, 'egov-submit');
    q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    expect((await submitted).detail.trackingCode, 'the event carries ASCII').to.equal(CODE);
    await until(() => shownCode(el), 'inquiry not shown');
    expect(input(el).value, "the field keeps the reader's digits (tidied)").to.equal(FA_CODE);
    expect(shownCode(el)!.textContent!.trim()).to.equal(FA_CODE);
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${CODE}`]: 1 });
    await expect(el).to.be.accessible();
  });

  it('ASCII digits typed in fa stay ASCII in the field (tidied), the inquiry shows Persian; en shows Latin digits', async () => {
    const s = apiSession();
    const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${s.base()} lang="fa"></egov-inquiry-tracker>`);
    input(el).value = '14030725118842';
    q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await until(() => shownCode(el));
    expect(input(el).value).to.equal(CODE);
    expect(shownCode(el)!.textContent!.trim()).to.equal(FA_CODE);
    expect((await s.stats()).byPath).to.deep.equal({ [`/inquiries/${CODE}`]: 1 });

    const en = await fixture<EgovInquiryTracker>(
      html`<egov-inquiry-tracker api-base=${s.base()} tracking-code=${CODE} lang="en"></egov-inquiry-tracker>`,
    );
    await until(() => shownCode(en));
    expect(shownCode(en)!.textContent!.trim()).to.equal(CODE);
    await expect(en).to.be.accessible();
    const enForm = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${s.base()} lang="en"></egov-inquiry-tracker>`);
    expect(hintCode(enForm)!.textContent!.trim()).to.equal(CODE);
  });
});
