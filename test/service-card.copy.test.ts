import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-card.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { until, q } from './support/helpers.js';
import { given } from './support/service-card.js';

describe('<egov-service-card>: copying the service id', () => {
  /** A real click (user activation) on the copy button, then Ctrl+V into an input: what was copied. */
  const copyAndPaste = async (el: EgovServiceCard): Promise<string> => {
    const button = q<HTMLButtonElement>(el, '[part="copy-button"]')!;
    const live = q(el, '.announcer')!;
    const before = live.firstElementChild;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await resetMouse();
    await until(() => live.textContent!.trim() !== '' && live.firstElementChild !== before);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyV' });
    await sendKeys({ up: 'Control' });
    input.remove();
    return input.value;
  };

  it('copy: copies the plain ASCII digits and says «کپی شد» in a polite live region', async () => {
    const el = await fixture<EgovServiceCard>(html`<egov-service-card .service=${given({ id: '۱۳۰۶۱۴۰۸۰۰۰' })}></egov-service-card>`);
    await el.updateComplete;
    expect(q(el, '[part="service-id"]')!.textContent).to.equal('۱۳۰۶۱۴۰۸۰۰۰');
    // The widget's one polite live region (the card has no second one).
    const live = q(el, '.announcer')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.querySelectorAll('[role="status"]').length).to.equal(1);
    expect(live.textContent!.trim()).to.equal('');
    expect(await copyAndPaste(el)).to.equal('13061408000');
    expect(live.textContent!.trim()).to.equal('کپی شد');
    // A second copy is said again: its words arrive in a new node.
    expect(await copyAndPaste(el)).to.equal('13061408000');
    expect(live.textContent!.trim()).to.equal('کپی شد');
  });

  it('copy in English: «Copied», the same ASCII digits', async () => {
    const el = await fixture<EgovServiceCard>(html`<egov-service-card lang="en" .service=${given()}></egov-service-card>`);
    await until(() => q(el, '[part="copy-button"]')?.textContent?.trim() === 'Copy');
    expect(await copyAndPaste(el)).to.equal('12345678901');
    expect(q(el, '.announcer')!.textContent!.trim()).to.equal('Copied');
  });
});
