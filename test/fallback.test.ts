/**
 * Before the script loads (README "Before the script loads"): what the page writes inside an
 * element is its fallback, shown while the element is not defined (and for good if the
 * script never arrives); once the element renders its own content, the fallback is not
 * shown as well. This file imports no element up front: each is defined during a test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { apiSession, until } from './support/helpers.js';

/** The CSS the README gives an agency for `:not(:defined)`. */
const AGENCY_CSS = html`<style>
  egov-service-card:not(:defined),
  egov-inquiry-tracker:not(:defined) {
    display: block;
    min-block-size: 12em;
  }
</style>`;

const visible = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().height > 0;

describe('before the script loads', () => {
  it('a fallback link inside an undefined card is visible; hidden once the card is ready, and shown once only', async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(html`<div lang="fa">
      ${AGENCY_CSS}
      <egov-service-card api-base=${s.base()} service-id="13061408000">
        <a class="fallback" href="https://example.org/services/13061408000">صدور پروانه نمایندگی بیمه — صفحهٔ خدمت</a>
      </egov-service-card>
    </div>`);
    const card = page.querySelector('egov-service-card')!;
    const link = page.querySelector<HTMLAnchorElement>('a.fallback')!;
    expect(customElements.get('egov-service-card')).to.equal(undefined);
    expect(card.matches(':not(:defined)')).to.equal(true);
    expect(visible(link), 'fallback visible before the script').to.equal(true);
    expect(card.getBoundingClientRect().height, 'the agency CSS reserves space').to.be.at.least(100);

    await import('../src/service-card.js');
    await until(() => card.shadowRoot?.querySelector('[part="card"]'), 'card not ready');
    expect(card.matches(':defined')).to.equal(true);
    expect(visible(link), 'fallback hidden once the card renders').to.equal(false);
    // The link is still in the light DOM (the page's own), but not part of what is rendered.
    expect(link.isConnected).to.equal(true);
    expect(link.assignedSlot).to.equal(null);
    const texts = [
      card.shadowRoot!.textContent!,
      ...[...card.shadowRoot!.querySelectorAll('slot')].flatMap((sl) => sl.assignedNodes().map((n) => n.textContent)),
    ];
    expect(texts.join(' ')).not.to.contain('صفحهٔ خدمت');
    await expect(page).to.be.accessible();
  });

  it('a fallback that never gets its script stays (an element whose module is never loaded)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fa">
      ${AGENCY_CSS}
      <egov-inquiry-tracker tracking-code=${INQUIRY_CODES.inReview}>
        <p><a href="https://example.org/inquiries">پیگیری استعلام در سامانهٔ دستگاه</a></p>
      </egov-inquiry-tracker>
    </div>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(customElements.get('egov-inquiry-tracker')).to.equal(undefined);
    expect(visible(page.querySelector('a')!)).to.equal(true);
    await expect(page).to.be.accessible();
  });
});
