import { expect, fixture, html } from '@open-wc/testing';
import './support/probe.js';
import '../src/provider.js';
import type { TestProbe } from './support/probe.js';
import type { EgovProvider } from '../src/provider.js';
import { normalizeLocale, resolveLocale } from '../src/core/locale.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';
import { configure, resetConfiguration } from '../src/core/config.js';

const root = (el: Element) => q(el, '.root')!;

describe('locale and direction', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('normalises tags and falls back to Persian', () => {
    expect(normalizeLocale('fa-IR')).to.equal('fa');
    expect(normalizeLocale('EN-gb')).to.equal('en');
    expect(normalizeLocale('')).to.equal('fa');
    expect(normalizeLocale(undefined)).to.equal('fa');
  });

  it('resolves own lang → ancestor lang → <html lang> → fa', async () => {
    document.documentElement.removeAttribute('lang');
    const wrap = await fixture(
      html`<div lang="en"><section><test-probe></test-probe></section><test-probe lang="fa-IR"></test-probe></div>`,
    );
    const [inner, own] = [...wrap.querySelectorAll('test-probe')];
    expect(resolveLocale(inner!)).to.equal('en');
    expect(resolveLocale(own!)).to.equal('fa');
    const lone = await fixture(html`<test-probe></test-probe>`);
    expect(resolveLocale(lone)).to.equal('fa');
    document.documentElement.setAttribute('lang', 'en');
    expect(resolveLocale(lone)).to.equal('en');
  });

  it('renders Persian words RTL in fa and English words LTR in en', async () => {
    const fa = await fixture<TestProbe>(html`<test-probe lang="fa"></test-probe>`);
    expect(root(fa).getAttribute('dir')).to.equal('rtl');
    expect(root(fa).getAttribute('lang')).to.equal('fa');
    expect(shadowText(fa)).to.equal('یافت نشد');
    const en = await fixture<TestProbe>(html`<test-probe lang="en"></test-probe>`);
    await en.updateComplete;
    expect(root(en).getAttribute('dir')).to.equal('ltr');
    expect(shadowText(en)).to.equal('Not found');
  });

  it("keeps the page's own dir on the element", async () => {
    const el = await fixture<TestProbe>(html`<test-probe lang="fa" dir="ltr"></test-probe>`);
    expect(root(el).getAttribute('dir')).to.equal('ltr');
  });

  it('re-renders every widget when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'fa');
    const wrap = await fixture(html`<div><test-probe></test-probe><test-probe></test-probe></div>`);
    const els = [...wrap.querySelectorAll<TestProbe>('test-probe')];
    expect(els.map(shadowText)).to.deep.equal(['یافت نشد', 'یافت نشد']);
    document.documentElement.setAttribute('lang', 'en');
    await until(() => els.every((e) => shadowText(e) === 'Not found'));
    expect(els.map((e) => root(e).getAttribute('dir'))).to.deep.equal(['ltr', 'ltr']);
  });

  it('a Persian and an English widget can share one page', async () => {
    const wrap = await fixture(html`<div><test-probe lang="fa"></test-probe><test-probe lang="en"></test-probe></div>`);
    const [fa, en] = [...wrap.querySelectorAll<TestProbe>('test-probe')];
    await until(() => shadowText(en!) === 'Not found');
    expect(shadowText(fa!)).to.equal('یافت نشد');
  });
});

describe('<egov-provider>', () => {
  it('gives its api-base to the widgets inside; an own api-base still wins', async () => {
    const s = apiSession();
    const wrap = await fixture(html`<egov-provider api-base=${s.base()}>
      <test-probe item-id="13061408000"></test-probe>
      <div><test-probe item-id="99900000003"></test-probe></div>
      <test-probe item-id="13061408000" api-base="/api/_fault/404"></test-probe>
    </egov-provider>`);
    const [a, b, c] = [...wrap.querySelectorAll<TestProbe>('test-probe')];
    await until(() => q(a!, '.title') && q(b!, '.title') && q(c!, '[part="not-found"]'));
    const stats = await s.stats();
    expect(Object.keys(stats.byPath).sort()).to.deep.equal(['/services/13061408000', '/services/99900000003']);
  });

  it('wins over configure(), which wins over the default /api', async () => {
    configure({ apiBase: '/api/_fault/404' });
    const lone = await fixture<TestProbe>(html`<test-probe item-id="13061408000"></test-probe>`);
    await until(() => q(lone, '[part="not-found"]'));
    const s = apiSession();
    const wrap = await fixture(html`<egov-provider api-base=${s.base()}><test-probe item-id="13061408000"></test-probe></egov-provider>`);
    const inside = wrap.querySelector<TestProbe>('test-probe')!;
    await until(() => q(inside, '.title'));
    resetConfiguration();
    const plain = await fixture<TestProbe>(html`<test-probe item-id="99900000003"></test-probe>`);
    await until(() => q(plain, '.title'));
  });

  it('switching its lang re-renders the widgets inside', async () => {
    const p = await fixture<EgovProvider>(html`<egov-provider lang="fa"><test-probe></test-probe></egov-provider>`);
    const el = p.querySelector<TestProbe>('test-probe')!;
    expect(shadowText(el)).to.equal('یافت نشد');
    p.setAttribute('lang', 'en');
    await until(() => shadowText(el) === 'Not found');
    expect(root(el).getAttribute('dir')).to.equal('ltr');
  });

  it('refetches from the new base when its api-base changes', async () => {
    const p = await fixture<EgovProvider>(
      html`<egov-provider api-base="/api/_fault/404"><test-probe item-id="13061408000"></test-probe></egov-provider>`,
    );
    const el = p.querySelector<TestProbe>('test-probe')!;
    await until(() => q(el, '[part="not-found"]'));
    p.apiBase = '/api';
    await until(() => q(el, '.title'));
  });

  it('sets the calendar for the widgets inside', async () => {
    const p = await fixture<EgovProvider>(html`<egov-provider lang="fa" calendar="gregory"><test-probe></test-probe></egov-provider>`);
    const el = p.querySelector<TestProbe>('test-probe')!;
    await el.updateComplete;
    expect(el.calendar).to.equal('gregory');
    const bare = await fixture<TestProbe>(html`<test-probe lang="fa"></test-probe>`);
    expect(bare.calendar).to.equal('persian');
    const en = await fixture<TestProbe>(html`<test-probe lang="en"></test-probe>`);
    await en.updateComplete;
    expect(en.calendar).to.equal('gregory');
  });
});
