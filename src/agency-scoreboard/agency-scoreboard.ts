import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { styleProps } from '../ui/style-props.js';
import { ApiController } from '../core/api-controller.js';
import { renderState, renderNotFound } from '../ui/states.js';
import { renderEmpty } from '../ui/empty.js';
import { baseStyles } from '../ui/styles.js';
import { heading } from '../ui/heading.js';
import { langAttr } from '../ui/display.js';
import { define } from '../core/define.js';
import { formatNumber } from '../format/numbers.js';
import { formatScore } from '../format/scores.js';
import { ChartController } from '../charts/controller.js';
import { scoresCheck, type AgencyScores } from './agency-scoreboard.data.js';
import { countBelow, filterRows, formatSort, nextSort, parseSort, rankItems, sortRows, type RankedRow, type SortSpec } from './ranking.js';
import { chartInput, columnsOf, csvRows, rowTexts, type Column, type RowText } from './table.js';
import { Memo } from './memo.js';
// Types only: the chart module (and chart.js behind it) is imported when the chart is first shown.
import type { BarChartInput } from './bar-chart.js';
import { keep } from './keep.js';
import { styles } from './agency-scoreboard.styles.js';

/** Printing: `beforeprint`/`afterprint` on the window, or the print media query changing (emulated print). */
const printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

/**
 * Agencies ranked by their e-government maturity score in one evaluation round: a
 * sortable, filterable table (rank, agency, overall score, one column per axis, change
 * since the previous round), agencies under a threshold marked in words and with an
 * icon, a CSV download of the current view, and an optional horizontal bar chart.
 *
 * @summary Agencies ranked by e-government maturity, as a sortable table or a bar chart.
 *
 * @csspart base - The root wrapper.
 * @csspart toolbar - The row with the filter, the view switch and the download button.
 * @csspart filter-input - The search box that narrows the rows by agency name.
 * @csspart view-button - Each of the table / chart switch buttons.
 * @csspart download-button - The CSV download button.
 * @csspart summary - The line saying how many agencies are under the threshold.
 * @csspart table-wrapper - The inline-scrolling box around the table.
 * @csspart table - The table.
 * @csspart sort-button - Each column header's sort button.
 * @csspart row - Each agency row; under-threshold rows also have `row-below`.
 * @csspart row-below - An agency row under the threshold.
 * @csspart below-threshold - The "under threshold" mark (icon and words) in a row.
 * @csspart show-all - The show all / show top N button.
 * @csspart chart - The box holding the bar chart canvas.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart not-found - The panel shown when the round does not exist.
 * @csspart empty - The panel shown when the round has no agencies or no name matches.
 *
 * @cssprop --egov-color-accent - Buttons, focus, chart bars.
 * @cssprop --egov-color-danger - The under-threshold mark and chart bars under the threshold.
 * @cssprop --egov-color-below-bg - Background of rows under the threshold.
 * @cssprop --egov-color-header-bg - Background of the table header.
 * @cssprop --egov-color-surface - Background of the table (and the sticky columns).
 * @cssprop --egov-color-border - Table and box borders.
 * @cssprop --egov-color-text - Text colour.
 * @cssprop --egov-color-muted - Secondary text.
 * @cssprop --egov-radius - Corner radius.
 *
 * @event egov-load - The data was loaded (or given) and is valid; `detail` is the data.
 * @event egov-error - Loading failed; `detail` is `{ kind, status?, path? }`.
 */
export class EgovAgencyScoreboard extends EgovElement<AgencyScores> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    round: {},
    limit: { type: Number },
    threshold: { type: Number },
    view: { reflect: true },
    sort: {},
    scores: { attribute: false },
    query: { state: true },
    showAll: { state: true },
    printing: { state: true },
    csvFailed: { state: true },
  };

  /** The evaluation round: a number, or `latest` (the default). */
  declare round: string | number | undefined;
  /** Show only the N best-ranked rows, with a "show all" button. Unset or 0: all rows. */
  declare limit: number | undefined;
  /** Agencies scoring under this percentage are marked and counted (default 40). */
  declare threshold: number;
  /** `table` (default) or `chart` (horizontal bar chart; chart.js is loaded only then). */
  declare view: 'table' | 'chart';
  /**
   * The column the rows are sorted by: `rank` (default), `agency`, `score`, `change` or an
   * axis key, with a leading `-` for descending (`-score`). Set by the header buttons too.
   */
  declare sort: string;
  /** The data as a property (the `/evaluations/{round}/agencies` shape): nothing is fetched. */
  declare scores: unknown;
  /** What the reader typed in the filter box. */
  declare private query: string;
  /** Whether the reader asked for all rows past `limit` (unset: no). */
  declare private showAll: boolean | undefined;
  /** While the page prints, every row (README "Print"); unset: not printing. */
  declare private printing: boolean | undefined;
  /** The CSV writer (csv.ts, loaded at the first download) could not be loaded; unset: no. */
  declare private csvFailed: boolean | undefined;
  #onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint' || (e as MediaQueryListEvent).matches === true;
  };

  readonly data: ApiController<AgencyScores> = new ApiController(this, {
    path: () => `/evaluations/${encodeURIComponent(String(this.round ?? '') || 'latest')}/agencies`,
    value: () => this.scores,
    check: scoresCheck,
  });

  #chart = new ChartController<BarChartInput>(this, () => import('./bar-chart.js').then((m) => m.render));
  #chartInput: BarChartInput | undefined;
  #ranked = new Memo<RankedRow[]>();
  #sorted = new Memo<RankedRow[]>();
  #charted = new Memo<BarChartInput>();
  #texts = new Memo<(row: RankedRow) => RowText>();
  // The rows and columns as shown: set by each ready render, before anything reads them.
  #shown!: RankedRow[];
  #all = 0;
  #columns!: Column[];

  constructor() {
    super();
    this.threshold = 40;
    this.view = 'table';
    this.sort = 'rank';
    this.query = '';
  }

  /**
   * A control focused inside the scrolling table comes fully into view beside the sticky
   * columns: browsers leave a partly shown one where it is, and their own focus scrolling
   * ignores `scroll-padding`, which `scrollIntoView` honours (its value: the styles).
   */
  #reveal = (e: FocusEvent): void => {
    const t = e.composedPath()[0];
    if (t instanceof HTMLElement && t.closest('.scroll') && !t.closest('.rank, .agency'))
      t.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen('addEventListener');
    // On the shadow root: focus moving inside it never reaches the host as focusin.
    this.renderRoot.addEventListener('focusin', this.#reveal as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen('removeEventListener');
  }

  /** Printing: `beforeprint`/`afterprint` on the window, and the print media query. */
  #listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (const type of ['beforeprint', 'afterprint']) window[method](type, this.#onPrint);
    printMedia?.[method]('change', this.#onPrint);
  }

  get #threshold(): number {
    const t = Number(this.threshold);
    return Number.isFinite(t) ? t : 40;
  }

  protected override renderContent(): unknown {
    const round = this.round ?? 'latest';
    return renderState(this.data, {
      loadingLines: 6,
      notFound: () =>
        renderNotFound(
          msg(
            str`دور ارزیابی ${typeof round === 'number' || /^\d+$/.test(round) ? formatNumber(Number(round), this.locale, 0) : round} یافت نشد.`,
          ),
        ),
      ready: (data) => this.#ready(data),
    });
  }

  #ready(data: AgencyScores): unknown {
    if (!data.items.length) return renderEmpty(msg('در این دور هیچ دستگاهی ارزیابی نشده است.'));
    const locale = this.locale;
    const threshold = this.#threshold;
    const all = this.#ranked.get([data.items], () => rankItems(data.items));
    const axes = data.axes ?? [];
    const axisKeys = axes.map((a) => a.key);
    this.#columns = columnsOf(axes);
    const text = this.#texts.get([all, locale, threshold, axisKeys.join()], () => rowTexts(locale, axisKeys, threshold));
    const spec = parseSort(this.sort, axisKeys);
    const matched = filterRows(all, this.query);
    const limit = Number(this.limit) > 0 ? Math.floor(Number(this.limit)) : 0;
    const whole = this.showAll || (this.printing && this.view !== 'chart');
    const limited = limit && !whole ? matched.slice(0, limit) : matched;
    const shown = (this.#shown = this.#sorted.get([limited.length, all, spec.key, spec.direction, this.query, locale, limit, whole], () =>
      sortRows(limited, spec, locale),
    ));
    this.#all = all.length;
    const below = countBelow(all, threshold);
    const t = formatNumber(threshold, locale);

    return html`
      ${heading(this.heading, msg('رتبه‌بندی دستگاه‌های اجرایی'), { cls: 'visually-hidden' })}
      <div class="toolbar" part="toolbar">
        <label class="filter">
          <span>${msg('جستجوی نام دستگاه')}</span>
          <input
            type="search"
            part="filter-input"
            autocomplete="off"
            .value=${this.query}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
              this.announcer.say(() => this.#countWords());
            }}
          />
        </label>
        <div class="views" role="group" aria-label=${msg('نوع نمایش')}>
          ${this.#viewButton('table', msg('جدول'))} ${this.#viewButton('chart', msg('نمودار'))}
        </div>
        <button
          type="button"
          class="button"
          part="download-button"
          @click=${() => this.#download(data.round)}
        >
          <span aria-hidden="true">↓</span> ${msg('دریافت CSV')}
        </button>
      </div>
      <p class="summary" part="summary">
        ${
          below
            ? html`<span class="flag-icon" aria-hidden="true">⚠</span>
              ${below === 1 ? msg(str`یک دستگاه زیر ${t} درصد`) : msg(str`${formatNumber(below, locale)} دستگاه زیر ${t} درصد`)}`
            : msg(str`هیچ دستگاهی زیر ${t} درصد نیست`)
        }
      </p>
      <p class="status muted">
        ${
          shown.length < all.length
            ? msg(str`نمایش ${formatNumber(shown.length, locale)} از ${formatNumber(all.length, locale)} دستگاه`)
            : nothing
        }
      </p>
      ${
        this.csvFailed
          ? html`<p class="status csv-failed" role="alert">
            <span class="flag-icon" aria-hidden="true">⚠</span> ${msg('فایل CSV آماده نشد؛ صفحه را دوباره باز کنید.')}
          </p>`
          : nothing
      }
      ${
        !shown.length
          ? renderEmpty(
              msg('دستگاهی با این نام یافت نشد.'),
              html`<button type="button" class="button" @click=${() => (this.query = '')}>${msg('پاک کردن جستجو')}</button>`,
            )
          : this.view === 'chart'
            ? this.#renderChart(threshold)
            : this.#renderTable(data.round, all.length, spec, text)
      }
      ${
        limit && matched.length > limit
          ? html`<p class="more">
            <button type="button" class="button" part="show-all" @click=${() => this.#toggleAll(limit)}>
              ${
                this.showAll
                  ? msg(str`نمایش ${formatNumber(limit, locale)} دستگاه نخست`)
                  : msg(str`نمایش همه (${formatNumber(matched.length, locale)})`)
              }
            </button>
          </p>`
          : nothing
      }
    `;
  }

  /** The rows shown, in words (said after the filter changed). */
  #countWords(): string {
    const { locale } = this;
    const [shown, all] = [this.#shown?.length ?? 0, this.#all];
    return !shown
      ? msg('دستگاهی با این نام یافت نشد.')
      : shown < all
        ? msg(str`نمایش ${formatNumber(shown, locale)} از ${formatNumber(all, locale)} دستگاه`)
        : msg(str`نمایش همهٔ ${formatNumber(all, locale)} دستگاه`);
  }

  #toggleAll(limit: number): void {
    this.showAll = !this.showAll;
    this.announcer.say(() =>
      this.showAll
        ? msg(str`نمایش همهٔ ${formatNumber(this.#shown.length, this.locale)} دستگاه`)
        : msg(str`${formatNumber(limit, this.locale)} دستگاه نخست نمایش داده می‌شود`),
    );
  }

  #switchView(view: 'table' | 'chart'): void {
    if (view === this.view) return;
    this.view = view;
    this.announcer.say(() => (view === 'chart' ? msg('نمایش به صورت نمودار') : msg('نمایش به صورت جدول')));
  }

  #sortBy(spec: SortSpec): void {
    this.sort = formatSort(spec);
    this.announcer.say(() => {
      const label = this.#columns.find((c) => c.key === spec.key)?.label ?? spec.key;
      return spec.direction === 'ascending' ? msg(str`مرتب‌شده بر اساس ${label}، صعودی`) : msg(str`مرتب‌شده بر اساس ${label}، نزولی`);
    });
  }

  #viewButton(view: 'table' | 'chart', label: string): TemplateResult {
    return html`<button
      type="button"
      class="button"
      part="view-button"
      aria-pressed=${this.view === view ? 'true' : 'false'}
      @click=${() => this.#switchView(view)}
    >
      ${label}
    </button>`;
  }

  #renderTable(round: number, count: number, spec: SortSpec, text: (row: RankedRow) => RowText): TemplateResult {
    const locale = this.locale;
    const belowWords = msg('زیر آستانه');
    const newWord = msg('جدید');
    return html`<div class="scroll" part="table-wrapper" tabindex="0" role="region" aria-label=${msg('جدول رتبه‌بندی')}>
      <table part="table">
        <caption>
          ${msg(str`رتبه‌بندی دستگاه‌های اجرایی در دور ${formatNumber(round, locale, 0)} ارزیابی (${formatNumber(count, locale)} دستگاه)`)}
        </caption>
        <thead>
          <tr>
            ${this.#columns.map((c) => {
              const sorted = spec.key === c.key;
              return html`<th
                scope="col"
                class=${c.key === 'rank' || c.key === 'agency' ? c.key : 'num'}
                aria-sort=${sorted ? spec.direction : nothing}
              >
                <button type="button" part="sort-button" @click=${() => this.#sortBy(nextSort(spec, c.key))}>
                  <span>${c.label}</span
                  ><span class="sort-icon" aria-hidden="true">${sorted ? (spec.direction === 'ascending' ? '▲' : '▼') : '⇅'}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.#shown,
            (r) => r.id,
            // A row's cells depend only on its texts (one per row, made anew when the
            // locale or threshold changes): a re-sort then only moves the rows.
            (r) => {
              const v = text(r);
              return keep(
                v,
                () => html`<tr class=${v.below ? 'below' : ''} part=${v.below ? 'row row-below' : 'row'}>
                <td class="rank">${v.rank}</td>
                <th scope="row" class="agency"><bdi lang=${langAttr(r.name, locale)}>${r.name}</bdi></th>
                <td class="num">
                  ${v.score}${
                    v.below
                      ? html`<span class="flag" part="below-threshold"><span aria-hidden="true">⚠</span> ${belowWords}</span>`
                      : nothing
                  }
                </td>
                ${v.axes.map((a) => html`<td class="num">${a}</td>`)}
                <td class="num">
                  ${
                    v.change === undefined
                      ? html`<span class="muted">${newWord}</span>`
                      : html`<span class="arrow" aria-hidden="true">${v.trend}</span>${v.change}`
                  }
                </td>
              </tr>`,
              );
            },
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * The rows as shown at the click (filtered, limited, sorted) → a CSV file, numbers in
   * ASCII. What writes the file is a chunk of its own, loaded at the first download: most
   * readers never download, and the scoreboard's first render does not need it.
   */
  #download(round: number): void {
    const rows = csvRows(this.#columns, this.#shown);
    import('./csv.js').then(
      (csv) => {
        this.csvFailed = undefined;
        csv.downloadCsv(csv.toCsv(rows), `agencies-round-${round}.csv`, this.renderRoot);
      },
      // A browser keeps a module that failed to load failed for the page's life: only a reload helps.
      () => (this.csvFailed = true),
    );
  }

  /** The chart's text alternative: what it shows and its top values (the three highest scores, with their agencies). */
  #chartWords(rows: readonly RankedRow[]): string {
    const { locale } = this;
    const chart = msg(str`نمودار میله‌ای امتیاز کل ${formatNumber(rows.length, locale)} دستگاه`);
    const top = [...rows]
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((r) => `${r.name} ${formatScore(r.score, locale)}`)
      .join(locale === 'fa' ? '، ' : ', ');
    return top ? msg(str`${chart}؛ بالاترین امتیازها: ${top}`) : chart;
  }

  #renderChart(threshold: number): TemplateResult {
    const { locale } = this;
    const rows = this.#shown;
    const rtl = this.direction === 'rtl';
    this.#chartInput = this.#charted.get([rows, threshold, locale, rtl], () => chartInput(this, rows, threshold, locale, rtl));
    const status = this.#chart.status;
    return html`<div class="chart" part="chart" style=${styleProps({ 'block-size': `${rows.length * 26 + 48}px` })}>
        <canvas role="img" aria-label=${this.#chartWords(rows)}></canvas>
      </div>
      <p class="muted chart-note">
        ${
          status === 'failed'
            ? msg('نمودار بارگذاری نشد؛ همین داده‌ها را در جدول ببینید.')
            : status !== 'ready'
              ? msg('در حال بارگذاری نمودار…')
              : msg(str`خط‌چین مرز ${formatNumber(threshold, locale)} درصد است و ⚠ کنار نام یعنی زیر آن.`)
        }
      </p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chart = this.view === 'chart' && this.data.state.status === 'ready';
    this.#chart.show(this.renderRoot.querySelector('canvas'), chart ? this.#chartInput : undefined);
  }
}

define('egov-agency-scoreboard', EgovAgencyScoreboard);

declare global {
  interface HTMLElementTagNameMap {
    'egov-agency-scoreboard': EgovAgencyScoreboard;
  }
}
