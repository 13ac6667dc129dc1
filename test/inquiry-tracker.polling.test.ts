import { expect, fixture, html } from '@open-wc/testing';
import '../src/inquiry-tracker.js';
import { apiSession, until, q } from './support/helpers.js';
import { loadLocale } from '../src/core/locale.js';
import { CODE, sleep, tracker, ready, switchable } from './support/inquiry-tracker.js';

before(() => loadLocale('en'));

describe('inquiry tracker: polling', () => {
  it('follows the advancing inquiry, announces each change, fires egov-status-change, stops when final', async () => {
    const s = apiSession();
    const changes: { status: string; previousStatus: string; trackingCode: string }[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('egov-status-change', (e) => changes.push((e as CustomEvent).detail));
    const el = document.createElement('egov-inquiry-tracker');
    el.setAttribute('api-base', s.base());
    el.setAttribute('tracking-code', CODE.advancing);
    el.setAttribute('poll-interval', '0.2');
    wrap.append(el);
    await ready(el);
    expect(q(el, '[part="status"]')!.dataset.status).to.equal('registered');
    await until(() => q(el, '[part="status"]')?.dataset.status === 'sent');
    expect(q(el, '.root > [role="status"]')!.textContent).to.contain('«ارسال شده»');
    await until(() => q(el, '[part="status"]')?.dataset.status === 'answered');
    expect(q(el, '.root > [role="status"]')!.textContent).to.contain('«پاسخ داده شده»');
    expect(changes).to.deep.equal([
      { trackingCode: CODE.advancing, status: 'sent', previousStatus: 'registered' },
      { trackingCode: CODE.advancing, status: 'in-review', previousStatus: 'sent' },
      { trackingCode: CODE.advancing, status: 'answered', previousStatus: 'in-review' },
    ]);
    expect(el.shadowRoot!.querySelectorAll('ol > li').length).to.equal(4);
    await sleep(700);
    expect((await s.stats()).total).to.equal(4);
    expect(el.poller.running).to.equal(false);
  });

  it('keeps the data on screen while refetching (no skeleton flash)', async () => {
    const s = apiSession();
    const el = await tracker(s.base('delay-150'), CODE.overdue, 'fa', 0.1);
    await ready(el);
    let flashed = false;
    const obs = new MutationObserver(() => (flashed ||= !!q(el, '[part="loading"]') || !q(el, '[part="inquiry"]')));
    obs.observe(el.shadowRoot!, { subtree: true, childList: true });
    await until(async () => (await s.stats()).total >= 4);
    obs.disconnect();
    expect(flashed).to.equal(false);
  });

  it('never has two requests at once, even with an interval shorter than the answer', async () => {
    const s = apiSession();
    const ctl = switchable();
    const el = await tracker(s.base('delay-250'), CODE.overdue, 'fa', 0.05);
    await ready(el);
    await sleep(1300);
    el.remove();
    expect(ctl.maxInFlight).to.equal(1);
    // about one request per 300 ms: the wait starts when the answer is in
    expect(ctl.starts.length).to.be.within(2, 6);
  });

  it('stops when the element is disconnected and resumes when it is back', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), CODE.overdue, 'fa', 0.1);
    await ready(el);
    await until(async () => (await s.stats()).total >= 2);
    const parent = el.parentElement!;
    el.remove();
    await sleep(50);
    const atRemoval = (await s.stats()).total;
    await sleep(500);
    expect((await s.stats()).total).to.equal(atRemoval);
    parent.append(el);
    await until(async () => (await s.stats()).total >= atRemoval + 2);
  });

  it('pauses while the page is hidden and resumes when it is visible', async () => {
    const s = apiSession();
    const el = await tracker(s.base(), CODE.overdue, 'fa', 0.1);
    await ready(el);
    const setVisibility = (v: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => v });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      await sleep(50);
      const atHide = (await s.stats()).total;
      await sleep(500);
      expect((await s.stats()).total).to.equal(atHide);
      setVisibility('visible');
      await until(async () => (await s.stats()).total >= atHide + 2);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('after errors: keeps the last data (marked stale), backs off, recovers', async () => {
    const s = apiSession();
    const ctl = switchable();
    const el = await tracker(s.base(), CODE.advancing, 'fa', 0.1);
    await ready(el);
    ctl.fault = 'malformed';
    const errors: string[] = [];
    el.addEventListener('egov-error', (e) => errors.push((e as CustomEvent).detail.kind));
    await until(() => errors.length >= 3, 'three failed polls', 6000);
    expect(q(el, '[part="stale"]')).to.exist;
    expect(q(el, '[part="status"]')!.dataset.status).to.equal('registered');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(el.poller.failures).to.be.at.least(3);
    // the waits between failed polls double: ~100, ~200, ~400 ms
    const gaps = ctl.starts.slice(1).map((t, i) => t - ctl.starts[i]!);
    expect(el.poller.delay).to.equal(100 * 2 ** el.poller.failures);
    expect(gaps[1]).to.be.at.least(195);
    expect(gaps[2]).to.be.at.least(395);
    ctl.fault = undefined;
    await until(() => q(el, '[part="status"]')?.dataset.status === 'sent', 'recovered', 6000);
    expect(q(el, '[part="stale"]')).to.equal(null);
    expect(el.poller.failures).to.equal(0);
  });

  it('does not poll a final status, property data, or with poll-interval 0', async () => {
    const s = apiSession();
    const a = await tracker(s.base(), CODE.closed, 'fa', 0.1);
    const b = await tracker(s.base(), CODE.overdue, 'fa', 0);
    await ready(a);
    await ready(b);
    await sleep(400);
    expect((await s.stats()).total).to.equal(2);
    expect(a.poller.running || b.poller.running).to.equal(false);
  });
});
