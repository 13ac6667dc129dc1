import { expect } from '@open-wc/testing';
import '../src/agency-scoreboard.js';
import { apiSession, shadowText, nextEvent, q } from './support/helpers.js';
import { configure } from '../src/core/config.js';
import { scoreboard, settled, rows, click } from './support/agency-scoreboard.js';

describe('<egov-agency-scoreboard>: loading, not found and faults', () => {
  it('says an unknown round was not found', async () => {
    const el = await scoreboard({ round: '99' });
    const err = await nextEvent<{ kind: string; status: number }>(el, 'egov-error');
    expect(err.detail).to.deep.equal({ kind: 'not-found', status: 404 });
    await settled(el);
    const panel = q(el, '[part="not-found"]')!;
    expect(panel.getAttribute('role')).to.equal('status');
    expect(panel.textContent!.trim()).to.equal('دور ارزیابی ۹۹ یافت نشد.');
    const en = await settled(await scoreboard({ round: '99', lang: 'en' }));
    expect(shadowText(en)).to.contain('Evaluation round 99 was not found.');
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = await scoreboard({ base: apiSession().base('delay-400') });
    expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    await settled(el);
    expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
  });

  const faults: [fault: string, kind: string, words: string, requests: number][] = [
    ['500', 'http', 'سرور با خطا پاسخ داد', 2],
    ['503', 'http', 'سرور با خطا پاسخ داد', 2],
    ['404', 'not-found', 'دور ارزیابی', 1],
    ['malformed', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['html', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['invalid', 'invalid', 'داده‌ها نادرست است', 1],
    ['network', 'network', 'اتصال برقرار نشد', 2],
    ['timeout', 'timeout', 'پاسخ سرور دیر شد', 1],
  ];
  for (const [fault, kind, words, requests] of faults) {
    it(`fault ${fault} → ${kind}, in words${kind === 'not-found' ? '' : ', and the retry button asks again'}`, async () => {
      if (fault === 'timeout') configure({ timeoutMs: 300 });
      const s = apiSession();
      const el = await scoreboard({ base: s.base(fault) });
      const err = await nextEvent<{ kind: string }>(el, 'egov-error');
      expect(err.detail.kind).to.equal(kind);
      expect(err.bubbles && err.composed).to.equal(true);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      // A dropped connection may be retried by the browser itself as well: at least.
      const first = (await s.stats()).total;
      if (fault === 'network') expect(first).to.be.at.least(requests);
      else expect(first).to.equal(requests);
      if (kind === 'not-found') return;
      expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      const again = nextEvent(el, 'egov-error');
      await click(el, '[part="retry-button"]');
      await again;
      if (fault === 'network') expect((await s.stats()).total).to.be.at.least(first + requests);
      else expect((await s.stats()).total).to.equal(requests * 2);
    });
  }

  it('recovers when the retry succeeds (first answer too slow, second fast)', async () => {
    configure({ timeoutMs: 500 });
    const s = apiSession();
    const el = await scoreboard({ base: s.base('slow-first') });
    await nextEvent(el, 'egov-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('پاسخ سرور دیر شد');
    const load = nextEvent(el, 'egov-load');
    await click(el, '[part="retry-button"]');
    await load;
    await settled(el);
    expect(rows(el).length).to.equal(105);
  });
});
