/**
 * Draws the score-history line chart. Loaded with `import()` together with chart.js
 * (through `loadChart()`), only when a reader shows the history. Follows the locale
 * (digits through src/format) and direction (rounds run right to left in RTL, the
 * score axis on the right), and does not animate under `prefers-reduced-motion`.
 * The formatters come in with the options rather than as imports, so this lazy chunk
 * shares no module with the element's own bundle (the CDN file stays one file).
 */
import type { Chart } from 'chart.js';
import { loadChart, prefersReducedMotion } from '../core/chart.js';
import type { Locale } from '../core/locale.js';
import type { HistoryPoint } from './maturity-gauge.data.js';

export interface HistoryChartOptions {
  locale: Locale;
  rtl: boolean;
  /** Tooltip title for a round, e.g. «دوره ۴». */
  roundLabel: (round: number) => string;
  /** A whole number in the locale's digits (axis ticks, round labels). */
  integer: (n: number) => string;
  /** A score as the tooltip says it, e.g. «۶۲٫۸». */
  score: (n: number) => string;
  /** Line, area and grid colours as painted (tokens, scheme and forced colours resolved by the element). */
  colors: { line: string; area: string; grid: string };
}

export async function drawHistory(canvas: HTMLCanvasElement, points: readonly HistoryPoint[], o: HistoryChartOptions): Promise<Chart> {
  const ChartCtor = await loadChart();
  const style = getComputedStyle(canvas);
  const color = o.colors.line;
  const grid = { color: o.colors.grid };
  const font = { family: style.fontFamily, size: 12 };
  const ticks = { font, color: style.color };
  return new ChartCtor(canvas, {
    type: 'line',
    data: {
      labels: points.map((p) => o.integer(p.round)),
      datasets: [
        {
          data: points.map((p) => p.score),
          borderColor: color,
          backgroundColor: o.colors.area,
          pointBackgroundColor: color,
          pointRadius: 4,
          fill: 'origin',
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 400 },
      scales: {
        x: { reverse: o.rtl, ticks, grid },
        y: {
          min: 0,
          max: 100,
          position: o.rtl ? 'right' : 'left',
          ticks: { ...ticks, stepSize: 25, callback: (v) => o.integer(Number(v)) },
          grid,
        },
      },
      plugins: {
        tooltip: {
          rtl: o.rtl,
          titleFont: font,
          bodyFont: font,
          displayColors: false,
          callbacks: {
            title: (items) => o.roundLabel(points[items[0]?.dataIndex ?? 0]?.round ?? 0),
            label: (item) => o.score(item.parsed.y ?? 0),
          },
        },
      },
    },
  });
}
