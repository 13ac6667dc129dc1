import { nothing, type PropertyValues } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderState } from '../ui/states.js';
import { baseStyles } from '../ui/styles.js';
import { heading } from '../ui/heading.js';
import { define } from '../core/define.js';
import { foldForSearch } from '../format/fold.js';
import '../service-card/service-card.js';
import './full-view-loader.js';
import { servicePageCheck, servicesPath } from './service-list.data.js';
import type { EgovSearchDetail, ElectronicFilter, ServicePage, TypeFilter } from './service-list.data.js';
import { Debounce } from './debounce.js';
import { renderSearchForm, SEARCH_DEBOUNCE_MS, type FilterName } from './search-form.js';
import { countWords, renderResults, resultWords } from './results.js';
import { lastPage, renderPagination } from './pagination.js';
import { styles } from './service-list.styles.js';

const DEFAULT_PAGE_SIZE = 20;
/** The `page-size` attribute as sent: a whole number from 1 to 100 (else the default). */
const pageSizeOf = (n: number): number => Math.min(100, Math.max(1, Math.floor(n) || DEFAULT_PAGE_SIZE));

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

  #typing = new Debounce(this, SEARCH_DEBOUNCE_MS, () => this.#search());
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

  readonly data: ApiController<ServicePage> = new ApiController(this, {
    path: () => servicesPath(this.#criteria, this.agency, pageSizeOf(this.pageSize)),
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

  /** Sends what was typed now (after the pause, or on Enter). */
  #search(): void {
    this.#typing.cancel();
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
    const last = lastPage(total, pageSizeOf(this.pageSize));
    const at = page ?? this.page;
    this.announcer.say(() => resultWords(what, at, last, total, this.locale));
  }

  #announce(what: 'results' | 'page' = 'results'): void {
    this.#toSay = what;
    this.emit<EgovSearchDetail>('egov-search', this.#criteria);
  }

  /** The search as sent: in the request, and in `egov-search`. */
  get #criteria(): EgovSearchDetail {
    return { q: this.query, electronic: this.electronic, type: this.kind, page: this.page };
  }

  #onInput(e: Event): void {
    this.typed = (e.target as HTMLInputElement).value;
    this.#typing.schedule();
  }

  #filter(which: FilterName, e: Event): void {
    (this as unknown as Record<string, string>)[which] = (e.target as HTMLSelectElement).value;
    // What was typed so far goes along, without waiting for the pause.
    this.#typing.cancel();
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
    this.#typing.cancel();
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
    this.renderRoot.querySelector<HTMLElement>('.results')!.style.setProperty('--_rows', String(pageSizeOf(this.pageSize)));
  }

  get #lastPage(): number {
    return lastPage(this.#total, pageSizeOf(this.pageSize));
  }

  protected override renderContent(): unknown {
    const { locale } = this;
    const state = this.data.state;
    if (state.status === 'ready') this.#total = state.data.total;
    else if (state.status === 'error') this.#total = 0;
    const n = state.status === 'ready' ? state.data.total : undefined;
    return html`${heading(this.heading, msg('فهرست خدمات'), 'visually-hidden')}
      ${renderSearchForm(
        this.typed,
        this.electronic,
        this.kind,
        () => this.#search(),
        this.#onInput,
        (which, e) => this.#filter(which, e),
      )}
      <p class="count" part="count">${n === undefined ? '' : countWords(n, locale)}</p>
      <div class="results" part="results" aria-busy=${state.status === 'loading' ? 'true' : nothing}>
        ${renderState(
          this.data,
          (page) => renderResults(page, this.heading, !!(this.query || this.electronic || this.kind), this.#clear),
          undefined,
          6,
        )}
      </div>
      ${renderPagination(this.page, this.#lastPage, locale, (p) => (this.#go(p), this.updateComplete))}`;
  }
}

define('egov-service-list', EgovServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'egov-service-list': EgovServiceList;
  }
  interface HTMLElementEventMap {
    'egov-search': CustomEvent<EgovSearchDetail>;
  }
}
