/**
 * The gauge's history: the score per round as a table, and beside it the chart once shown
 * (with the `history` attribute, or once the reader opens the disclosure).
 */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import type { ChartController } from '../charts/controller.js';
import { below, heading, type HeadingLevel } from '../ui/heading.js';
import { formatScore } from '../format/scores.js';
import type { HistoryPoint } from './maturity-gauge.data.js';
import { int } from './gauge-view.js';

/**
 * `history`: the attribute, a section, open, with the chart; else a disclosure, `open` once
 * the reader opened it. `chart`: the history chart's controller, for a note while it loads or
 * when it could not. Positional: names in an object would stay in the minified file.
 */
export function renderHistory(
  points: readonly HistoryPoint[],
  history: boolean,
  open: boolean | undefined,
  onToggle: (open: boolean) => void,
  chart: Pick<ChartController<unknown>, 'chart' | 'status'>,
  level: HeadingLevel,
  locale: Locale,
): TemplateResult {
  const title = msg('روند امتیاز در دوره‌ها');
  // Closed, the table alone: what a reader without script finds on opening it (the chart,
  // and chart.js, only once opened with script).
  const body = html`<div class="history-body">
    ${
      history || open
        ? html`<div part="chart" class="chart">
          <div><canvas aria-hidden="true"></canvas></div>
          ${
            chart.chart
              ? nothing
              : html`<p class="muted" role="status">${
                  chart.status === 'failed' ? msg('نمودار بارگذاری نشد؛ همین داده‌ها را در جدول ببینید.') : msg('در حال بارگذاری نمودار…')
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
            <th scope="row">${int(p.round, locale)}</th>
            <td class="num">${formatScore(p.score, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
  return history
    ? html`<section part="history" class="history" aria-labelledby="history-title">
        ${heading(below(level), title, 'subheading', '', 'history-title')} ${body}
      </section>`
    : html`<details part="history" class="history" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
        <summary part="history-toggle">${title}</summary>
        ${body}
      </details>`;
}
