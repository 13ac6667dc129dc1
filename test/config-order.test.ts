/**
 * Property order (README "Configure the API"): a framework may set a widget's key before its
 * provider's API base, in the same task (React sets children's properties before their
 * parent's). The widget's first request waits for the provider, so it never goes to a base
 * the page did not choose. And `<meta name="egov-api-base">`, the page's base declared in its HTML.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/service-card.js';
import '../src/maturity-gauge.js';
import '../src/provider.js';
import type { EgovServiceCard } from '../src/service-card.js';
import type { EgovProvider } from '../src/provider.js';
import { apiSession, q, until } from './support/helpers.js';
import { clearCache } from '../src/core/client.js';
import { configure, resetConfiguration } from '../src/core/config.js';

const ID = '13061408000';

afterEach(() => {
  clearCache();
  resetConfiguration();
  fixtureCleanup();
  document.head.querySelector('meta[name="egov-api-base"]')?.remove();
});

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup; // fixed test markup, no API text
  document.body.append(host);
  return host;
}

describe('configuration order', () => {
  it("a card's key set before its provider's api-base, in one task: one request, to the provider's base", async () => {
    const viaProvider = apiSession();
    const pageDefault = apiSession();
    configure({ apiBase: pageDefault.base() }); // where a card that asked too early would go: counted
    const host = mount(`<egov-provider><egov-service-card></egov-service-card></egov-provider>`);
    const provider = host.querySelector<EgovProvider>('egov-provider')!;
    const card = host.querySelector<EgovServiceCard>('egov-service-card')!;
    await provider.updateComplete;
    await card.updateComplete;
    // As React's commit does: the child's properties, then the parent's.
    card.serviceId = ID;
    provider.apiBase = viaProvider.base();
    await until(() => q(card, '[part~="title"]'), 'the card did not render');
    expect((await pageDefault.stats()).total, 'requests to the page default').to.equal(0);
    expect((await viaProvider.stats()).byPath).to.deep.equal({ [`/services/${ID}`]: 1 });
    host.remove();
  });

  it('after its first request, a new provider base asks again, with no loading flash in between', async () => {
    const first = apiSession();
    const second = apiSession();
    const host = mount(
      `<egov-provider api-base="${first.base()}"><egov-service-card service-id="${ID}"></egov-service-card></egov-provider>`,
    );
    const provider = host.querySelector<EgovProvider>('egov-provider')!;
    const card = host.querySelector<EgovServiceCard>('egov-service-card')!;
    await until(() => q(card, '[part~="title"]'));
    provider.apiBase = second.base();
    await until(async () => (await second.stats()).total === 1, 'the card did not ask the new base');
    expect((await first.stats()).total).to.equal(1);
    host.remove();
  });

  it('<meta name="egov-api-base"> is the page default; configure() and a provider come before it', async () => {
    const viaMeta = apiSession();
    const viaConfigure = apiSession();
    const meta = document.createElement('meta');
    meta.name = 'egov-api-base';
    meta.content = viaMeta.base();
    document.head.append(meta);
    const host = mount(`<egov-maturity-gauge></egov-maturity-gauge>`);
    const gauge = host.querySelector('egov-maturity-gauge')!;
    await until(async () => (await viaMeta.stats()).total === 1, 'the gauge did not ask the meta tag’s base');
    await until(() => !q(gauge, '[part~="loading"]'));
    expect(q(gauge, '[part~="error"]')).to.equal(null);
    configure({ apiBase: viaConfigure.base() });
    await until(async () => (await viaConfigure.stats()).total === 1, 'configure() did not come before the meta tag');
    expect((await viaMeta.stats()).total).to.equal(1);
    host.remove();
  });
});
