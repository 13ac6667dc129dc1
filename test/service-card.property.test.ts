import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-card.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { apiSession, shadowText, nextEvent, q } from './support/helpers.js';
import { ID, fact, given } from './support/service-card.js';

describe('<egov-service-card>: given data', () => {
  it('takes the profile as a property, with no request, and fires egov-load', async () => {
    const s = apiSession();
    const data = given({
      fee: null,
      unknownField: { nested: true },
      channels: [{ kind: 'kiosk' }, { kind: 'web', url: 'https://example.org/s' }],
    });
    // A service-id too: the property wins and nothing is fetched.
    const fresh = document.createElement('egov-service-card');
    fresh.apiBase = s.base();
    fresh.serviceId = ID;
    fresh.service = data;
    const load = nextEvent<{ id: string; unknownField?: unknown }>(fresh, 'egov-load');
    document.body.append(fresh);
    const ev = await load;
    expect(ev.detail.id).to.equal('12345678901');
    expect(ev.detail.unknownField).to.equal(undefined);
    expect(q(fresh, '[part="title"]')!.textContent).to.equal('خدمت آزمایشی');
    expect(fact(fresh, 'هزینه')).to.equal('رایگان');
    // An unknown channel kind is left out; the known one stays.
    expect(fresh.shadowRoot!.querySelectorAll('[part="channels"] li').length).to.equal(1);
    expect((await s.stats()).total).to.equal(0);
    fresh.remove();
  });

  it('an optional field of the wrong type is the invalid state, naming the field', async () => {
    const el = await fixture<EgovServiceCard>(html`<egov-service-card .service=${given({ fee: 'free' })}></egov-service-card>`);
    await el.updateComplete;
    expect(q(el, '[part="error"]')!.dataset.kind).to.equal('invalid');
    expect(shadowText(el)).to.contain('داده‌ها نادرست است');
    expect(shadowText(el)).to.contain('fee');
    // Given data cannot be fetched again: no retry button.
    expect(q(el, '[part="retry-button"]')).to.equal(null);
    el.service = given({ electronic: 'mostly' });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('electronic');
    el.service = given({ updatedAt: 'yesterday' });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('updatedAt');
    el.service = { id: '1', agency: { id: 'a', name: 'x' } };
    await el.updateComplete;
    expect(shadowText(el)).to.contain('title');
  });

  it('a javascript: channel URL produces no link', async () => {
    const el = await fixture<EgovServiceCard>(
      html`<egov-service-card
        .service=${given({
          agency: { id: 'a', name: 'x', website: '//evil.example' },
          channels: [
            { kind: 'web', url: 'javascript:alert(1)' },
            { kind: 'mobile', url: ' JAVASCRIPT:alert(1)' },
            { kind: 'phone', url: 'data:text/html,x' },
          ],
        })}
      ></egov-service-card>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(q(el, '[part="channels"]')!.textContent).to.contain('درگاه اینترنتی');
  });
});
