/**
 * The poller (src/core/poller.ts) and the refreshing data controller (src/core/refreshing-controller.ts): the poller on a bare
 * controller host, the refreshing controller through the test probe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './support/probe.js';
import type { TestProbe } from './support/probe.js';
import { Poller } from '../src/core/poller.js';
import { configure } from '../src/core/config.js';
import { apiSession, until, q } from './support/helpers.js';

const ID = '13061408000';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const probe = (base: string, id = ID) => fixture<TestProbe>(html`<test-probe api-base=${base} item-id=${id} lang="fa"></test-probe>`);

describe('Poller', () => {
  /** A host with just what a ReactiveController needs. */
  const host = () => {
    const controllers: { hostConnected?(): void; hostDisconnected?(): void; hostUpdated?(): void }[] = [];
    return {
      addController: (c: (typeof controllers)[number]) => controllers.push(c),
      removeController: () => {},
      requestUpdate: () => {},
      updateComplete: Promise.resolve(true),
      connect: () => controllers.forEach((c) => c.hostConnected?.()),
      disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
    };
  };

  it('one tick at a time; the wait doubles per failure up to the cap, and resets on success', async () => {
    const h = host();
    let inTick = 0;
    let maxInTick = 0;
    const results = [false, false, false, false, true, true];
    const at: number[] = [];
    const delays: number[] = [];
    const p: Poller = new Poller(h, {
      interval: () => 40,
      active: () => at.length < results.length,
      maxDelay: 200,
      tick: async () => {
        maxInTick = Math.max(maxInTick, ++inTick);
        at.push(performance.now());
        delays.push(p.delay);
        await sleep(30);
        inTick--;
        return results[at.length - 1]!;
      },
    });
    const start = performance.now();
    h.connect();
    await until(() => at.length === results.length, 'all ticks', 5000);
    h.disconnect();
    expect(maxInTick).to.equal(1);
    // the wait before each tick: 40, 80, 160, 200 (capped), 200 (cap), 40 (reset after a success)
    const expected = [40, 80, 160, 200, 200, 40];
    expect(delays).to.deep.equal(expected);
    // and it really waited that long after the previous tick ended (timers fire late, never early)
    const waits = at.map((t, i) => t - (i ? at[i - 1]! + 30 : start));
    waits.forEach((w, i) => expect(w, `wait ${i}`).to.be.at.least(expected[i]! - 5));
    expect(p.failures).to.equal(0);
  });

  it('stops on disconnect, pauses while hidden, resumes at once when the wait is over', async () => {
    const h = host();
    let ticks = 0;
    const p = new Poller(h, { interval: () => 50, active: () => true, tick: async () => (ticks++, true) });
    h.connect();
    await until(() => ticks >= 2);
    h.disconnect();
    const n = ticks;
    await sleep(200);
    expect(ticks).to.equal(n);
    expect(p.running).to.equal(false);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      h.connect();
      await sleep(200);
      expect(ticks).to.equal(n);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(10);
    expect(ticks).to.equal(n + 1);
    h.disconnect();
  });

  it('interval 0 or NaN is off', async () => {
    const h = host();
    let ticks = 0;
    let ms = 0;
    const p = new Poller(h, { interval: () => ms, active: () => true, tick: async () => (ticks++, true) });
    h.connect();
    await sleep(60);
    ms = NaN;
    p.hostUpdated();
    await sleep(60);
    expect(ticks).to.equal(0);
    ms = 20;
    p.hostUpdated();
    await until(() => ticks > 0);
    h.disconnect();
  });
});

describe('RefreshingController', () => {
  it('keeps the data on screen when a background refresh fails, and says why', async () => {
    let failing = false;
    configure({ fetch: (input, init) => (failing ? Promise.resolve(new Response('{}', { status: 502 })) : fetch(input, init)) });
    const el = await probe(apiSession().base());
    await until(() => q(el, '.title'));
    const title = q(el, '.title')!.textContent;
    failing = true;
    await el.data.refresh();
    await el.updateComplete;
    expect(el.data.state.status).to.equal('ready');
    expect(el.data.refreshError?.kind).to.equal('http');
    expect(q(el, '.title')!.textContent).to.equal(title);
    failing = false;
    await el.data.refresh();
    expect(el.data.refreshError).to.equal(undefined);
  });
});
