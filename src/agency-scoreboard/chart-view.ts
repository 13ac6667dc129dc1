/** The scoreboard's chart view: the box the bar chart is drawn in, its text alternative and the note under it. */
import { type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import type { ChartController } from '../charts/controller.js';
import { formatNumber } from '../format/numbers.js';
import { formatScore } from '../format/scores.js';
import { styleProps } from '../ui/style-props.js';
import type { RankedRow } from './ranking.js';

/**
 * The canvas's box, as tall as its rows need, and a note: loading, could not load (the
 * table has the same data), or how to read the threshold line.
 */
export function renderChartView(
  rows: readonly RankedRow[],
  threshold: number,
  locale: Locale,
  status: ChartController<unknown>['status'],
): TemplateResult {
  return html`<div class="chart" part="chart" style=${styleProps({ 'block-size': `${rows.length * 26 + 48}px` })}>
      <canvas role="img" aria-label=${chartWords(rows, locale)}></canvas>
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

/** The chart's text alternative: what it shows and its top values (the three highest scores, with their agencies). */
function chartWords(rows: readonly RankedRow[], locale: Locale): string {
  const chart = msg(str`نمودار میله‌ای امتیاز کل ${formatNumber(rows.length, locale)} دستگاه`);
  const top = [...rows]
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((r) => `${r.name} ${formatScore(r.score, locale)}`)
    .join(locale === 'fa' ? '، ' : ', ');
  return top ? msg(str`${chart}؛ بالاترین امتیازها: ${top}`) : chart;
}
