import { expect } from '@open-wc/testing';
import '../src/maturity-gauge.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { failingUntilHealed } from './support/faults.js';
import { gauge, settled } from './support/maturity-gauge.js';

describe('<egov-maturity-gauge>', () => {
  describe('loading, not found and faults', () => {
    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await gauge({ base: apiSession().base('delay-400') });
      expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
      expect(q(el, '[part="loading"]')).to.exist;
      await settled(el);
      expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
    });

    it('an agency not evaluated in the round → not found, in words', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), agency: 'no-such-agency' }));
      expect(q(el, '[part="not-found"]')!.textContent!.trim()).to.equal('ارزیابی این دستگاه در این دوره یافت نشد.');
      await expect(el).to.be.accessible();
      const en = await settled(await gauge({ base: apiSession().base(), round: '99', lang: 'en' }));
      expect(q(en, '[part="not-found"]')!.textContent!.trim()).to.equal('This evaluation round was not found.');
      await expect(en).to.be.accessible();
    });

    // Every fault mode: its words, a retry button, and a retry that asks the server again
    // and shows the data once the server is well (test/support/faults.ts: real HTTP to the
    // reference API, in the fault mode until the test heals it).
    const faults: [fault: string, kind: string, fa: string, en: string][] = [
      ['500', 'http', 'سرور با خطا پاسخ داد', 'The server answered with an error'],
      ['503', 'http', 'سرور با خطا پاسخ داد', 'The server answered with an error'],
      ['timeout', 'timeout', 'پاسخ سرور دیر شد', 'The server took too long'],
      ['malformed', 'parse', 'پاسخ سرور خوانا نبود', "The server's answer could not be read"],
      ['html', 'parse', 'پاسخ سرور خوانا نبود', "The server's answer could not be read"],
      ['invalid', 'invalid', 'داده‌ها نادرست است', 'The data is not valid'],
      ['network', 'network', 'اتصال برقرار نشد', 'Could not connect'],
    ];
    for (const [fault, kind, fa, en] of faults) {
      it(`fault ${fault} → ${kind}: words in fa and en, and a retry that works`, async () => {
        const s = apiSession();
        const server = failingUntilHealed(s, fault);
        const el = await gauge({ base: s.base() });
        const err = await nextEvent<{ kind: string }>(el, 'egov-error');
        expect(err.detail.kind).to.equal(kind);
        expect(err.bubbles && err.composed).to.equal(true);
        await el.updateComplete;
        expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(shadowText(el)).to.contain(fa);
        await expect(el).to.be.accessible();
        el.setAttribute('lang', 'en');
        await until(() => shadowText(el).includes(en));
        await expect(el).to.be.accessible();

        const before = (await s.stats()).total;
        server.heal();
        q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
        await until(() => q(el, '[part="gauge"]'));
        expect(q(el, '[part="value"]')!.textContent).to.equal('62.8%');
        expect((await s.stats()).total).to.equal(before + 1);
      });
    }

    it('fault 404 → not found (no retry needed)', async () => {
      const el = await settled(await gauge({ base: apiSession().base('404') }));
      expect(q(el, '[part="not-found"]')!.textContent!.trim()).to.equal('این دورهٔ ارزیابی یافت نشد.');
    });

    it('fault flaky → one automatic retry, then the data', async () => {
      const s = apiSession();
      const el = await settled(await gauge({ base: s.base('flaky') }));
      expect(q(el, '[part="value"]')!.textContent).to.equal('۶۲٫۸٪');
      expect((await s.stats()).total).to.equal(2);
    });

    it('fault slow → stays loading, then shows the data', async () => {
      const el = await gauge({ base: apiSession().base('slow') });
      await new Promise((r) => setTimeout(r, 500));
      expect(q(el, '[part="loading"]')).to.exist;
      await until(() => q(el, '[part="gauge"]'), 'no data after slow', 6000);
    });

    it('fault slow-first → a late answer for an old round is never shown', async () => {
      const s = apiSession();
      const el = await gauge({ base: s.base('slow-first'), round: '3' });
      el.round = '5';
      await until(() => q(el, '[part="gauge"]'));
      await new Promise((r) => setTimeout(r, 1800));
      expect(q(el, '[part="meta"]')!.textContent).to.contain('دوره ۵');
    });
  });
});
