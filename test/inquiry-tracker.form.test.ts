import { expect } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { loadLocale } from '../src/core/locale.js';
import { localDigits } from '../src/format/text.js';
import { CODE, UNKNOWN, sleep, tracker, formTracker, ready, input, setLang, submit } from './support/inquiry-tracker.js';

before(() => loadLocale('en'));

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
      // The mark and the words apart, as a reader sees them.
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`⚠ ${fa}`);
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
