/**
 * The data-element base: what every data widget shares. Request configuration resolved
 * per element, the locale and direction, the `msg()` locale switch around render, events,
 * and its one data controller (`aria-busy` while it loads). An element states its key,
 * its check and its templates; the panels for its states are the view kit's
 * (`renderState` in src/ui/states.ts). Data, states and formatting live in plain modules.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from './context.js';
import { chosenApiBase, onConfigure, resolveRequestConfig, type Calendar, type EgovConfig, type ProviderConfig } from './config.js';
import { toHeadingLevel, type HeadingLevel } from './heading-level.js';
import { dirOf, isLocaleReady, loadLocale, resolveLocale, withLocale, type Locale } from './locale.js';
import type { EgovErrorDetail } from './errors.js';
import type { ApiController, Seed } from './api-controller.js';
import { Announcer } from './announcer.js';

/** The attribute of the `<script type="application/json">` holding a server-rendered widget's data. */
export const EMBEDDED_DATA_ATTR = 'data-egov-ssr';

/**
 * What the server rendered with that the page does not say: `renderHTML`'s `lang`,
 * `calendar` and `headingLevel` options, used by a widget with no `lang` around it, no
 * provider's calendar or heading level. Embedded beside the data, so the hydrated widget
 * keeps them (no re-render in other words or another calendar).
 */
export interface ServerDefaults {
  lang?: Locale;
  calendar?: Calendar;
  headingLevel?: HeadingLevel;
}

/**
 * The embedded script's JSON: the answer the server read (when there was one to read), and
 * its defaults as the configuration a provider would give (only where there is none).
 */
export type Embedded = Partial<Seed> & { provider?: ServerDefaults };

declare global {
  /** The events every data widget fires, typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'egov-load': CustomEvent<unknown>;
    'egov-error': CustomEvent<EgovErrorDetail>;
  }
}

const connected = new Set<EgovElement>();
const renderAll = () => {
  for (const el of connected) el.requestUpdate();
};
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang`/`dir` change anywhere re-renders the widgets. */
function watchLangChanges(): void {
  if (!langObserver) {
    (langObserver = new MutationObserver(renderAll)).observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
}

onConfigure(renderAll);

/**
 * Whether the page's own start-up code has had its turn: a widget whose API base would be
 * the default (the page chose none yet) makes its first request only after it, so a
 * `configure()` in a framework's setup code (an app initializer, `main.ts` after an `await`)
 * comes first (README "Configure the API"). The turn ends one task after the document is
 * parsed: module scripts, and the promise chains they start, have run by then; setup code
 * that waits on the network first is not waited for (the meta tag is for that). No
 * document (on the server): nothing waits.
 */
let pageSettled = typeof document === 'undefined';
if (!pageSettled) {
  const settle = () =>
    setTimeout(() => {
      pageSettled = true;
      renderAll();
    });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', settle);
  else settle();
}

const PROVIDER_TAG = 'egov-provider';

/** The nearest `<egov-provider>` around `el`, across shadow roots. */
function providerAround(el: Element): Element | undefined {
  for (let node: Node | null = el.parentNode; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return node;
  }
  return undefined;
}

/**
 * A provider (of any copy: a Lit element) whose properties changed and whose context does
 * not say so yet: frameworks set a parent's properties after its children's (React), so a
 * widget that asked now would ask with the provider's old configuration.
 */
function providerUpdating(provider: Element): boolean {
  const p = provider as Element & { isUpdatePending?: boolean; hasUpdated?: boolean };
  return p.isUpdatePending === true || p.hasUpdated === false;
}

/** The events of a data widget whose data is `T`: `egov-load` carries `T`. */
export interface EgovDataEventMap<T> {
  'egov-load': CustomEvent<T>;
  'egov-error': CustomEvent<EgovErrorDetail>;
}

type Listener<E, This> = ((this: This, ev: E) => unknown) | { handleEvent(ev: E): unknown };

/**
 * `card.addEventListener('egov-load', (e) => e.detail.title)`: on an element, `egov-load`
 * is typed with that element's own data (the page-wide map above can only say `unknown`).
 */
export interface EgovElement<T = unknown> {
  addEventListener<K extends keyof EgovDataEventMap<T>>(
    type: K,
    listener: Listener<EgovDataEventMap<T>[K], this>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<HTMLElementEventMap[K], this>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof EgovDataEventMap<T>>(
    type: K,
    listener: Listener<EgovDataEventMap<T>[K], this>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<HTMLElementEventMap[K], this>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * What every data widget shares: its API base, heading level and locale, its data state, and
 * the theme tokens below, which custom-elements.json lists on every element that extends it.
 *
 * @cssprop --egov-color-background - Behind the whole widget (default: the surface colour; `transparent` lets the page show through).
 * @cssprop --egov-color-focus - Focus ring.
 * @cssprop --egov-color-skeleton - Loading lines.
 * @cssprop --egov-color-skeleton-shine - The loading lines' moving highlight.
 * @cssprop --egov-font-size - Text size, relative to the page's text where the widget sits (default 1em).
 * @cssprop --egov-loading-size - Block size the loading skeleton keeps free (default: about the content's, by the widget's width).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the typed listeners above
export abstract class EgovElement<T = unknown> extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    headingLevel: { attribute: 'heading-level' },
  };

  /** API base URL for this element only; overrides the provider and `configure()`. */
  declare apiBase: string | undefined;
  /**
   * The level (1–6) of the element's main heading; its sub-headings go one below (never
   * past 6). Default: the provider's `heading-level`, else 2 (README "Headings").
   */
  declare headingLevel: number | string | undefined;

  /** The locale this element renders in, resolved before each update. */
  locale: Locale = 'fa';

  /** The enclosing provider's configuration, or the server's defaults (see connectedCallback). */
  readonly #provider = new ContextConsumer(this);

  override connectedCallback(): void {
    // Server-rendered (README "Server rendering"): the data the server read came embedded in
    // the shadow root; read it before the first update, which hydrates what is there.
    const embedded = this.shadowRoot?.querySelector(`script[${EMBEDDED_DATA_ATTR}]`);
    if (embedded) {
      embedded.remove();
      try {
        const data = JSON.parse(embedded.textContent!) as Embedded;
        if (data.path) this.data.seed(data as Seed);
        // Embedded only for a widget with no provider around (src/ssr/render.ts): they stand in for one.
        this.#provider.value = data.provider;
      } catch {
        // Unreadable: the widget asks the API, as any widget does.
      }
    }
    super.connectedCallback(); // the context request goes out here (ContextConsumer, src/core/context.ts)
    connected.add(this);
    watchLangChanges();
    // Inside an <egov-provider> that is not defined yet (its chunk loads later, or another
    // copy of the library defines it), nothing answered the request: ask again once the tag
    // is defined, whichever copy defines it. A provider nested in another one is handled by
    // the context protocol itself (the outer provider hands over its consumers inside the new one).
    if (this.awaitingProvider) {
      void customElements.whenDefined(PROVIDER_TAG).then(() => {
        if (this.isConnected && !this.#provider.value) this.#provider.hostConnected();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * @internal server rendering only (src/ssr): the enclosing provider's configuration,
   * which no context event brings on a server
   */
  set serverProvider(config: ProviderConfig | undefined) {
    this.#provider.value = config;
  }

  /** Text direction: the page's own `dir` on this element wins, else the locale's. */
  get direction(): 'rtl' | 'ltr' {
    const own = this.getAttribute('dir');
    return own === 'rtl' || own === 'ltr' ? own : dirOf(this.locale);
  }

  /** `calendar` from the provider, else the locale's usual one. */
  get calendar(): Calendar {
    return this.#provider.value?.calendar ?? (this.locale === 'fa' ? 'persian' : 'gregory');
  }

  /** The main heading's level: own `heading-level` → the provider's → 2. */
  get heading(): HeadingLevel {
    return toHeadingLevel(this.headingLevel) ?? this.#provider.value?.headingLevel ?? 2;
  }

  /**
   * Inside an `<egov-provider>` whose element is not defined yet (loaded later, or by
   * another copy): the configuration is not known, so nothing is fetched until it is.
   * @internal for the data controller (src/core/api-controller.ts), not for pages
   */
  get awaitingProvider(): boolean {
    if (this.#provider.value) return false;
    const provider = providerAround(this);
    return !!provider && !provider.matches(':defined');
  }

  /**
   * Before its first request, the element also waits while its configuration may still
   * change: its provider has properties not yet passed on (a framework set them after the
   * widget's own), or the page chose no API base yet and its start-up code has not run
   * (README "Configure the API"). After the first request, a change simply asks again.
   * @internal for the data controller (src/core/api-controller.ts), not for pages
   */
  get configSettling(): boolean {
    const provider = providerAround(this);
    if (provider && providerUpdating(provider)) return true;
    return !pageSettled && !chosenApiBase(this.apiBase, this.#provider.value);
  }

  /** @internal the request configuration the data controller uses, not for pages */
  get requestConfig(): EgovConfig {
    return resolveRequestConfig(this.apiBase, this.#provider.value);
  }

  /**
   * Fires a `bubbles` + `composed` CustomEvent, as the contract promises for every event.
   * @internal for the element and its controllers, not for pages
   */
  emit<D>(type: string, detail: D): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Translations for a target locale load lazily; hold the render until they are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.locale = resolveLocale(this, (this.#provider.value as ServerDefaults | undefined)?.lang);
    if (isLocaleReady(this.locale)) return super.scheduleUpdate();
    const go = () => super.scheduleUpdate();
    // No translations (the chunk failed to load): render in the source locale rather than nothing.
    return loadLocale(this.locale).then(go, go);
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /**
   * The widget's status messages (src/core/announcer.ts): its live region is in every render.
   * @internal for the element, not for pages
   */
  readonly announcer: Announcer = new Announcer(this);

  /** The data state (`state`, `retry()`; the tracker's also `refresh()`), for pages that need more than the events. */
  abstract readonly data: ApiController<T>;

  #renderedLocale: Locale | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Widgets this one renders in its shadow root (the list's cards) read their locale from
    // our root's `lang`, which the page-wide observer does not see: tell them it changed.
    if (this.#renderedLocale && this.#renderedLocale !== this.locale) {
      for (const el of connected) if (el !== this && el.getRootNode() === this.renderRoot) el.requestUpdate();
    }
    this.#renderedLocale = this.locale;
  }

  /** Whether the content is loading (sets `aria-busy` on the root). */
  protected get busy(): boolean {
    return this.data.state.status === 'loading';
  }

  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale} dir=${this.direction} aria-busy=${this.busy ? 'true' : nothing}>
      ${this.renderContent()} ${this.announcer.render()}
    </div>`;
  }
}
