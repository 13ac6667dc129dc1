/**
 * The scoreboard's horizontal bar chart, for the chart controller
 * (src/charts): loaded with `import()` together with chart.js, the first time a reader
 * asks for the chart view. Everything locale-bound (formatters, words) is made by the
 * element during its render and handed in: chart.js callbacks run later, outside `msg()`'s
 * locale. So are the helpers it would otherwise import: this lazy chunk shares no module
 * with the element's own bundle (the CDN file stays one file).
 */
import type { Plugin } from 'chart.js';
import { chartRender, type ChartConfig } from '../charts/render.js';
import type { RankedRow } from './ranking.js';

export interface BarChartInput {
  /** The rows shown, in their order. */
  rows: readonly RankedRow[];
  threshold: number;
  rtl: boolean;
  /** BCP 47 tag for chart.js (`fa-IR`, `en-US`). */
  intlLocale: string;
  /** 62.8 → `۶۲٫۸٪`; must not call msg(). */
  format: (n: number) => string;
  /** Dataset name and the tooltip's under-threshold words, already translated. */
  seriesLabel: string;
  belowWords: string;
  font: string;
  /** A chart colour (`bar`, `below`, `text`, `grid`: the element's `--_chart-*`) as painted. */
  paint: (name: string) => string;
}

/** A name in Arabic script runs right to left, in a chart of either direction. */
const RTL_TEXT = /^[^\p{L}]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;

/**
 * Long agency names would eat the plot: ticks show the start, cut between words (a word is
 * cut only when the first is longer than the room), the tooltip the whole name. The
 * ellipsis ends the name in its own direction: a mark of that direction after it keeps it
 * at the name's end (left of a Persian name in an English chart, right of a Latin one in a
 * Persian chart) instead of the paragraph's.
 */
export function shortLabel(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.lastIndexOf(' ', max - 1);
  // Not a lone «⚠» or a one-letter word: then the first word, cut.
  if (cut < 3) cut = max - 1;
  // Nor does it end on a one-letter word («…اسناد و…»).
  const kept = s
    .slice(0, cut)
    .trimEnd()
    .replace(/(.{3})\s+\S$/u, '$1');
  return kept + '…' + (RTL_TEXT.test(s) ? '\u200f' : '\u200e');
}

/**
 * A dashed line at the threshold, drawn after the bars (no annotation plugin needed). It
 * reads the threshold and colour from the chart's options, so an update in place moves it.
 */
const thresholdLine: Plugin<'bar', { value: number; color: string }> = {
  id: 'egovThreshold',
  afterDatasetsDraw(chart, _args, { value, color }) {
    const x = chart.scales.x!.getPixelForValue(value);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

const barConfig: ChartConfig<BarChartInput> = (_canvas, input) => {
  const font = { family: input.font };
  const { rows, paint } = input;
  const values = rows.map((r) => r.score);
  const below = values.map((v) => v < input.threshold);
  // Category labels: agency names, with the under-threshold mark when under.
  const labels = rows.map((r, i) => (below[i] ? `⚠ ${r.name}` : r.name));
  // The threshold line is drawn in the colour of the bars under it.
  const colors = { bar: paint('bar'), below: paint('below'), text: paint('text'), grid: paint('grid') };
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: input.seriesLabel,
          data: values,
          backgroundColor: below.map((b) => (b ? colors.below : colors.bar)),
          barPercentage: 0.85,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      locale: input.intlLocale,
      maintainAspectRatio: false,
      scales: {
        // In RTL the bars grow from the right, and the names stand on the right.
        x: {
          min: 0,
          max: 100,
          reverse: input.rtl,
          ticks: { callback: (v) => input.format(Number(v)), color: colors.text, font },
          grid: { color: colors.grid },
        },
        y: {
          position: input.rtl ? 'right' : 'left',
          ticks: {
            autoSkip: false,
            color: colors.text,
            font,
            // About 45% of the width for names (~6.5 px a character at chart.js's 12 px).
            callback(_v, i) {
              return shortLabel(labels[i] ?? '', Math.min(30, Math.max(10, Math.floor((this.chart.width * 0.45) / 6.5))));
            },
          },
          grid: { display: false },
        },
      },
      plugins: {
        // Read by thresholdLine; chart.js hands a plugin its options by the plugin's id.
        ...({ egovThreshold: { value: input.threshold, color: colors.below } } as object),
        tooltip: {
          rtl: input.rtl,
          textDirection: input.rtl ? 'rtl' : 'ltr',
          titleFont: font,
          bodyFont: font,
          callbacks: {
            title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => input.format(values[item.dataIndex] ?? 0) + (below[item.dataIndex] ? ` (${input.belowWords})` : ''),
          },
        },
      },
    },
    plugins: [thresholdLine as Plugin],
  } as ReturnType<ChartConfig<BarChartInput>>;
};

export const render = chartRender(barConfig);
