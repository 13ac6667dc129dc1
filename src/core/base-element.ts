/**
 * The data-element base: what every data widget shares. Request configuration resolved
 * per element, the locale and direction, the `msg()` locale switch around render, events,
 * and its one data controller (`aria-busy` while it loads). An element states its key,
 * its check and its templates; the panels for its states are the view kit's
 * (`renderState` in src/ui/states.ts). Data, states and formatting live in plain modules.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { providerContext } from './context.js';
import { onConfigure, resolveRequestConfig, type Calendar, type EgovConfig } from './config.js';
import { dirOf, isLocaleReady, loadLocale, resolveLocale, withLocale, type Locale } from './locale.js';
import type { EgovErrorDetail } from './errors.js';
import type { ApiController } from './api-controller.js';

declare global {
  /** The events every data widget fires, typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'egov-load': CustomEvent<unknown>;
    'egov-error': CustomEvent<EgovErrorDetail>;
  }
}

const connected = new Set<EgovElement>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang`/`dir` change anywhere re-renders the widgets. */
function watchLangChanges(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.requestUpdate();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'dir'],
  });
}

onConfigure(() => {
  for (const el of connected) el.requestUpdate();
});

export abstract class EgovElement<T = unknown> extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
  };

  /** API base URL for this element only; overrides the provider and `configure()`. */
  declare apiBase: string | undefined;

  /** The locale this element renders in, resolved before each update. */
  locale: Locale = 'fa';

  protected readonly providerConfig = new ContextConsumer(this, {
    context: providerContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLangChanges();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Text direction: the page's own `dir` on this element wins, else the locale's. */
  get direction(): 'rtl' | 'ltr' {
    const own = this.getAttribute('dir');
    return own === 'rtl' || own === 'ltr' ? own : dirOf(this.locale);
  }

  /** `calendar` from the provider, else the locale's usual one. */
  get calendar(): Calendar {
    return this.providerConfig.value?.calendar ?? (this.locale === 'fa' ? 'persian' : 'gregory');
  }

  get requestConfig(): EgovConfig {
    return resolveRequestConfig(this.apiBase, this.providerConfig.value);
  }

  /** Fires a `bubbles` + `composed` CustomEvent, as the contract promises for every event. */
  emit<D>(type: string, detail: D): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** Translations for a target locale load lazily; hold the render until they are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.locale = resolveLocale(this);
    if (!isLocaleReady(this.locale)) {
      return loadLocale(this.locale).then(
        () => super.scheduleUpdate(),
        () => super.scheduleUpdate(), // no translations: render in the source locale rather than nothing
      );
    }
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** The data state (`state`, `retry()`, `refresh()`), for pages that need more than the events. */
  abstract readonly data: ApiController<T>;

  /** Whether the content is loading (sets `aria-busy` on the root). */
  protected get busy(): boolean {
    return this.data.state.status === 'loading';
  }

  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale} dir=${this.direction} aria-busy=${this.busy ? 'true' : nothing}>
      ${this.renderContent()}
    </div>`;
  }
}

