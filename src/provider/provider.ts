import { LitElement, css, html } from 'lit';
import { ContextProvider } from '../core/context-provider.js';
import type { Calendar, ProviderConfig } from '../core/config.js';
import { toHeadingLevel } from '../core/heading-level.js';
import { define } from '../core/define.js';

/**
 * Gives one API base, locale, calendar and heading level to every egov widget inside it, so a portal
 * configures them once. Renders nothing of its own (`display: contents`).
 *
 * @summary One API base, locale and calendar for every widget inside it.
 * @slot - The widgets (and any other content).
 */
export class EgovProvider extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    calendar: {},
    timeoutMs: { attribute: 'timeout-ms', type: Number },
    headingLevel: { attribute: 'heading-level' },
    headers: { attribute: false },
    fetch: { attribute: false },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** API base URL for the widgets inside, e.g. `https://api.example.ir/egov`. */
  declare apiBase: string | undefined;
  /** `persian` (default for fa) or `gregory` (default for en). */
  declare calendar: Calendar | undefined;
  /** Per-attempt request time-out in milliseconds (default 10000). */
  declare timeoutMs: number | undefined;
  /** The heading level (1–6) of the widgets inside that set none themselves (default 2; README "Headings"). */
  declare headingLevel: number | string | undefined;
  /** Extra request headers for the widgets inside (property only). */
  declare headers: Record<string, string> | undefined;
  /** A custom fetch for the widgets inside (property only), to adapt another backend. */
  declare fetch: typeof globalThis.fetch | undefined;

  readonly #context = new ContextProvider(this, {});

  /**
   * `lang` is a global attribute, not a Lit property; watch it too. The widgets read it
   * from the page themselves (it is not in the context); a change gives them a new
   * context value, so widgets in a shadow root, which the page-wide observer does not
   * see, re-render in the new language too.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(): void {
    const value: ProviderConfig = {};
    if (this.apiBase) value.apiBase = this.apiBase;
    if (this.calendar === 'persian' || this.calendar === 'gregory') value.calendar = this.calendar;
    if (this.timeoutMs && this.timeoutMs > 0) value.timeoutMs = this.timeoutMs;
    const level = toHeadingLevel(this.headingLevel);
    if (level) value.headingLevel = level;
    if (this.headers) value.headers = this.headers;
    if (this.fetch) value.fetch = this.fetch;
    // A new object each time: consumers compare by identity and re-render.
    this.#context.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('egov-provider', EgovProvider);

declare global {
  interface HTMLElementTagNameMap {
    'egov-provider': EgovProvider;
  }
}
