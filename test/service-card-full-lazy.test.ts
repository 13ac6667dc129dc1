/**
 * A page that defines the card only through the list: a full card there still shows the whole
 * profile, loaded before its first render (src/service-card/full-view.ts), never the compact
 * view in its place. Imports the list only, so the card's entry is not loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-list.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { apiSession, q } from './support/helpers.js';

describe('service card defined by the list alone', () => {
  it('a full card still shows the whole profile: facts, copy button, details', async () => {
    const s = apiSession();
    const page = (await (await fetch(`${s.base()}/services?pageSize=1`)).json()) as { items: { id: string }[] };
    const service = page.items[0]!;
    const el = await fixture<EgovServiceCard>(html`<egov-service-card lang="fa" .service=${service}></egov-service-card>`);
    // Its first update waited for the view: the first thing it showed is the full profile.
    expect(q(el, '[part="facts"]'), 'the full view at the first render').to.not.equal(null);
    expect(q(el, '[part="card"]')!.classList.contains('compact')).to.equal(false);
    expect(q(el, '[part="copy-button"]')!.textContent).to.equal('کپی');
    await expect(el).to.be.accessible();
  });
});
