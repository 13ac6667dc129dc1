import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-card.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { failingUntilHealed } from './support/faults.js';
import { ID, FREE, card, ready } from './support/service-card.js';

describe('<egov-service-card>: requests, not found and faults', () => {
  it('five cards with the same id make one request', async () => {
    const s = apiSession();
    const base = s.base('delay-200');
    const wrap = await fixture(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<egov-service-card api-base=${base} service-id=${ID} variant="compact"></egov-service-card>`)}
    </div>`);
    const els = [...wrap.querySelectorAll('egov-service-card')];
    await until(() => els.every((e) => q(e, '[part="title"]')));
    expect((await s.stats()).total).to.equal(1);
  });

  it('changing service-id shows only the new service, never the late old answer', async () => {
    const s = apiSession();
    const el = await card(s.base('slow-first'), ID);
    const loads: string[] = [];
    el.addEventListener('egov-load', (e) => loads.push((e as CustomEvent<{ id: string }>).detail.id));
    el.serviceId = FREE;
    await until(() => q(el, '[part="title"]'));
    expect(q(el, '[part="title"]')!.textContent).to.equal('استعلام رایگان وضعیت پرونده بیمه بیکاری');
    await new Promise((r) => setTimeout(r, 1800));
    expect(q(el, '[part="title"]')!.textContent).to.equal('استعلام رایگان وضعیت پرونده بیمه بیکاری');
    expect(loads).to.deep.equal([FREE]);
  });

  it('an unknown id: says no service has this id', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), '00000000000'));
    expect(q(el, '[part="not-found"]')!.getAttribute('role')).to.equal('status');
    expect(shadowText(el)).to.contain('خدمتی با این شناسه یافت نشد.');
    expect(q(el, '[part="not-found"] bdi')!.textContent).to.equal('۰۰۰۰۰۰۰۰۰۰۰');
    await expect(el).to.be.accessible();
  });

  const faults: [fault: string, kind: string, words: string][] = [
    ['500', 'http', 'سرور با خطا پاسخ داد'],
    ['503', 'http', 'سرور با خطا پاسخ داد'],
    ['timeout', 'timeout', 'پاسخ سرور دیر شد'],
    ['malformed', 'parse', 'پاسخ سرور خوانا نبود'],
    ['html', 'parse', 'پاسخ سرور خوانا نبود'],
    ['invalid', 'invalid', 'داده‌ها نادرست است'],
    ['network', 'network', 'اتصال برقرار نشد'],
  ];
  for (const [fault, kind, words] of faults) {
    it(`fault ${fault} → «${words}», and the retry button fetches again and shows the service`, async () => {
      const s = apiSession();
      const server = failingUntilHealed(s, fault);
      const el = await card(s.base());
      const err = await nextEvent<{ kind: string }>(el, 'egov-error');
      expect(err.detail.kind).to.equal(kind);
      expect(err.bubbles && err.composed).to.equal(true);
      await el.updateComplete;
      expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(shadowText(el)).to.contain(words);
      const before = (await s.stats()).total;
      expect(before).to.be.at.least(1);
      server.heal();
      q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await until(() => q(el, '[part="title"]'));
      expect((await s.stats()).total).to.equal(before + 1);
      expect(q(el, '[part="title"]')!.textContent).to.equal('صدور پروانه نمایندگی بیمه برای اشخاص حقیقی');
    });
  }

  it('the error panel passes axe in fa and en', async () => {
    const s = apiSession();
    for (const lang of ['fa', 'en']) {
      const el = await ready(await card(s.base('500'), ID, lang));
      expect(q(el, '[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    }
  });
});
