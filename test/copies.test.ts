/**
 * Two copies of the library on one page, as when an agency page loads the CDN file and an
 * app bundle: this file's own imports are one copy (only the card and the data client);
 * `/__egov/other-copy.js` is another, bundled with its own lit (test/support/other-copy.mjs).
 * A provider from the other copy configures this copy's card although it is defined later;
 * `configure()` from either copy reaches the other's elements; the first copy warns once
 * about a second, different version (README "Configure the API").
 */
import { expect } from '@open-wc/testing';
import '../src/service-card.js';
import { EgovServiceCard } from '../src/service-card.js';
import { configure, resetConfiguration } from '../src/api.js';
import { VERSION } from '../src/version.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';

const ID = '13061408000';
const OTHER_VERSION = '99.0.0-other';
type OtherCopy = typeof import('../src/index.js');

const warnings: string[] = [];
const realWarn = console.warn;
let other: OtherCopy;

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup; // fixed test markup, no API text
  document.body.append(host);
  return host;
}

before(() => {
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    realWarn.apply(console, args);
  };
});
after(() => {
  console.warn = realWarn;
});
afterEach(() => resetConfiguration());

describe('two copies on one page', () => {
  it("a provider from a copy loaded later configures the first copy's card", async () => {
    const viaProvider = apiSession();
    const pageDefault = apiSession();
    configure({ apiBase: pageDefault.base() });
    const host = mount(
      `<egov-provider api-base="${viaProvider.base()}"><egov-service-card service-id="${ID}"></egov-service-card></egov-provider>`,
    );
    const card = host.querySelector('egov-service-card')!;
    expect(card).to.be.instanceOf(EgovServiceCard);
    await new Promise((r) => setTimeout(r, 150));
    expect((await pageDefault.stats()).total, 'the card fetched before its provider existed').to.equal(0);

    other = (await import(/* @vite-ignore */ `/__egov/other-copy.js?version=${OTHER_VERSION}` as string)) as OtherCopy;
    const Provider = customElements.get('egov-provider')!;
    expect(Provider, 'the other copy defined the provider').to.equal(other.EgovProvider);
    expect(customElements.get('egov-service-card'), "the card stays this copy's").to.equal(EgovServiceCard);

    await until(() => q(card, '[part~="title"]'), "the card did not render after the other copy's provider arrived");
    expect(shadowText(card)).to.not.include('یافت نشد');
    expect((await viaProvider.stats()).byPath).to.deep.equal({ [`/services/${ID}`]: 1 });
    expect((await pageDefault.stats()).total).to.equal(0);
    await expect(card).to.be.accessible();
    host.remove();
  });

  it('configure() from this copy reaches an element the other copy defined', async () => {
    const s = apiSession();
    // This copy never imported the gauge: the other copy defined it.
    expect(customElements.get('egov-maturity-gauge')).to.equal(other.EgovMaturityGauge);
    configure({ apiBase: s.base() });
    const host = mount(`<egov-maturity-gauge lang="en"></egov-maturity-gauge>`);
    const gauge = host.querySelector('egov-maturity-gauge')!;
    await until(() => /\d/.test(shadowText(gauge)) && !q(gauge, '[part~="loading"]'), 'the gauge did not render');
    expect((await s.stats()).byPath).to.deep.equal({ '/evaluations/latest/summary': 1 });
    expect(q(gauge, '[part~="error"]')).to.equal(null);
    host.remove();
  });

  it("configure() from the other copy reaches this copy's card, and a later call re-fetches", async () => {
    const first = apiSession();
    const second = apiSession();
    other.configure({ apiBase: first.base() });
    const host = mount(`<egov-service-card service-id="${ID}" lang="en"></egov-service-card>`);
    const card = host.querySelector('egov-service-card')!;
    await until(() => q(card, '[part~="title"]'));
    expect((await first.stats()).byPath).to.deep.equal({ [`/services/${ID}`]: 1 });
    // The other copy changes the page configuration: this copy's card follows.
    other.configure({ apiBase: second.base() });
    await until(async () => (await second.stats()).total === 1, "the card did not follow the other copy's configure()");
    // And this copy's reset is the page's reset: the other copy sees it too.
    resetConfiguration();
    other.configure({ timeoutMs: 5000 });
    expect(card.requestConfig.apiBase).to.equal('/api');
    host.remove();
  });

  it('the first copy warns once that a second, different version is loaded', async () => {
    const about = warnings.filter((w) => w.includes('egov-widgets') && w.includes(OTHER_VERSION));
    expect(about, warnings.join('\n')).to.have.length(1);
    expect(about[0]).to.include(VERSION);
    // The same version again: nothing new. (Another copy of this version: no warning at all.)
    await import(/* @vite-ignore */ `/__egov/other-copy.js?version=${OTHER_VERSION}` as string);
    await import(/* @vite-ignore */ `/__egov/other-copy.js?version=${VERSION}` as string);
    expect(warnings.filter((w) => w.startsWith('egov-widgets') && w.includes('beside'))).to.have.length(1);
  });
});
