/**
 * A page that defines the card only through the list: a full card there still shows the whole
 * profile (the list imports the full view too). Imports the list only, so the card's entry is
 * not loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-list.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { apiSession, until, q } from './support/helpers.js';

describe('service card defined by the list alone', () => {
  it('a full card still shows the whole profile: facts, copy button, details', async () => {
    const s = apiSession();
    const page = (await (await fetch(`${s.base()}/services?pageSize=1`)).json()) as { items: { id: string }[] };
    const service = page.items[0]!;
    const el = await fixture<EgovServiceCard>(html`<egov-service-card lang="fa" .service=${service}></egov-service-card>`);
    await until(() => q(el, '[part="facts"]'), 'the full view loaded');
    expect(q(el, '[part="card"]')!.classList.contains('compact')).to.equal(false);
    expect(q(el, '[part="copy-button"]')!.textContent).to.equal('کپی');
    await expect(el).to.be.accessible();
  });
});
