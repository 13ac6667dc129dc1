/** What the scoreboard's test files share: its data shapes, fixtures and the readers of its table. */
import { fixture, html } from '@open-wc/testing';
import type { EgovAgencyScoreboard } from '../../src/agency-scoreboard.js';
import { until, q } from './helpers.js';

export interface Item {
  agency: { id: string; name: string };
  score: number;
  axes?: Record<string, number>;
  previousScore?: number;
}
export interface Body {
  round: number;
  axes: { key: string; label?: string }[];
  items: Item[];
}

export const item = (id: string, name: string, score: number, extra: Partial<Item> = {}): Item => ({
  agency: { id, name },
  score,
  ...extra,
});

/** Persian alphabetical order: آ ا ب پ ت … ج چ … ز ژ … ک گ … ی. */
export const PERSIAN_ORDER = ['آب', 'اراک', 'بانک', 'پست', 'تهران', 'جهاد', 'چاپ', 'زمین', 'ژاله', 'سبز', 'کشور', 'گمرک', 'یزد'];

export const scoreboard = (
  attrs: { base?: string; lang?: string; round?: string; limit?: number; threshold?: number; view?: 'table' | 'chart'; sort?: string } = {},
) =>
  fixture<EgovAgencyScoreboard>(html`<egov-agency-scoreboard
    api-base=${attrs.base ?? '/api'}
    lang=${attrs.lang ?? 'fa'}
    round=${attrs.round ?? 'latest'}
    limit=${attrs.limit ?? 0}
    threshold=${attrs.threshold ?? 40}
    view=${attrs.view ?? 'table'}
    sort=${attrs.sort ?? 'rank'}
  ></egov-agency-scoreboard>`);

export const withData = (data: unknown, lang = 'fa', extra: { limit?: number; threshold?: number; sort?: string } = {}) =>
  fixture<EgovAgencyScoreboard>(html`<egov-agency-scoreboard
    lang=${lang}
    api-base="/api/_fault/500"
    limit=${extra.limit ?? 0}
    threshold=${extra.threshold ?? 40}
    sort=${extra.sort ?? 'rank'}
    .scores=${data}
  ></egov-agency-scoreboard>`);

export const settled = async (el: EgovAgencyScoreboard) => {
  await until(() => q(el, 'tbody tr') || q(el, '[part="error"]') || q(el, '[part="not-found"]') || q(el, '[part="empty"]'));
  await el.updateComplete;
  return el;
};

export const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
export const names = (el: Element) => rows(el).map((r) => r.querySelector('th')!.textContent!.trim());
export const ranks = (el: Element) => rows(el).map((r) => r.querySelector('.rank')!.textContent!.trim());
export const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')] as HTMLElement[];
export const header = (el: Element, label: string) => headers(el).find((th) => th.textContent!.replace(/\s+/g, ' ').includes(label))!;
export const sortedHeaders = (el: Element) => headers(el).filter((th) => th.hasAttribute('aria-sort'));
export const click = async (el: EgovAgencyScoreboard, selector: string | Element) => {
  (typeof selector === 'string' ? q(el, selector)! : selector).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
};
export const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text))!;

export const round5 = async (): Promise<Body> => (await fetch('/api/evaluations/5/agencies')).json();

/** An independent reference for the expected order (not the module under test). */
export function expectedOrder(items: Item[], value: (i: Item) => number | string | undefined, dir: 1 | -1, locale = 'fa'): string[] {
  const collator = new Intl.Collator(locale);
  const rank = (i: Item) => 1 + items.filter((o) => o.score > i.score).length;
  return [...items]
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va !== vb) {
        if (va === undefined) return 1;
        if (vb === undefined) return -1;
        const c = typeof va === 'number' ? va - (vb as number) : collator.compare(va, vb as string);
        if (c) return dir * c;
      }
      return rank(a) - rank(b) || collator.compare(a.agency.name, b.agency.name);
    })
    .map((i) => i.agency.name);
}

export const chartRequested = () => performance.getEntriesByType('resource').some((e) => /chart\.js|chart-parts/.test(e.name));
