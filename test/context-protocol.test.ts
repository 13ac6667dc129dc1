/**
 * The provider's configuration travels by the community context protocol (src/core/context.ts),
 * which @lit/context speaks too: a copy of the library that provides or consumes through
 * @lit/context (an earlier release on the same page) and this one understand each other, and a
 * provider connected inside another one takes over the widgets inside it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import '../src/service-card.js';
import '../src/provider.js';
import type { ProviderConfig } from '../src/core/config.js';
import { apiSession, until } from './support/helpers.js';

const ID = '13061408000';
const context = createContext<ProviderConfig | undefined>(Symbol.for('egov-widgets:provider'));

/** A plain element as a controller host, as another copy's element would be. */
function asHost(el: HTMLElement): HTMLElement & ReactiveControllerHost {
  return Object.assign(el, {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  });
}

const titleTag = (card: Element) => card.shadowRoot?.querySelector('[part="title"]')?.tagName;

describe('context protocol', () => {
  it("a provider speaking @lit/context configures this copy's card", async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const provider = new ContextProvider(asHost(page), { context, initialValue: { apiBase: s.base(), headingLevel: 4 } });
    const card = document.createElement('egov-service-card');
    card.setAttribute('service-id', ID);
    page.append(card);
    await until(() => titleTag(card) === 'H4', "the card did not take the provider's heading level");
    expect((await s.stats()).total, 'one request, to the base the provider gave').to.equal(1);
    provider.setValue({ apiBase: s.base(), headingLevel: 5 });
    await until(() => titleTag(card) === 'H5', 'a new value was not followed');
  });

  it('<egov-provider> answers a consumer speaking @lit/context, and tells it each new value', async () => {
    const page = await fixture<HTMLElement>(html`<egov-provider heading-level="3"><div></div></egov-provider>`);
    const seen: (ProviderConfig | undefined)[] = [];
    new ContextConsumer(asHost(page.querySelector('div')!), { context, subscribe: true, callback: (v) => seen.push(v) }).hostConnected();
    expect(seen.at(-1)?.headingLevel).to.equal(3);
    page.setAttribute('heading-level', '6');
    await until(() => seen.at(-1)?.headingLevel === 6, 'the new value did not reach the consumer');
  });

  it('a provider connected inside <egov-provider> takes over the widgets inside it', async () => {
    const s = apiSession();
    const page = await fixture<HTMLElement>(
      html`<egov-provider api-base=${s.base()} heading-level="3"><div><egov-service-card service-id=${ID}></egov-service-card></div></egov-provider>`,
    );
    const card = page.querySelector('egov-service-card')!;
    await until(() => titleTag(card) === 'H3', "the card did not take the outer provider's level");
    const inner = new ContextProvider(asHost(page.querySelector('div')!), {
      context,
      initialValue: { apiBase: s.base(), headingLevel: 5 },
    });
    inner.hostConnected();
    await until(() => titleTag(card) === 'H5', 'the inner provider did not take the card over');
    // The outer provider no longer speaks to it: its change is not followed.
    page.setAttribute('heading-level', '2');
    await (page as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(titleTag(card)).to.equal('H5');
  });
});
