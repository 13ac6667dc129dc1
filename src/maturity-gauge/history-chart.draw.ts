/**
 * The score-history line chart, for the chart controller (src/charts):
 * loaded with `import()` together with chart.js, only when a reader shows the history.
 * Follows the locale (digits through src/format) and direction (rounds run right to left
 * in RTL, the score axis on the right). The formatters come in with the input rather than
 * as imports, so this lazy chunk shares no module with the element's own bundle (the CDN
 * file stays one file).
 */
import { chartRender, type ChartConfig } from '../charts/render.js';
import type { HistoryPoint } from './maturity-gauge.data.js';

export interface HistoryChartInput {
  points: readonly HistoryPoint[];
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

const historyConfig: ChartConfig<HistoryChartInput> = (canvas, o) => {
  const { points } = o;
  const style = getComputedStyle(canvas);
  const color = o.colors.line;
  const grid = { color: o.colors.grid };
  const font = { family: style.fontFamily, size: 12 };
  const ticks = { font, color: style.color };
  return {
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
      maintainAspectRatio: false,
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
  };
};

export const render = chartRender(historyConfig);
