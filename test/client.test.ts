import { expect, fixture, html } from '@open-wc/testing';
import '../test/support/probe.js';
import type { TestProbe } from './support/probe.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { getJSON } from '../src/api.js';
import { configure } from '../src/core/config.js';
import { EgovError } from '../src/core/errors.js';

const ID = '13061408000';

const probe = (base: string, id = ID) => fixture<TestProbe>(html`<test-probe api-base=${base} item-id=${id} lang="fa"></test-probe>`);

const errorOf = (el: TestProbe) => q(el, '[part="error"]');

describe('data client', () => {
  it('makes one request for five elements with the same id', async () => {
    const s = apiSession();
    const base = s.base('delay-200');
    const wrap = await fixture(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<test-probe api-base=${base} item-id=${ID}></test-probe>`)}
    </div>`);
    const els = [...wrap.querySelectorAll('test-probe')];
    await until(() => els.every((e) => q(e, '.title')));
    const stats = await s.stats();
    expect(stats.total).to.equal(1);
  });

  it('reuses a recent answer for an element added later (short cache)', async () => {
    const s = apiSession();
    const a = await probe(s.base());
    await until(() => q(a, '.title'));
    const b = await probe(s.base());
    await until(() => q(b, '.title'));
    expect((await s.stats()).total).to.equal(1);
  });

  it('times out, says so in words, and retries on demand', async () => {
    const s = apiSession();
    configure({ timeoutMs: 300 });
    const el = await probe(s.base('timeout'));
    const err = await nextEvent<{ kind: string }>(el, 'egov-error');
    expect(err.detail.kind).to.equal('timeout');
    await el.updateComplete;
    expect(errorOf(el)!.getAttribute('role')).to.equal('alert');
    expect(shadowText(el)).to.contain('پاسخ سرور دیر شد');
    expect(q(el, '[part="retry-button"]')).to.exist;
    // A time-out is not retried automatically.
    expect((await s.stats()).total).to.equal(1);
  });

  it('retries once after a 5xx and then shows the data', async () => {
    const s = apiSession();
    const el = await probe(s.base('flaky'));
    await until(() => q(el, '.title'));
    expect((await s.stats()).total).to.equal(2);
  });

  it('reports http 500 with its status after one retry, and the retry button asks again', async () => {
    const s = apiSession();
    const el = await probe(s.base('500'));
    const err = await nextEvent<{ kind: string; status: number }>(el, 'egov-error');
    expect(err.detail).to.deep.equal({ kind: 'http', status: 500 });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('سرور با خطا پاسخ داد');
    expect(shadowText(el)).to.contain('(کد ۵۰۰)');
    expect((await s.stats()).total).to.equal(2);
    q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await nextEvent(el, 'egov-error');
    expect((await s.stats()).total).to.equal(4);
  });

  const cases: [fault: string, kind: string, words: string, requests: number][] = [
    ['404', 'not-found', 'موردی با این مشخصات یافت نشد', 1],
    ['malformed', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['html', 'parse', 'پاسخ سرور خوانا نبود', 1],
    ['invalid', 'invalid', 'داده‌ها نادرست است', 1],
    ['network', 'network', 'اتصال برقرار نشد', 2],
    ['503', 'http', 'سرور با خطا پاسخ داد', 2],
  ];
  for (const [fault, kind, words, requests] of cases) {
    it(`fault ${fault} → ${kind} error, in words, after ${requests} attempt(s)`, async () => {
      const s = apiSession();
      const attempts: string[] = [];
      configure({ fetch: (input, init) => (attempts.push(String(input)), fetch(input, init)) });
      const el = await probe(s.base(fault));
      const err = await nextEvent<{ kind: string }>(el, 'egov-error');
      expect(err.detail.kind).to.equal(kind);
      expect(err.bubbles && err.composed).to.equal(true);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      expect(attempts.length, attempts.join(' ')).to.equal(requests);
      // Chromium itself re-sends a GET whose kept-alive socket was reset, so the server
      // count is only exact for faults that answer.
      if (fault !== 'network') expect((await s.stats()).total).to.equal(requests);
    });
  }

  it('uses a custom fetch and headers from configure()', async () => {
    const seen: { url: string; key: string | null }[] = [];
    configure({
      apiBase: '/api',
      headers: { 'X-Api-Key': 'k1' },
      fetch: (input, init) => {
        seen.push({ url: String(input), key: new Headers(init?.headers).get('X-Api-Key') });
        return fetch(input, init);
      },
    });
    const el = await fixture<TestProbe>(html`<test-probe item-id=${ID}></test-probe>`);
    await until(() => q(el, '.title'));
    expect(seen).to.deep.equal([{ url: `/api/services/${ID}`, key: 'k1' }]);
  });

  it('getJSON throws typed errors for direct use', async () => {
    const cfg = { apiBase: '', headers: {}, fetch: globalThis.fetch.bind(globalThis), timeoutMs: 5000 };
    const e = await getJSON('/api/_fault/404/services/1', cfg).catch((x: unknown) => x);
    expect(e).to.be.instanceOf(EgovError);
    expect((e as EgovError).kind).to.equal('not-found');
    expect((e as EgovError).status).to.equal(404);
  });
});
