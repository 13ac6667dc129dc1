/**
 * A locale change reaches composed children: the cards that `<egov-service-list>` renders
 * in its shadow root follow a provider's (or the page's) `lang` at once, with no new request
 * (README "Locales and calendar").
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/provider.js';
import '../src/service-list.js';
import type { EgovServiceList } from '../src/service-list.js';
import { apiSession, until, q } from './support/helpers.js';
import { clearCache } from '../src/core/client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cards = (list: EgovServiceList) => [...list.shadowRoot!.querySelectorAll('egov-service-card')];
/** What each card's root says about its locale, and its agency line (translated labels). */
const cardLocales = (list: EgovServiceList) => cards(list).map((c) => q(c, '[part~="base"]')?.getAttribute('lang'));
const cardDirs = (list: EgovServiceList) => cards(list).map((c) => q(c, '[part~="base"]')?.getAttribute('dir'));

// English is not loaded before the switch: the first change to en also loads its strings.
afterEach(() => {
  clearCache();
  fixtureCleanup();
});

async function settle(list: EgovServiceList): Promise<void> {
  await sleep(0);
  await list.updateComplete;
  await Promise.all(cards(list).map((c) => c.updateComplete));
}

describe('locale: composed children follow the provider and the page', () => {
  it("a provider's lang change re-renders the list's cards, without a new request", async () => {
    const s = apiSession();
    const provider = await fixture<HTMLElement>(
      html`<egov-provider api-base=${s.base()} lang="fa"><egov-service-list page-size="3"></egov-service-list></egov-provider>`,
    );
    const list = provider.querySelector('egov-service-list')!;
    await until(() => cards(list).length === 3 && cards(list).every((c) => q(c, '[part~="title"]')), 'cards not shown');
    expect(cardLocales(list)).to.deep.equal(['fa', 'fa', 'fa']);
    const faText = cards(list).map((c) => c.shadowRoot!.textContent);
    const before = await s.stats();

    provider.setAttribute('lang', 'en');
    await settle(list);
    await until(() => cardLocales(list).every((l) => l === 'en'), `cards stayed in ${cardLocales(list)}`);
    expect(cardDirs(list)).to.deep.equal(['ltr', 'ltr', 'ltr']);
    expect(q(list, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    // Translated words, not just the attribute: each card's text changed.
    cards(list).forEach((c, i) => expect(c.shadowRoot!.textContent).to.not.equal(faText[i]));
    expect(await s.stats(), 'a locale change is not a new request').to.deep.equal(before);
    await expect(list).to.be.accessible();

    provider.setAttribute('lang', 'fa');
    await settle(list);
    await until(() => cardLocales(list).every((l) => l === 'fa'));
    expect(cardDirs(list)).to.deep.equal(['rtl', 'rtl', 'rtl']);
    await expect(list).to.be.accessible();
    expect(await s.stats()).to.deep.equal(before);
  });

  it("the page's lang change re-renders the list's cards", async () => {
    const s = apiSession();
    const html0 = document.documentElement;
    const old = html0.getAttribute('lang');
    try {
      html0.setAttribute('lang', 'fa');
      const list = await fixture<EgovServiceList>(html`<egov-service-list api-base=${s.base()} page-size="2"></egov-service-list>`);
      await until(() => cards(list).length === 2 && cards(list).every((c) => q(c, '[part~="title"]')));
      expect(cardLocales(list)).to.deep.equal(['fa', 'fa']);
      const before = await s.stats();
      html0.setAttribute('lang', 'en');
      await settle(list);
      await until(() => cardLocales(list).every((l) => l === 'en'), `cards stayed in ${cardLocales(list)}`);
      expect(await s.stats()).to.deep.equal(before);
    } finally {
      if (old === null) html0.removeAttribute('lang');
      else html0.setAttribute('lang', old);
    }
  });
});
