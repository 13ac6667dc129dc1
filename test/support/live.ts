/**
 * What a screen reader hears from a widget's live region (src/core/announcer.ts): a
 * MutationObserver on the region that is already in the shadow root before the action,
 * recording its text each time it changes. A region created with its text, or a change
 * in another node, is not heard, and is not recorded.
 */
import { expect } from '@open-wc/testing';
import { q } from './helpers.js';

export interface Heard {
  /** Each announcement, in order (whitespace collapsed); an emptied region is not one. */
  said: string[];
  /** The region observed. */
  region: HTMLElement;
  /** Stops listening, and checks the region was never replaced (present from before the action to now). */
  stop(): void;
}

export function listen(el: Element): Heard {
  const region = q(el, '.announcer');
  expect(region, 'the live region is there before the action').to.exist;
  expect(region!.getAttribute('role')).to.equal('status');
  expect(region!.getAttribute('aria-live')).to.equal('polite');
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region!.textContent!.replace(/\s+/g, ' ').trim();
    if (text) said.push(text);
  });
  observer.observe(region!, { childList: true, subtree: true, characterData: true });
  return {
    said,
    region: region!,
    stop() {
      observer.disconnect();
      expect(q(el, '.announcer'), 'the same region throughout').to.equal(region);
    },
  };
}
