/** What the card's test files share: the reference API's service ids, fixtures and readers of the card's facts. */
import { fixture, html } from '@open-wc/testing';
import type { EgovServiceCard } from '../../src/service-card.js';
import { until, q } from './helpers.js';

export const ID = '13061408000';
export const HOSTILE = '99900000001';
export const LONG = '99900000002';
export const MINIMAL = '99900000003';
export const FREE = '99900000006';
export const NOT_ELECTRONIC = '99900000008';

export const card = (base: string, id = ID, lang = 'fa', variant: 'full' | 'compact' = 'full') =>
  fixture<EgovServiceCard>(html`<egov-service-card api-base=${base} service-id=${id} lang=${lang} variant=${variant}></egov-service-card>`);

export const ready = async (el: EgovServiceCard) => {
  await until(() => q(el, '[part="card"]') || q(el, '[part="error"]') || q(el, '[part="not-found"]'));
  await el.updateComplete;
  return el;
};

/** Whether a part is there and rendered (absent facts are `hidden`, not drawn). */
export const shown = (el: Element, selector: string): boolean => !!q(el, selector)?.checkVisibility();

/** The labels of the facts a reader sees. */
export const factLabels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.facts > div')].filter((d) => d.checkVisibility()).map((d) => d.querySelector('dt')!.textContent);

/** The dd that follows a visible dt with this label. */
export const fact = (el: Element, label: string): string | undefined => {
  for (const div of el.shadowRoot!.querySelectorAll('.facts > div')) {
    if (!div.checkVisibility()) continue;
    if (div.querySelector('dt')!.textContent!.trim() === label) return div.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
  }
  return undefined;
};

export const given = (extra: Record<string, unknown> = {}) => ({
  id: '12345678901',
  title: 'خدمت آزمایشی',
  agency: { id: 'a', name: 'سازمان آزمایش' },
  ...extra,
});
