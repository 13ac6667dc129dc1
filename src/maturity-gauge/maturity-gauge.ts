import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { toEgovError } from '../core/errors.js';
import { score as scoreCheck } from '../evaluation/score.js';
import { renderState, renderError, renderNotFound } from '../ui/states.js';
import { renderEmpty } from '../ui/empty.js';
import { baseStyles } from '../ui/styles.js';
import { paintColor } from '../ui/paint.js';
import { below, heading } from '../ui/heading.js';
import { apiText } from '../ui/display.js';
import { define } from '../core/define.js';
import { axisLabel } from '../evaluation/axes.js';
import { formatNumber } from '../format/numbers.js';
import { formatScore, formatSigned } from '../format/scores.js';
import { bdi, listSeparator } from '../format/bidi.js';
import { evaluationCheck, previousPoint, type Evaluation, type HistoryPoint } from './maturity-gauge.data.js';
import { bandOf, defaultBands, type ScoreBand } from '../evaluation/bands.js';
import { scoreChange } from '../evaluation/score.js';
import { ChartController } from '../charts/controller.js';
import type { HistoryChartInput } from './history-chart.draw.js';
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
    return renderState(this.data, {
      loadingLines: 4,
      notFound: () => renderNotFound(this.agencyId ? msg('ارزیابی این دستگاه در این دوره یافت نشد.') : msg('این دورهٔ ارزیابی یافت نشد.')),
      ready: (d) => this.#evaluation(d),
    });
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
      { points, rtl, roundLabel: (r) => this.#roundText(r), integer: this.#int, score: (n) => formatScore(n, locale), colors },
      JSON.stringify([points, locale, rtl, colors]),
    );
  }

  /** A whole number in the locale's digits. */
  #int = (n: number): string => formatNumber(n, this.locale, 0);

  #roundText(round: number): string {
    return msg(str`دوره ${this.#int(round)}`);
  }

  #percentText(score: number): string {
    return msg(str`${formatNumber(score, this.locale)} درصد`);
  }

  #points(e: Evaluation): HistoryPoint[] {
    return [...(e.history ?? [])].sort((a, b) => a.round - b.round);
  }

  #band(score: number): ScoreBand | undefined {
    return bandOf(score, Array.isArray(this.bands) && this.bands.length ? this.bands : defaultBands());
  }

  #evaluation(e: Evaluation): TemplateResult {
    const meta = [this.#roundText(e.round)];
    const count = e.agencyCount;
    if (count !== undefined) {
      meta.push(
        e.rank !== undefined ? msg(str`رتبه ${this.#int(e.rank)} از ${this.#int(count)} دستگاه`) : msg(str`${this.#int(count)} دستگاه`),
      );
    }
    if (e.serviceCount !== undefined) meta.push(msg(str`${this.#int(e.serviceCount)} خدمت ارزیابی‌شده`));
    const axes = e.axes ?? [];
    const points = this.#points(e);
    return html`<div class="head">
        ${heading(this.heading, e.agency ? bdi(apiText(e.agency.name)) : msg('میانگین ملی'), { cls: 'heading', part: 'title' })}
        <p part="meta" class="muted">${meta.join(listSeparator(this.locale))}</p>
      </div>
      ${
        e.score === undefined
          ? renderEmpty(msg('امتیاز این دوره هنوز منتشر نشده است.'))
          : html`<div class="body">
              <div class="summary">${this.#gauge(e.score)} ${this.#change(e, e.score)}</div>
              ${
                axes.length
                  ? html`<section part="axes" class="axes" aria-labelledby="axes-title">
                    ${heading(below(this.heading), msg('محورهای ارزیابی'), { cls: 'subheading', id: 'axes-title' })}
                    <ul>
                      ${axes.map(
                        (a, i) => html`<li part="axis" class="axis" data-tone=${this.#band(a.score)?.tone ?? ''}>
                          <span id="axis-${i}">${axisLabel(a.key, a.label)}</span>
                          <span
                            ><span
                              part="axis-bar"
                              class="bar"
                              role="meter"
                              aria-labelledby="axis-${i}"
                              aria-valuemin="0"
                              aria-valuemax="100"
                              aria-valuenow=${a.score}
                              aria-valuetext=${this.#percentText(a.score)}
                              ><svg class="fill" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width=${a.score} height="1" /></svg></span
                            ><span class="num" aria-hidden="true">${formatScore(a.score, this.locale)}</span></span
                          >
                        </li>`,
                      )}
                    </ul>
                  </section>`
                  : nothing
              }
            </div>
            ${points.length ? this.#history(points) : nothing}`
      }`;
  }

  #gauge(score: number): TemplateResult {
    const band = this.#band(score);
    return html`<div
        part="gauge"
        class="gauge"
        role="meter"
        aria-label=${msg('امتیاز کل')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${score}
        aria-valuetext=${this.#percentText(score)}
        data-tone=${band?.tone ?? ''}
      >
        <svg viewBox="0 0 120 66" aria-hidden="true" focusable="false">
          <path class="track" d="M10 60a50 50 0 0 1 100 0" pathLength="100" />
          <path class="arc" d="M10 60a50 50 0 0 1 100 0" pathLength="100" stroke-dasharray="${score} 100" />
        </svg>
        <span part="value" class="value">${formatScore(score, this.locale)}</span>
      </div>
      ${band ? html`<p part="band" class="band" data-tone=${band.tone ?? ''}>${band.label}</p>` : nothing}`;
  }

  #change(e: Evaluation, score: number): TemplateResult {
    const prev = previousPoint(e);
    if (!prev) return html`<p part="change" class="change muted">${msg('دورهٔ پیشینی برای مقایسه نیست.')}</p>`;
    const delta = scoreChange(score, prev.score);
    const n = formatNumber(Math.abs(delta), this.locale);
    const r = this.#int(prev.round);
    // 0 down, 1 no change, 2 up
    const trend = Math.sign(delta) + 1;
    return html`<p part="change" class="change" data-trend=${['down', 'same', 'up'][trend]}>
      <span class="delta" aria-hidden="true">${'▼●▲'[trend]} ${formatSigned(delta, this.locale)}</span>
      ${
        trend > 1
          ? msg(str`${n} واحد افزایش نسبت به دوره ${r}`)
          : trend
            ? msg(str`بدون تغییر نسبت به دوره ${r}`)
            : msg(str`${n} واحد کاهش نسبت به دوره ${r}`)
      }
    </p>`;
  }

  #history(points: HistoryPoint[]): TemplateResult {
    const title = msg('روند امتیاز در دوره‌ها');
    // Closed, the table alone: what a reader without script finds on opening it (the chart,
    // and chart.js, only once opened with script).
    const body = html`<div class="history-body">
            ${
              this.history || this.historyOpen
                ? html`<div part="chart" class="chart">
              <div><canvas aria-hidden="true"></canvas></div>
              ${
                this.#chart.chart
                  ? nothing
                  : html`<p class="muted" role="status">${
                      this.#chart.status === 'failed'
                        ? msg('نمودار بارگیری نشد؛ جدول کنار آن همان داده‌ها را دارد.')
                        : msg('در حال بارگذاری نمودار…')
                    }</p>`
              }
            </div>`
                : nothing
            }
            <table part="history-table">
              <caption>
                ${msg('امتیاز در هر دوره')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('دوره')}</th>
                  <th scope="col">${msg('امتیاز')}</th>
                </tr>
              </thead>
              <tbody>
                ${points.map(
                  (p) => html`<tr>
                    <th scope="row">${this.#int(p.round)}</th>
                    <td class="num">${formatScore(p.score, this.locale)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
    return this.history
      ? html`<section part="history" class="history" aria-labelledby="history-title">
          ${heading(below(this.heading), title, { cls: 'subheading', id: 'history-title' })}
          ${body}
        </section>`
      : html`<details
          part="history"
          class="history"
          ?open=${this.historyOpen}
          @toggle=${(e: Event) => (this.historyOpen = (e.target as HTMLDetailsElement).open)}
        >
          <summary part="history-toggle">${title}</summary>
          ${body}
        </details>`;
  }
}

define('egov-maturity-gauge', EgovMaturityGauge);

declare global {
  interface HTMLElementTagNameMap {
    'egov-maturity-gauge': EgovMaturityGauge;
  }
}
