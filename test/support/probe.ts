/**
 * A minimal widget on the shared core, for testing the core itself (client, controller,
 * states, locale) without any real widget's templates. It reads `/services/{id}`.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { EgovElement } from '../../src/core/base-element.js';
import { RefreshingController } from '../../src/core/refreshing-controller.js';
import { renderState } from '../../src/ui/states.js';
import { baseStyles } from '../../src/ui/styles.js';
import { obj, text, id, type Checked } from '../../src/core/validate.js';
import { define } from '../../src/core/define.js';

const check = obj({ id, title: text, agency: obj({ id, name: text }) });

/**
 * @attr item-id - The service to read.
 * @attr api-base - As on every widget.
 * @attr heading-level - As on every widget.
 */
export class TestProbe extends EgovElement<Checked<typeof check>> {
  static override styles = baseStyles;
  static override properties = { ...EgovElement.properties, itemId: { attribute: 'item-id' }, item: { attribute: false } };
  declare itemId: string | undefined;
  declare item: unknown;

  readonly data: RefreshingController<Checked<typeof check>> = new RefreshingController(this, {
    path: () => (this.itemId ? `/services/${encodeURIComponent(this.itemId)}` : undefined),
    value: () => this.item,
    check,
  });

  protected override renderContent(): unknown {
    return renderState(
      this.data,
      (s) => html`<h2 class="title">${s.title}</h2>`,
      undefined,
      undefined,
      () => html`<p class="idle">${msg('یافت نشد')}</p>`,
    );
  }
}
define('test-probe', TestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe': TestProbe;
  }
}
