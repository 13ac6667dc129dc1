import { expect } from '@open-wc/testing';
import '../src/service-list.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';
import { failingUntilHealed } from './support/faults.js';
import { list, cards, count, input, loaded, type } from './support/service-list.js';

describe('<egov-service-list>: faults', () => {
  const faults: [fault: string, words: string][] = [
    ['500', 'سرور با خطا پاسخ داد'],
    ['503', 'سرور با خطا پاسخ داد'],
    ['timeout', 'پاسخ سرور دیر شد'],
    ['malformed', 'پاسخ سرور خوانا نبود'],
    ['html', 'پاسخ سرور خوانا نبود'],
    ['invalid', 'داده‌ها نادرست است'],
    ['network', 'اتصال برقرار نشد'],
    ['404', 'موردی با این مشخصات یافت نشد'],
  ];
  for (const [fault, words] of faults) {
    it(`fault ${fault} → «${words}», the search box stays, and a retry shows the list`, async () => {
      const s = apiSession();
      const server = failingUntilHealed(s, fault);
      const el = await list(s.base());
      await until(() => q(el, '[part="error"]') || q(el, '[part="not-found"]'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      expect(count(el)).to.equal('');
      expect(input(el)).to.exist;
      server.heal();
      const retry = q<HTMLButtonElement>(el, '[part="retry-button"]');
      if (fault === '404') {
        // Not found has no retry; a new search asks again.
        expect(retry).to.equal(null);
        await type(el, 'بیمه', 5);
      } else {
        retry!.click();
      }
      await until(() => cards(el).length > 0);
      await loaded(el);
      expect(q(el, '[part="error"]')).to.equal(null);
    });
  }
});
