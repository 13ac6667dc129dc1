/**
 * The data controller (src/core/api-controller.ts) through the test probe, a minimal widget on
 * the shared core: its states on screen, which answer it shows, when it asks, given data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './support/probe.js';
import type { TestProbe } from './support/probe.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';

const ID = '13061408000';

const probe = (base: string, id = ID) => fixture<TestProbe>(html`<test-probe api-base=${base} item-id=${id} lang="fa"></test-probe>`);

const errorOf = (el: TestProbe) => q(el, '[part="error"]');

describe('data controller', () => {
  it('shows a skeleton with aria-busy, then the data', async () => {
    const s = apiSession();
    const el = await probe(s.base('delay-300'));
    expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')).to.exist;
    await until(() => q(el, '.title'));
    expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
    expect(q(el, '.title')!.textContent).to.not.equal('');
  });

  it('never shows a late answer for an old id', async () => {
    const s = apiSession();
    // The first request (old id) is held 1.5 s; the second answers at once.
    const el = await probe(s.base('slow-first'), ID);
    const loads: string[] = [];
    el.addEventListener('egov-load', (e) => loads.push((e as CustomEvent<{ id: string }>).detail.id));
    el.itemId = '99900000003';
    await until(() => q(el, '.title'));
    const shown = q(el, '.title')!.textContent;
    await new Promise((r) => setTimeout(r, 1800));
    expect(q(el, '.title')!.textContent).to.equal(shown);
    expect(loads).to.deep.equal(['99900000003']);
  });

  it('names the path that failed validation', async () => {
    const el = await fixture<TestProbe>(html`<test-probe .item=${{ id: '1', title: 42, agency: { id: 'a', name: 'x' } }}></test-probe>`);
    await el.updateComplete;
    expect(errorOf(el)!.dataset.kind).to.equal('invalid');
    expect(shadowText(el)).to.contain('title');
  });

  it('aborts when the element leaves the page and fetches again when it comes back', async () => {
    const s = apiSession();
    const el = await probe(s.base('delay-500'));
    // Leave only once the server has the first request: on a busy machine Chromium may
    // not have sent it yet, and a request cancelled before it is sent is never counted.
    await until(async () => (await s.stats()).total === 1, 'the first request reached the server');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await until(() => q(el, '.title'));
    expect((await s.stats()).total).to.equal(2);
  });

  it('switches between given data and fetching without getting stuck', async () => {
    const s = apiSession();
    const el = await probe(s.base('delay-300'));
    el.item = { id: '1', title: 'داده داده‌شده', agency: { id: 'a', name: 'x' } };
    await el.updateComplete;
    expect(q(el, '.title')!.textContent).to.equal('داده داده‌شده');
    el.item = undefined;
    await until(() => q(el, '.title')?.textContent === 'صدور پروانه نمایندگی بیمه برای اشخاص حقیقی');
  });

  it('renders property data without any request', async () => {
    const el = await fixture<TestProbe>(
      html`<test-probe item-id="x" api-base="/api/_fault/500" .item=${{ id: '1', title: 'عنوان', agency: { id: 'a', name: 'x' } }}></test-probe>`,
    );
    expect(q(el, '.title')!.textContent).to.equal('عنوان');
  });
});
