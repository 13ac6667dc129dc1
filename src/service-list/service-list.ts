import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderState } from '../ui/states.js';
import { renderEmpty } from '../ui/empty.js';
import { baseStyles } from '../ui/styles.js';
import { below, heading } from '../ui/heading.js';
import { define } from '../core/define.js';
import { foldForSearch } from '../format/fold.js';
import { formatNumber } from '../format/numbers.js';
import '../service-card/service-card.js';
import './full-view-loader.js';
import { ELECTRONIC, SERVICE_TYPES, electronicLabel, typeLabel } from '../service-card/vocabulary.js';
import { servicePageCheck, type ElectronicFilter, type ServicePage, type TypeFilter } from './service-list.data.js';
import { styles } from './service-list.styles.js';

/** Typing pauses this long before the search is sent. */
const SEARCH_DEBOUNCE_MS = 250;
const DEFAULT_PAGE_SIZE = 20;

/** What `egov-search` carries: the criteria of the request that is about to be made. */
export interface EgovSearchDetail {
  /** The query as sent: folded (ی/ک, ASCII digits, no diacritics or ZWNJ). */
  q: string;
  electronic: ElectronicFilter;
  type: TypeFilter;
  page: number;
}

/** Page numbers to show: first, last, and two either side of the current one; 0 = a gap. */
export function pageWindow(page: number, last: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= last; p++) {
    if (p === 1 || p === last || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== 0) out.push(0);
  }
  return out;
}

/**
 * A searchable directory of services: a labelled search box (folded before it is sent,
 * debounced), filters for how electronic a service is and whom it serves, the result
 * count in a polite live region, compact service cards and pagination. Reads
 * `GET /services?q=&agency=&electronic=&type=&page=&pageSize=`, or shows a page given
 * as the `services` property (then it only fires `egov-search` for the page to answer).
 *
 * @summary A searchable, paginated directory of service cards.
 *
 * @csspart base - The root wrapper (carries `lang`, `dir`).
 * @csspart search - The search form (`role="search"`).
 * @csspart search-input - The search box.
 * @csspart filter - Each filter `select`.
 * @csspart count - The result count (a polite live region).
 * @csspart results - The results region (carries `aria-busy` while loading).
 * @csspart items - The list of cards.
 * @csspart pagination - The pagination `nav`.
 * @csspart page-button - Each page button; the current one has `aria-current="page"`.
 * @csspart clear-button - «پاک کردن جست‌وجو» in the empty state.
 * @csspart card - Exported from each card, as are `title`, `agency`, `electronic-badge`, `primary-link`.
 * @csspart loading - Loading skeleton.
 * @csspart error - Error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart empty - The empty-result panel.
 * @csspart not-found - Not-found panel.
 *
 * @cssprop --egov-color-text - Text colour.
 * @cssprop --egov-color-muted - Secondary text.
 * @cssprop --egov-color-accent - The current page button.
 * @cssprop --egov-color-link - The other page buttons.
 * @cssprop --egov-color-on-accent - Text on the current page button.
 * @cssprop --egov-color-surface - Field and card background.
 * @cssprop --egov-color-border - Button and card borders.
 * @cssprop --egov-color-input-border - The search box and filter borders.
 * @cssprop --egov-radius - Corner radius.
 * @cssprop --egov-space - Spacing.
 *
 * @event egov-load - A page of results arrived (or was given); `detail` is `{ items, total, page?, pageSize? }`.
 * @event egov-error - Loading failed; `detail` is `{ kind, status?, path? }`.
 * @event egov-search - The reader changed the search, a filter or the page; `detail` is `{ q, electronic, type, page }` (q folded, as sent).
 */
export class EgovServiceList extends EgovElement<ServicePage> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    agency: {},
    q: {},
    pageSize: { attribute: 'page-size', type: Number },
    services: { attribute: false },
    typed: { state: true },
    query: { state: true },
    electronic: { state: true },
    kind: { state: true },
    page: { state: true },
  };

  /** Only this agency's services (its id, e.g. `ins-central`). */
  declare agency: string | undefined;
  /**
   * The initial search. Typing does not change this attribute; it changes the
   * search in progress and fires `egov-search`. Setting `q` again starts over from it.
   */
  declare q: string | undefined;
  /** Cards per page, 1–100 (default 20). */
  declare pageSize: number;
  /** A page of results given directly (`{ items, total, page?, pageSize? }`); nothing is fetched. */
  declare services: unknown;
  /** What is in the search box. */
  declare private typed: string;
  /** The folded query of the request. */
  declare private query: string;
  declare private electronic: ElectronicFilter;
  declare private kind: TypeFilter;
  declare private page: number;

  #timer = 0;
  /** A reader's search or page change whose result is said when it is in (src/core/announcer.ts). */
  #toSay: 'results' | 'page' | undefined;
  /** The last total seen, so the pagination stays (and keeps focus) while the next page loads. */
  #total = 0;

  constructor() {
    super();
    // Its own answers only: a card inside fires these events too (composed, retargeted to this element).
    this.addEventListener('egov-load', (e) => e.composedPath()[0] === this && this.#sayResult(e.detail));
    this.addEventListener('egov-error', (e) => e.composedPath()[0] === this && (this.#toSay = undefined));
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.typed = this.query = this.electronic = this.kind = '';
    this.page = 1;
  }

  /** `aria-busy` goes on the results, not the root: the search box stays usable. */
  protected override get busy(): boolean {
    return false;
  }

  get #size(): number {
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || DEFAULT_PAGE_SIZE));
  }

  readonly data: ApiController<ServicePage> = new ApiController(this, {
    path: () => {
      const p = new URLSearchParams();
      if (this.query) p.set('q', this.query);
      if (this.agency) p.set('agency', this.agency);
      if (this.electronic) p.set('electronic', this.electronic);
      if (this.kind) p.set('type', this.kind);
      p.set('page', String(this.page));
      p.set('pageSize', String(this.#size));
      return `/services?${p}`;
    },
    value: () => this.services,
    check: servicePageCheck,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q')) {
      this.typed = this.q ?? '';
      this.query = foldForSearch(this.typed);
      this.page = 1;
    }
    if (changed.has('agency') || changed.has('pageSize')) this.page = 1;
    if (changed.has('services')) {
      const s = this.data.state;
      if (s.status === 'ready' && s.data.page) this.page = s.data.page;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Sends what was typed now (after the pause, or on Enter). */
  #search(): void {
    clearTimeout(this.#timer);
    const folded = foldForSearch(this.typed);
    if (folded !== this.query) {
      this.query = folded;
      this.page = 1;
      this.#announce();
    }
  }

  /** The answer to the reader's last search or page change: «صفحهٔ ۲ از ۲۹۵، ۵٬۹۰۰ خدمت», or the count. */
  #sayResult({ total, page }: ServicePage): void {
    const what = this.#toSay;
    this.#toSay = undefined;
    if (!what) return;
    const last = Math.max(1, Math.ceil(total / this.#size));
    const at = page ?? this.page;
    this.announcer.say(() => {
      const L = this.locale;
      const count = countWords(total, L);
      return what === 'page' && last > 1 ? msg(str`صفحهٔ ${formatNumber(at, L)} از ${formatNumber(last, L)}، ${count}`) : count;
    });
  }

  #announce(what: 'results' | 'page' = 'results'): void {
    this.#toSay = what;
    this.emit<EgovSearchDetail>('egov-search', { q: this.query, electronic: this.electronic, type: this.kind, page: this.page });
  }

  #onInput(e: Event): void {
    this.typed = (e.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#search(), SEARCH_DEBOUNCE_MS);
  }

  #filter(which: 'electronic' | 'kind', e: Event): void {
    (this as unknown as Record<string, string>)[which] = (e.target as HTMLSelectElement).value;
    // What was typed so far goes along, without waiting for the pause.
    clearTimeout(this.#timer);
    this.query = foldForSearch(this.typed);
    this.page = 1;
    this.#announce();
  }

  #go(page: number): void {
    if (page === this.page || page < 1 || page > this.#lastPage) return;
    this.page = page;
    this.#announce('page');
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.typed = this.query = this.electronic = this.kind = '';
    this.page = 1;
    this.#announce();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  /**
   * The loading reservation follows the page size (`--_rows`, the styles). Set through the
   * CSSOM, which a strict Content-Security-Policy allows (a `style` attribute it blocks), after
   * each render: the results box is always rendered, and nothing is painted before this runs.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector<HTMLElement>('.results')!.style.setProperty('--_rows', String(this.#size));
  }

  get #lastPage(): number {
    return Math.max(1, Math.ceil(this.#total / this.#size));
  }

  protected override renderContent(): unknown {
    const { locale } = this;
    const state = this.data.state;
    if (state.status === 'ready') this.#total = state.data.total;
    else if (state.status === 'error') this.#total = 0;
    const n = state.status === 'ready' ? state.data.total : undefined;
    return html`${heading(this.heading, msg('فهرست خدمات'), { cls: 'visually-hidden' })}
      <form role="search" part="search" class="search" @submit=${(e: Event) => (e.preventDefault(), this.#search())}>
        <div class="field grow">
          <label for="q">${msg('جست‌وجو در خدمات')}</label>
          <input id="q" name="q" type="search" part="search-input" dir="auto" autocomplete="off" value=${this.typed} .value=${this.typed} @input=${this.#onInput} />
        </div>
        ${this.#filterField('e', msg('نحوهٔ ارائه'), 'electronic', ELECTRONIC, electronicLabel)}
        ${this.#filterField('t', msg('مخاطب'), 'kind', SERVICE_TYPES, typeLabel)}
      </form>
      <p class="count" part="count">${n === undefined ? '' : countWords(n, locale)}</p>
      <div class="results" part="results" aria-busy=${state.status === 'loading' ? 'true' : nothing}>
        ${renderState(this.data, {
          loadingLines: 6,
          ready: (page) =>
            page.items.length
              ? html`<ul class="items" part="items">
                  ${page.items.map(
                    (s) =>
                      html`<li>
                        <egov-service-card
                          variant="compact"
                          heading-level=${below(this.heading)}
                          exportparts="card, title, agency, electronic-badge, primary-link"
                          .service=${s}
                        ></egov-service-card>
                      </li>`,
                  )}
                </ul>`
              : this.query || this.electronic || this.kind
                ? renderEmpty(
                    msg('خدمتی با این جست‌وجو پیدا نشد.'),
                    html`<button type="button" class="button" part="clear-button" @click=${this.#clear}>${msg('پاک کردن جست‌وجو')}</button>`,
                  )
                : renderEmpty(msg('خدمتی برای نمایش نیست.')),
        })}
      </div>
      ${this.#renderPages()}`;
  }

  /** A filter `select`: all, then each value of the vocabulary in words. */
  #filterField<V extends string>(
    id: string,
    label: string,
    which: 'electronic' | 'kind',
    values: readonly V[],
    labelOf: (v: V) => string,
  ): unknown {
    const current: string = this[which];
    const option = (value: string, words: string) => html`<option value=${value} ?selected=${value === current}>${words}</option>`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${which === 'kind' ? 'type' : which} part="filter" .value=${current} @change=${(e: Event) => this.#filter(which, e)}>
        ${option('', msg('همه'))} ${values.map((v) => option(v, labelOf(v)))}
      </select>
    </div>`;
  }

  #renderPages(): unknown {
    const last = this.#lastPage;
    if (last < 2) return nothing;
    const page = this.page;
    const step = (label: string, to: number) =>
      html`<li>
        <button type="button" class="step" aria-disabled=${to < 1 || to > last ? 'true' : 'false'} @click=${() => this.#go(to)}>${label}</button>
      </li>`;
    return html`<nav part="pagination" aria-label=${msg('صفحه‌های نتایج')}>
      <ul>
        ${step(msg('قبلی'), page - 1)}
        ${repeat(
          pageWindow(page, last),
          (p, i) => p || `gap${i}`,
          (p) =>
            p
              ? html`<li>
                  <button
                    type="button"
                    part="page-button"
                    aria-label=${msg(str`صفحهٔ ${formatNumber(p, this.locale)}`)}
                    aria-current=${p === page ? 'page' : nothing}
                    @click=${() => this.#go(p)}
                  >
                    ${formatNumber(p, this.locale)}
                  </button>
                </li>`
              : html`<li class="gap" aria-hidden="true">…</li>`,
        )}
        ${step(msg('بعدی'), page + 1)}
      </ul>
    </nav>`;
  }
}

/** «۵٬۹۰۰ خدمت», «یک خدمت», «خدمتی یافت نشد» (call during render or with the locale active). */
const countWords = (n: number, locale: 'fa' | 'en'): string =>
  n === 0 ? msg('خدمتی یافت نشد') : n === 1 ? msg('یک خدمت') : msg(str`${formatNumber(n, locale)} خدمت`);

define('egov-service-list', EgovServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'egov-service-list': EgovServiceList;
  }
  interface HTMLElementEventMap {
    'egov-search': CustomEvent<EgovSearchDetail>;
  }
}
