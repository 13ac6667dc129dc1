/**
 * When the API pushes back (429 / 503 with `Retry-After`, the reference API's `429-{s}` and
 * `503-{s}` fault modes, dev/api/README.md): polling waits at least that long with the data
 * still on screen, marked as not refreshed; a one-off request says the service is busy and
 * when to try again. Real elements, real HTTP; request counts from the server.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { configure } from '../src/core/config.js';
import { parseRetryAfter } from '../src/core/errors.js';
import { loadLocale } from '../src/core/locale.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';
import { apiSession, nextEvent, q, shadowText, until } from './support/helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Real fetches, sent to a fault mode of the same session while `fault` is set; start times kept. */
function faultSwitch() {
  const ctl = { fault: undefined as string | undefined, starts: [] as number[] };
  configure({
    fetch: (input, init) => {
      const url = ctl.fault ? String(input).replace(/(\/api\/_s\/[^/]+)\//, `$1/_fault/${ctl.fault}/`) : String(input);
      ctl.starts.push(performance.now());
      return fetch(url, init);
    },
  });
  return ctl;
}

before(() => loadLocale('en'));

describe('Retry-After', () => {
  it('parseRetryAfter reads seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('4')).to.equal(4);
    expect(parseRetryAfter(' 120 ')).to.equal(120);
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('a polling tracker answered 429 with Retry-After: 4 sends its next request no sooner than 4 s later, the inquiry still on screen', async function () {
    this.timeout(20_000);
    const s = apiSession();
    const ctl = faultSwitch();
    const el = await fixture<EgovInquiryTracker>(
      html`<egov-inquiry-tracker api-base=${s.base()} tracking-code=${INQUIRY_CODES.inReview} poll-interval="0.5" lang="fa"></egov-inquiry-tracker>`,
    );
    await until(() => q(el, '[part="inquiry"]'));
    const path = `/inquiries/${INQUIRY_CODES.inReview}`;
    const count = async () => (await s.stats()).byPath[path] ?? 0;
    const errors: { kind: string; status?: number; retryAfter?: number }[] = [];
    el.addEventListener('egov-error', (e) => errors.push((e as CustomEvent).detail));

    ctl.fault = '429-4';
    await until(() => errors.length === 1, 'the 429', 5000);
    const pushedBack = ctl.starts.length - 1; // the request the server answered 429
    const atPushBack = await count();
    expect(errors[0]).to.deep.equal({ kind: 'http', status: 429, retryAfter: 4 });
    ctl.fault = undefined;
    await el.updateComplete;

    // Still the inquiry, marked as not refreshed, saying when it asks again (Persian digits).
    expect(q(el, '[part="status"]')!.dataset.status).to.equal('in-review');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(q(el, '[part="stale"]')!.textContent).to.contain('۴ ثانیه');
    expect(shadowText(el)).to.contain('سامانه شلوغ است');

    // At a 0.5 s interval (1 s after one failure) it would have asked several times by now.
    await sleep(ctl.starts[pushedBack]! + 3500 - performance.now());
    expect(await count(), 'no request during the Retry-After wait').to.equal(atPushBack);
    expect(ctl.starts.length).to.equal(pushedBack + 1);

    await until(async () => (await count()) > atPushBack, 'polling resumes', 4000);
    const gap = ctl.starts[pushedBack + 1]! - ctl.starts[pushedBack]!;
    expect(gap, `next request ${Math.round(gap)} ms after the 429`).to.be.at.least(4000);
    await until(() => !q(el, '[part="stale"]'), 'fresh again');
    await expect(el).to.be.accessible();
    expect(el.poller.failures).to.equal(0);
  });

  it('one-off: a card answered 429 with Retry-After says the service is busy and when to try again (fa and en); one request, no retry', async () => {
    for (const [lang, words, when] of [
      ['fa', 'سامانه در حال حاضر شلوغ است (کد ۴۲۹)', '۳۰ ثانیه دیگر دوباره تلاش کنید'],
      ['en', 'The service is busy right now (code 429)', 'Try again in 30 seconds'],
    ] as const) {
      const s = apiSession();
      const el = await fixture<EgovServiceCard>(
        html`<egov-service-card api-base=${s.base('429-30')} service-id="13061408000" lang=${lang}></egov-service-card>`,
      );
      const err = await nextEvent<{ kind: string; status: number; retryAfter: number }>(el, 'egov-error');
      expect(err.detail).to.deep.equal({ kind: 'http', status: 429, retryAfter: 30 });
      await el.updateComplete;
      const panel = q(el, '[part="error"]')!;
      expect(panel.textContent!.replace(/\s+/g, ' ')).to.contain(words).and.to.contain(when);
      expect(q(el, '[part="retry-button"]')).to.exist;
      await sleep(600);
      expect((await s.stats()).total).to.equal(1);
      await expect(el).to.be.accessible();
    }
  });

  it('one-off: a 503 asking for 2 minutes says so in minutes and is not retried at once', async () => {
    const s = apiSession();
    const el = await fixture<EgovServiceCard>(
      html`<egov-service-card api-base=${s.base('503-120')} service-id="13061408000" lang="fa"></egov-service-card>`,
    );
    await nextEvent(el, 'egov-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('۲ دقیقه دیگر دوباره تلاش کنید');
    await sleep(600);
    expect((await s.stats()).total).to.equal(1);
  });
});
