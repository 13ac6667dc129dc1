/** What the list's test files share: the fixture, readers of its cards and count, typing like a person, the queries sent. */
import { fixture, html } from '@open-wc/testing';
import type { EgovServiceList } from '../../src/service-list.js';
import type { EgovServiceCard } from '../../src/service-card.js';
import { apiSession, until, q } from './helpers.js';

export const list = (base: string, attrs: { lang?: string; q?: string; agency?: string; pageSize?: number } = {}) =>
  fixture<EgovServiceList>(
    html`<egov-service-list
      api-base=${base}
      lang=${attrs.lang ?? 'fa'}
      q=${attrs.q ?? ''}
      agency=${attrs.agency ?? ''}
      page-size=${attrs.pageSize ?? 20}
    ></egov-service-list>`,
  );

export const cards = (el: EgovServiceList) => [...el.shadowRoot!.querySelectorAll<EgovServiceCard>('egov-service-card')];
export const titles = (el: EgovServiceList) => cards(el).map((c) => q(c, '[part="title"]')?.textContent ?? '');
export const count = (el: EgovServiceList) => q(el, '[part="count"]')!.textContent!.trim();
export const input = (el: EgovServiceList) => q<HTMLInputElement>(el, '[part="search-input"]')!;

export const loaded = async (el: EgovServiceList) => {
  await until(() => count(el) !== '' || q(el, '[part="error"]') || q(el, '[part="not-found"]'));
  await until(() => cards(el).every((c) => q(c, '[part="title"]')));
  return el;
};

/** Types like a person: one input event per character, `gapMs` apart. */
export async function type(el: EgovServiceList, text: string, gapMs = 30): Promise<void> {
  const box = input(el);
  for (const ch of text) {
    box.value += ch;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, gapMs));
  }
}

/** The `q` of every /services request the session saw, in order. */
export const sentQueries = async (s: ReturnType<typeof apiSession>) =>
  Object.keys((await s.stats()).byPath)
    .filter((k) => k.startsWith('/services?'))
    .map((k) => new URLSearchParams(k.slice('/services?'.length)));
