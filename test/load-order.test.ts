/**
 * Load order within one copy of the library: a provider whose element is defined after
 * its widgets (importing `service-card.js` before `provider.js`, or a provider upgraded
 * later) still configures them, and they never fetch from the page default meanwhile
 * (README "Configure the API"). This file imports the provider only inside the tests.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/service-card.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';
import { clearCache } from '../src/core/client.js';
import { configure, resetConfiguration } from '../src/core/config.js';

const ID = '13061408000';

afterEach(() => {
  clearCache();
  resetConfiguration();
  fixtureCleanup();
});

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup; // fixed test markup, no API text
  document.body.append(host);
  return host;
}

describe('load order: provider defined after its card (same copy)', () => {
  it('the card waits for the provider, then fetches from its api-base only', async () => {
    const viaProvider = apiSession();
    const pageDefault = apiSession();
    // Where a card that ignored the provider would go: counted, so the test can fail.
    configure({ apiBase: pageDefault.base() });
    expect(customElements.get('egov-provider')).to.equal(undefined);
    const host = mount(
      `<egov-provider api-base="${viaProvider.base()}" lang="fa"><egov-service-card service-id="${ID}"></egov-service-card></egov-provider>`,
    );
    const card = host.querySelector('egov-service-card')!;
    await new Promise((r) => setTimeout(r, 150));
    expect((await pageDefault.stats()).total, 'requests before the provider exists').to.equal(0);
    expect(q(card, '[part~="not-found"]'), 'no "not found" while waiting').to.equal(null);

    await import('../src/provider.js');
    await until(() => q(card, '[part~="title"]'), 'the card did not render after the provider was defined');
    expect(shadowText(card)).to.not.include('یافت نشد');
    expect((await viaProvider.stats()).byPath).to.deep.equal({ [`/services/${ID}`]: 1 });
    expect((await pageDefault.stats()).total).to.equal(0);
    await expect(card).to.be.accessible();
    host.remove();
  });

  it('a provider created after its card is on the page configures it (now defined)', async () => {
    const viaProvider = apiSession();
    const pageDefault = apiSession();
    configure({ apiBase: pageDefault.base() });
    await import('../src/provider.js');
    // The card is on the page first; the provider is wrapped around it afterwards.
    const host = mount(`<egov-service-card service-id="${ID}" lang="en"></egov-service-card>`);
    const card = host.querySelector('egov-service-card')!;
    await until(() => q(card, '[part~="title"]'));
    const provider = document.createElement('egov-provider');
    provider.setAttribute('api-base', viaProvider.base());
    host.append(provider);
    provider.append(card);
    await until(async () => (await viaProvider.stats()).total === 1, 'the moved card did not use its new provider');
    await until(() => q(card, '[part~="title"]'));
    expect((await pageDefault.stats()).byPath).to.deep.equal({ [`/services/${ID}`]: 1 });
    await expect(card).to.be.accessible();
    host.remove();
  });
});
