import { type PropertyValues } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderState, renderNotFound } from '../ui/states.js';
import { renderEmpty } from '../ui/empty.js';
import { baseStyles } from '../ui/styles.js';
import { heading } from '../ui/heading.js';
import { define } from '../core/define.js';
import { formatNumber } from '../format/numbers.js';
import { ChartController } from '../charts/controller.js';
import { scoresCheck, type AgencyScores } from './agency-scoreboard.data.js';
import { formatSort, type SortSpec } from './ranking.js';
import { chartInput, csvRows } from './table.js';
import { Memo } from './memo.js';
import { ShownRows } from './shown-rows.js';
// Types only: the chart module (and chart.js behind it) is imported when the chart is first shown.
import type { BarChartInput } from './bar-chart.js';
import { PrintController } from './print.js';
import { renderToolbar, type View } from './toolbar.js';
import { renderTable, revealFocused } from './table-view.js';
import { renderChartView } from './chart-view.js';
import { showAllWords, shownWords, sortWords, viewWords } from './announcements.js';
import { renderShowAll, renderSummary } from './summary.js';
import { styles } from './agency-scoreboard.styles.js';

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
  /** The CSV writer (csv.ts, loaded at the first download) could not be loaded; unset: no. */
  declare private csvFailed: boolean | undefined;

  readonly data: ApiController<AgencyScores> = new ApiController(this, {
    path: () => `/evaluations/${encodeURIComponent(String(this.round ?? '') || 'latest')}/agencies`,
    value: () => this.scores,
    check: scoresCheck,
  });

  /** While the page prints, every row (README "Print"). */
  #print = new PrintController(this);
  #chart = new ChartController<BarChartInput>(this, () => import('./bar-chart.js').then((m) => m.render));
  #chartInput: BarChartInput | undefined;
  #charted = new Memo<BarChartInput>();
  /** The rows and columns as shown: worked out by each ready render, before anything reads them. */
  #rows = new ShownRows();

  constructor() {
    super();
    this.threshold = 40;
    this.view = 'table';
    this.sort = 'rank';
    this.query = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the shadow root: focus moving inside it never reaches the host as focusin.
    this.renderRoot.addEventListener('focusin', revealFocused as EventListener);
  }

  get #threshold(): number {
    const t = Number(this.threshold);
    return Number.isFinite(t) ? t : 40;
  }

  protected override renderContent(): unknown {
    const round = this.round ?? 'latest';
    return renderState(
      this.data,
      (data) => this.#ready(data),
      () =>
        renderNotFound(
          msg(
            str`دور ارزیابی ${typeof round === 'number' || /^\d+$/.test(round) ? formatNumber(Number(round), this.locale, 0) : round} یافت نشد.`,
          ),
        ),
      6,
    );
  }

  #ready(data: AgencyScores): unknown {
    if (!data.items.length) return renderEmpty(msg('در این دور هیچ دستگاهی ارزیابی نشده است.'));
    const { locale, query } = this;
    const threshold = this.#threshold;
    const whole = this.showAll || (this.#print.printing && this.view !== 'chart');
    const rows = this.#rows.update(data, locale, threshold, this.sort, query, this.limit, whole);
    return html`
      ${heading(this.heading, msg('رتبه‌بندی دستگاه‌های اجرایی'), 'visually-hidden')}
      ${renderToolbar(
        query,
        this.view,
        (query) => {
          this.query = query;
          this.announcer.say(() => shownWords(this.#rows.shown.length, this.#rows.all.length, this.locale));
        },
        (view) => this.#switchView(view),
        () => this.#download(data.round),
      )}
      ${renderSummary(rows, threshold, this.csvFailed, locale)}
      ${
        !rows.shown.length
          ? renderEmpty(
              msg('دستگاهی با این نام یافت نشد.'),
              html`<button type="button" class="button" @click=${() => (this.query = '')}>${msg('پاک کردن جست‌وجو')}</button>`,
            )
          : this.view === 'chart'
            ? this.#renderChart(threshold)
            : renderTable(data.round, rows, locale, (s) => this.#sortBy(s))
      }
      ${renderShowAll(rows, this.showAll, locale, () => this.#toggleAll(rows.limit))}
    `;
  }

  #toggleAll(limit: number): void {
    this.showAll = !this.showAll;
    this.announcer.say(() => showAllWords(this.showAll, this.#rows.shown.length, limit, this.locale));
  }

  #switchView(view: View): void {
    if (view === this.view) return;
    this.view = view;
    this.announcer.say(() => viewWords(view));
  }

  #sortBy(spec: SortSpec): void {
    this.sort = formatSort(spec);
    this.announcer.say(() => sortWords(this.#rows.columns.find((c) => c.key === spec.key)?.label ?? spec.key, spec.direction));
  }

  /**
   * The rows as shown at the click (filtered, limited, sorted) → a CSV file, numbers in
   * ASCII. What writes the file is a chunk of its own, loaded at the first download: most
   * readers never download, and the scoreboard's first render does not need it.
   */
  #download(round: number): void {
    const rows = csvRows(this.#rows.columns, this.#rows.shown);
    import('./csv.js').then(
      (csv) => {
        this.csvFailed = undefined;
        csv.downloadCsv(csv.toCsv(rows), `agencies-round-${round}.csv`, this.renderRoot);
      },
      // A browser keeps a module that failed to load failed for the page's life: only a reload helps.
      () => (this.csvFailed = true),
    );
  }

  #renderChart(threshold: number): unknown {
    const { locale } = this;
    const rows = this.#rows.shown;
    const rtl = this.direction === 'rtl';
    this.#chartInput = this.#charted.get([rows, threshold, locale, rtl], () => chartInput(this, rows, threshold, locale, rtl));
    return renderChartView(rows, threshold, locale, this.#chart.status);
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
