/**
 * The five widgets as the host-page tests put them on a page (test/support/host-page.ts):
 * each one's markup and the part that is there once its content is shown, and mounting one.
 */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { INQUIRY_CODES } from '../../dev/api/data/inquiry-codes.mjs';
import { apiSession, q, until } from './helpers.js';
import { hostPage } from './host-page.js';

export type Lang = 'fa' | 'en';

export interface Widget {
  name: string;
  template: (base: string, lang: Lang) => TemplateResult;
  /** The selector that is there once the content (not the skeleton) is shown. */
  ready: string;
}

export const WIDGETS: Widget[] = [
  {
    name: 'service-card',
    template: (base, lang) => html`<egov-service-card api-base=${base} lang=${lang} service-id="13061408000"></egov-service-card>`,
    ready: '[part="card"]',
  },
  {
    name: 'service-list',
    template: (base, lang) => html`<egov-service-list api-base=${base} lang=${lang} page-size="3"></egov-service-list>`,
    ready: '[part="items"]',
  },
  {
    name: 'maturity-gauge',
    template: (base, lang) => html`<egov-maturity-gauge api-base=${base} lang=${lang}></egov-maturity-gauge>`,
    ready: '[part="axes"]',
  },
  {
    name: 'agency-scoreboard',
    template: (base, lang) => html`<egov-agency-scoreboard api-base=${base} lang=${lang} limit="10"></egov-agency-scoreboard>`,
    ready: '[part="table"]',
  },
  {
    name: 'inquiry-tracker',
    template: (base, lang) =>
      html`<egov-inquiry-tracker api-base=${base} lang=${lang} tracking-code=${INQUIRY_CODES.inReview}></egov-inquiry-tracker>`,
    ready: '[part="timeline"]',
  },
];

/** Mounts a widget on a (neutral or hostile) host page and waits for its content. */
export async function mounted(w: Widget, { hostile = false, lang = 'fa' as Lang, dark = false, font = '' } = {}) {
  const page = hostPage({ hostile, lang });
  if (dark) page.page.style.colorScheme = 'dark';
  if (font) page.page.style.fontFamily = font;
  const el = await page.mount<HTMLElement>(w.template(apiSession().base(), lang));
  await until(() => q(el, w.ready), `${w.name}: content not shown`);
  // Nested widgets (the list's cards) render in their own updates.
  await until(() => [...el.shadowRoot!.querySelectorAll('egov-service-card')].every((c) => c.shadowRoot?.querySelector('[part="card"]')));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { page, el };
}
