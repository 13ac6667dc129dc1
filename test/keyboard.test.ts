/**
 * Keyboard-only walkthroughs: a counter-office clerk or a screen-reader user must reach
 * and use everything with Tab, typing and Enter, in the order it is read.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/inquiry-tracker.js';
import '../src/agency-scoreboard.js';
import '../src/service-list.js';
import { apiSession, until, q } from './support/helpers.js';

/** The element focused inside `host`'s shadow root, if any. */
const focused = (host: Element): HTMLElement | null => host.shadowRoot!.activeElement as HTMLElement | null;

async function tabUntil(host: Element, match: (el: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused(host);
    if (f && match(f)) return f;
  }
  throw new Error('not reached with Tab');
}

describe('keyboard only', () => {
  it('inquiry tracker: Tab to the field, type Persian digits, Enter shows the inquiry', async () => {
    const s = apiSession();
    const wrap = await fixture(
      html`<div lang="fa"><button id="start">start</button><egov-inquiry-tracker api-base=${s.base()}></egov-inquiry-tracker></div>`,
    );
    const el = wrap.querySelector('egov-inquiry-tracker')!;
    wrap.querySelector<HTMLButtonElement>('#start')!.focus();
    const input = await tabUntil(el, (f) => f.localName === 'input', 3);
    expect(input.getAttribute('part')).to.contain('input');
    await sendKeys({ type: '۱۴۰۳-۰۷۲۵-۱۱۸۸۴۲' });
    await sendKeys({ press: 'Enter' });
    await until(() => q(el, '[part~="status"]'));
    expect((await s.stats()).byPath).to.have.property('/inquiries/1403-0725-118842', 1);
    // The timeline is reachable after the form: Tab moves on without a trap.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el || document.activeElement === wrap.querySelector('#start')).to.equal(true);
  });

  it('inquiry tracker: a malformed code is explained and Enter sends nothing', async () => {
    const s = apiSession();
    const el = await fixture<HTMLElement>(html`<egov-inquiry-tracker lang="fa" api-base=${s.base()}></egov-inquiry-tracker>`);
    const input = q<HTMLInputElement>(el, 'input')!;
    input.focus();
    await sendKeys({ type: '123' });
    await sendKeys({ press: 'Enter' });
    await until(() => input.getAttribute('aria-invalid') === 'true');
    expect((await s.stats()).total).to.equal(0);
    expect(focused(el)).to.equal(input);
  });

  it('agency scoreboard: filter by typing, sort by name with Enter, aria-sort follows', async () => {
    const s = apiSession();
    const el = await fixture<HTMLElement>(html`<egov-agency-scoreboard lang="fa" api-base=${s.base()}></egov-agency-scoreboard>`);
    await until(() => q(el, 'tbody tr'));
    q<HTMLInputElement>(el, '[part~="filter-input"]')!.focus();
    await sendKeys({ type: 'بيمه' }); // Arabic ي: folded like Persian ی
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length < 10);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((t) => t.includes('بیمه'))).to.equal(true);
    const sortByName = await tabUntil(
      el,
      (f) => f.getAttribute('part') === 'sort-button' && !!f.closest('th')?.classList.contains('agency'),
    );
    await sendKeys({ press: 'Enter' });
    await until(() => sortByName.closest('th')!.getAttribute('aria-sort') === 'ascending');
    await sendKeys({ press: 'Enter' });
    await until(() => sortByName.closest('th')!.getAttribute('aria-sort') === 'descending');
    expect(el.shadowRoot!.querySelectorAll('th[aria-sort]').length).to.equal(1);
  });

  it('service directory: type a query, results announced, page with the keyboard', async () => {
    const s = apiSession();
    const el = await fixture<HTMLElement>(html`<egov-service-list lang="fa" page-size="5" api-base=${s.base()}></egov-service-list>`);
    // The result count is said in the widget's polite live region (src/core/announcer.ts).
    const count = () => q(el, '[part~="count"]');
    const live = () => q(el, '.announcer')!.textContent!.trim();
    await until(() => count()?.textContent?.trim());
    expect(q(el, '.announcer')!.getAttribute('role')).to.equal('status');
    const search = q<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'گواهينامه' });
    await until(async () => Object.keys((await s.stats()).byPath).some((p) => p.includes('q=')), 'a search request', 5000);
    await until(() => /[۰-۹]/.test(count()!.textContent ?? ''));
    await until(() => live() === count()!.textContent!.trim(), 'the count was said');
    const next = await tabUntil(el, (f) => !!f.closest('nav') && /بعد|۲/.test(f.textContent ?? ''));
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('nav [aria-current="page"]')?.textContent?.includes('۲'));
    expect(next).to.exist;
  });
});
