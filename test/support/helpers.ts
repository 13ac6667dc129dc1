/** Test helpers: sessions on the reference API (isolated request counts) and waiting. */
import { waitUntil } from '@open-wc/testing';
// Every test file that uses the helpers gets the shared clean-up after each test.
import './root-hooks.js';

let n = 0;
/** A fresh session prefix: requests under it are counted apart from other tests'. */
export function apiSession(): {
  base: (fault?: string) => string;
  stats: () => Promise<{ total: number; byPath: Record<string, number> }>;
} {
  const id = `t${Date.now().toString(36)}${(++n).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    base: (fault) => `/api/_s/${id}` + (fault ? `/_fault/${fault}` : ''),
    stats: async () => (await fetch(`/api/_stats/${id}`)).json(),
  };
}

export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const until = (fn: () => unknown, message = 'condition not met', timeout = 8000) =>
  waitUntil(fn, message, { timeout, interval: 20 });

/** Resolves with the next event of this type on `el`. */
export const nextEvent = <T = unknown>(el: EventTarget, type: string): Promise<CustomEvent<T>> =>
  new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));

/** The state panel currently shown in the root: loading, error, not-found, empty or content. */
export const q = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
