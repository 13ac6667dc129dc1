import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { toEgovError } from '../core/errors.js';
import { score as scoreCheck } from '../evaluation/score.js';
import { renderState, renderError, renderNotFound } from '../ui/states.js';
import { renderEmpty } from '../ui/empty.js';
import { baseStyles } from '../ui/styles.js';
import { paintColor } from '../ui/paint.js';
import { heading } from '../ui/heading.js';
import { apiText } from '../ui/display.js';
import { define } from '../core/define.js';
import { formatScore } from '../format/scores.js';
import { bdi, listSeparator } from '../format/bidi.js';
import { evaluationCheck, type Evaluation, type HistoryPoint } from './maturity-gauge.data.js';
import { bandOf, defaultBands, type ScoreBand } from '../evaluation/bands.js';
import { ChartController } from '../charts/controller.js';
import type { HistoryChartInput } from './history-chart.draw.js';
import { int, renderAxes, renderChange, renderGauge, roundText } from './gauge-view.js';
import { renderHistory } from './history-view.js';
import { styles } from './maturity-gauge.styles.js';

/**
 * An agency's or the nation's e-government maturity from the national evaluation: the
 * overall score as a gauge with its band in words, each axis as a bar, the change since
 * the previous round, and (on demand) a chart of the score per round beside a table.
 *
 * Without `agency-id` it shows the national summary (`/evaluations/{round}/summary`);
 * with it, that agency (`/evaluations/{round}/agencies/{agencyId}`). `.evaluation = {…}`
 * renders given data without fetching; `value="62.8"` alone draws a bare gauge.
 *
 * Bands: a score belongs to the band with the greatest `min` ≤ the score. Default: under
 * 40 «ضعیف» (weak), 40–60 «در حال توسعه» (developing), 60–80 «خوب» (good), 80 and over
 * «پیشرفته» (advanced); set the `bands` property to change the rule.
 *
 * @tagname egov-maturity-gauge
 * @summary E-government maturity gauge: overall score, band, axes, change and history.
 *
 * @csspart base - The root wrapper (carries `lang`, `dir`, `aria-busy`).
 * @csspart title - The heading: the agency's name or «میانگین ملی».
 * @csspart meta - Round, rank, agency and service counts under the title.
 * @csspart gauge - The overall score meter (the SVG arc and the number).
 * @csspart value - The overall score as a number.
 * @csspart band - The band in words under the gauge.
 * @csspart change - The change since the previous round.
 * @csspart axes - The list of axes.
 * @csspart axis - One axis row (label, bar, number).
 * @csspart axis-bar - An axis bar (its own meter).
 * @csspart history - The history section (a disclosure unless `history` is set).
 * @csspart history-toggle - The disclosure's summary line.
 * @csspart chart - The chart area (its block size is reserved before chart.js arrives).
 * @csspart history-table - The table of scores per round beside the chart.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart not-found - The not-found panel.
 * @csspart empty - Shown when the round has no published score yet.
 *
 * @cssprop --egov-gauge-size - Inline size of the gauge (default 13em).
 * @cssprop --egov-gauge-value-size - Font size of the overall number (default 17% of the gauge's inline size).
 * @cssprop --egov-gauge-title-size - Font size of the title (default 1.15em).
 * @cssprop --egov-gauge-track-color - Unfilled part of the arc and bars (default #e6eaef; dark #30363d).
 * @cssprop --egov-band-weak-color - Arc, bars and band marker under 40 by default (default #b42318; dark #ff8182).
 * @cssprop --egov-band-developing-color - The same for 40–60 (default #b54708; dark #f0883e).
 * @cssprop --egov-color-accent - The same for 60–80 ("good"), and bands without a known tone (default #0b57d0; dark #6ca4f8).
 * @cssprop --egov-band-advanced-color - The same for 80 and over (default #067647; dark #3fb950).
 * @cssprop --egov-color-up - The sign of a rise (default #067647).
 * @cssprop --egov-color-danger - The sign of a fall (default #b42318).
 * @cssprop --egov-gauge-chart-height - Block size of the history chart (default 12em).
 * @cssprop --egov-gauge-line-color - The history line (default #0b57d0).
 * @cssprop --egov-gauge-area-color - The area under the history line (default rgba(11, 87, 208, 0.1)).
 * @cssprop --egov-gauge-grid-color - The history chart's grid lines (default #d0d7de).
 * @cssprop --egov-color-border - Lines between sections and table rows (default #d0d7de).
 *
 * @event egov-load - The data was loaded (or given) and is valid; `detail` is the data.
 * @event egov-error - Loading failed or the data is not valid; `detail` is `{ kind, status? }`.
 */
export class EgovMaturityGauge extends EgovElement<Evaluation> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    agencyId: { attribute: 'agency-id' },
    round: {},
    value: { type: Number },
    evaluation: { attribute: false },
    bands: { attribute: false },
    history: { type: Boolean },
    historyOpen: { state: true },
  };

  /** The agency to show (its id in the evaluation); none = the national summary. */
  declare agencyId: string | undefined;
  /** The evaluation round: a number or `latest` (default). */
  declare round: string | number;
  /** A bare gauge: this score (0–100) alone, no title, axes or fetch. */
  declare value: number | null | undefined;
  /** Property mode: a summary or agency evaluation as the API returns it; nothing is fetched. */
  declare evaluation: unknown;
  /** The score bands (`{ min, label, tone? }[]`); default: weak < 40 ≤ developing < 60 ≤ good < 80 ≤ advanced. */
  declare bands: ScoreBand[] | undefined;
  /** Show the history chart open; without it the history is a disclosure the reader opens. */
  declare history: boolean;
  /** Whether the reader opened the history disclosure (unset until the first toggle: closed). */
  declare private historyOpen: boolean | undefined;

  #chart = new ChartController<HistoryChartInput>(this, () => import('./history-chart.draw.js').then((m) => m.render));

  readonly data: ApiController<Evaluation> = new ApiController(this, {
    path: () => {
      if (this.#bare) return undefined;
      const round = encodeURIComponent(String(this.round ?? '').trim() || 'latest');
      return this.agencyId ? `/evaluations/${round}/agencies/${encodeURIComponent(this.agencyId)}` : `/evaluations/${round}/summary`;
    },
    value: () => this.evaluation,
    check: evaluationCheck,
  });

  constructor() {
    super();
    this.round = 'latest';
    this.history = false;
  }

  /** A bare gauge: a `value` and no `.evaluation`. Nothing is fetched and no event fired (no data is loaded). */
  get #bare(): boolean {
    return this.evaluation === undefined && this.value != null;
  }

  protected override renderContent(): unknown {
    if (this.#bare) {
      try {
        return html`<div class="summary">${this.#gauge(scoreCheck(this.value, 'value'))}</div>`;
      } catch (e) {
        return renderError(toEgovError(e), undefined);
      }
    }
    return renderState(
      this.data,
      (d) => this.#evaluation(d),
      () => renderNotFound(this.agencyId ? msg('ارزیابی این دستگاه در این دوره یافت نشد.') : msg('این دورهٔ ارزیابی یافت نشد.')),
      4,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector('canvas');
    const s = this.data.state;
    if (!canvas || this.#bare || s.status !== 'ready') return this.#chart.destroy();
    const points = this.#points(s.data);
    const { locale } = this;
    const rtl = this.direction === 'rtl';
    const color = (name: string) => paintColor(this.renderRoot, `var(--_chart-${name})`);
    const colors = { line: color('line'), area: color('area'), grid: color('grid') };
    this.#chart.show(
      canvas,
      {
        points,
        rtl,
        roundLabel: (r) => roundText(r, locale),
        integer: (n) => int(n, locale),
        score: (n) => formatScore(n, locale),
        colors,
      },
      JSON.stringify([points, locale, rtl, colors]),
    );
  }

  #points(e: Evaluation): HistoryPoint[] {
    return [...(e.history ?? [])].sort((a, b) => a.round - b.round);
  }

  #band = (score: number): ScoreBand | undefined =>
    bandOf(score, Array.isArray(this.bands) && this.bands.length ? this.bands : defaultBands());

  #gauge(score: number): TemplateResult {
    return renderGauge(score, this.#band(score), this.locale);
  }

  #evaluation(e: Evaluation): TemplateResult {
    const { locale } = this;
    const meta = [roundText(e.round, locale)];
    const count = e.agencyCount;
    if (count !== undefined) {
      meta.push(
        e.rank !== undefined
          ? msg(str`رتبه ${int(e.rank, locale)} از ${int(count, locale)} دستگاه`)
          : msg(str`${int(count, locale)} دستگاه`),
      );
    }
    if (e.serviceCount !== undefined) meta.push(msg(str`${int(e.serviceCount, locale)} خدمت ارزیابی‌شده`));
    const axes = e.axes ?? [];
    const points = this.#points(e);
    return html`<div class="head">
        ${heading(this.heading, e.agency ? bdi(apiText(e.agency.name)) : msg('میانگین ملی'), 'heading', 'title')}
        <p part="meta" class="muted">${meta.join(listSeparator(locale))}</p>
      </div>
      ${
        e.score === undefined
          ? renderEmpty(msg('امتیاز این دوره هنوز منتشر نشده است.'))
          : html`<div class="body">
              <div class="summary">${this.#gauge(e.score)} ${renderChange(e, e.score, locale)}</div>
              ${axes.length ? renderAxes(axes, this.heading, locale, this.#band) : nothing}
            </div>
            ${points.length ? this.#history(points) : nothing}`
      }`;
  }

  #history(points: HistoryPoint[]): TemplateResult {
    return renderHistory(
      points,
      this.history,
      this.historyOpen,
      (open) => (this.historyOpen = open),
      this.#chart,
      this.heading,
      this.locale,
    );
  }
}

define('egov-maturity-gauge', EgovMaturityGauge);

declare global {
  interface HTMLElementTagNameMap {
    'egov-maturity-gauge': EgovMaturityGauge;
  }
}
