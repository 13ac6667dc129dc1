import { expect } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { configure } from '../src/core/config.js';
import { timeoutFor } from './support/faults.js';
import { loadLocale } from '../src/core/locale.js';
import { CODE, tracker, ready, statusText, submit, switchable } from './support/inquiry-tracker.js';

before(() => loadLocale('en'));

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
      configure({ timeoutMs: timeoutFor(fault) });
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
