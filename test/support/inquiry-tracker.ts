/** What the tracker's test files share: the reference API's codes, fixtures and readers of the widget. */
import { fixture, html } from '@open-wc/testing';
import type { EgovInquiryTracker } from '../../src/inquiry-tracker.js';
import { INQUIRY_CODES } from '../../dev/api/data/inquiry-codes.mjs';
import { configure } from '../../src/core/config.js';
import { until, q } from './helpers.js';

/** The reference API's fixtures (dev/api/README.md). */
export const CODE = INQUIRY_CODES;
export const UNKNOWN = '1403-0101-000001';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const tracker = (base: string, code?: string, lang = 'fa', poll?: number) =>
  fixture<EgovInquiryTracker>(
    html`<egov-inquiry-tracker api-base=${base} tracking-code=${code ?? ''} poll-interval=${poll ?? 0} lang=${lang}></egov-inquiry-tracker>`,
  );

/** Without a tracking-code attribute at all: the form. */
export const formTracker = (base: string, lang = 'fa') =>
  fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker api-base=${base} lang=${lang}></egov-inquiry-tracker>`);

export const ready = (el: EgovInquiryTracker) => until(() => q(el, '[part="inquiry"]'), 'inquiry not shown');
export const statusText = (el: EgovInquiryTracker) => q(el, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
export const input = (el: EgovInquiryTracker) => q<HTMLInputElement>(el, 'input')!;

/** `lang` is watched by a MutationObserver (page-wide), so the update comes a task later. */
export async function setLang(el: EgovInquiryTracker, lang: string): Promise<void> {
  el.lang = lang;
  await sleep(0);
  await el.updateComplete;
}

/** The `<dd>` after the `<dt>` with this label. */
export const detail = (el: EgovInquiryTracker, label: string) =>
  [...el.shadowRoot!.querySelectorAll('dt')]
    .find((dt) => dt.textContent === label)
    ?.nextElementSibling?.textContent?.replace(/\s+/g, ' ')
    .trim();

export async function submit(el: EgovInquiryTracker, value: string): Promise<void> {
  input(el).value = value;
  q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await el.updateComplete;
}

/**
 * Real requests to the reference API, with a switch that sends them to a fault mode
 * of the same session (the server fails, then recovers), and a count of requests in flight.
 */
export function switchable() {
  const ctl = { fault: undefined as string | undefined, starts: [] as number[], inFlight: 0, maxInFlight: 0 };
  configure({
    fetch: async (input, init) => {
      let url = String(input);
      if (ctl.fault) url = url.replace(/(\/api\/_s\/[^/]+)\//, `$1/_fault/${ctl.fault}/`);
      ctl.starts.push(performance.now());
      ctl.maxInFlight = Math.max(ctl.maxInFlight, ++ctl.inFlight);
      try {
        const res = await fetch(url, init);
        await res.clone().text();
        return res;
      } finally {
        ctl.inFlight--;
      }
    },
  });
  return ctl;
}
