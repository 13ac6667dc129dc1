/**
 * The scoreboard's horizontal bar chart. chart.js comes only through `loadChart()`
 * (a dynamic import), so it is fetched the first time a reader asks for the chart view.
 * Everything locale-bound (labels, formatted values, words) is computed by the element
 * during its render and handed in: chart.js callbacks run later, outside `msg()`'s locale.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { loadChart, prefersReducedMotion } from '../charts/chart.js';

export interface BarChartInput {
  /** Category labels (agency names, with the under-threshold mark when under). */
  labels: string[];
  values: number[];
  below: boolean[];
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
  colors: { bar: string; below: string; line: string; text: string; grid: string };
}

/** Long agency names would eat the plot: ticks show the start, the tooltip the whole name. */
const short = (s: string, max: number): string => (s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s);

/** A dashed line at the threshold, drawn after the bars (no annotation plugin needed). */
const thresholdLine = (get: () => BarChartInput): Plugin<'bar'> => ({
  id: 'egovThreshold',
  afterDatasetsDraw(chart) {
    const { threshold, colors } = get();
    const x = chart.scales.x!.getPixelForValue(threshold);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colors.line;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
});

function config(input: BarChartInput, plugin: Plugin<'bar'>): ChartConfiguration<'bar'> {
  const font = { family: input.font };
  return {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: [
        {
          label: input.seriesLabel,
          data: input.values,
          backgroundColor: input.below.map((b) => (b ? input.colors.below : input.colors.bar)),
          barPercentage: 0.85,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      locale: input.intlLocale,
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 400 },
      scales: {
        // In RTL the bars grow from the right, and the names stand on the right.
        x: {
          min: 0,
          max: 100,
          reverse: input.rtl,
          ticks: { callback: (v) => input.format(Number(v)), color: input.colors.text, font },
          grid: { color: input.colors.grid },
        },
        y: {
          position: input.rtl ? 'right' : 'left',
          ticks: {
            autoSkip: false,
            color: input.colors.text,
            font,
            // About 45% of the width for names (~6.5 px a character at chart.js's 12 px).
            callback(_v, i) {
              return short(input.labels[i] ?? '', Math.min(30, Math.max(10, Math.floor((this.chart.width * 0.45) / 6.5))));
            },
          },
          grid: { display: false },
        },
      },
      plugins: {
        tooltip: {
          rtl: input.rtl,
          textDirection: input.rtl ? 'rtl' : 'ltr',
          titleFont: font,
          bodyFont: font,
          callbacks: {
            title: (items) => input.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) =>
              input.format(input.values[item.dataIndex] ?? 0) + (input.below[item.dataIndex] ? ` (${input.belowWords})` : ''),
          },
        },
      },
    },
    plugins: [plugin],
  };
}

/** One chart per canvas; `draw` again with new input updates it, `destroy` frees it. */
export class BarChart {
  chart: Chart<'bar'> | undefined;
  private input: BarChartInput | undefined;
  private token = 0;
  private readonly line = thresholdLine(() => this.input!);

  /** Resolves once drawn (or skipped because something newer came along). */
  async draw(canvas: HTMLCanvasElement, input: BarChartInput): Promise<void> {
    if (this.chart?.canvas === canvas && this.input === input) return;
    const token = ++this.token;
    const ChartClass = await loadChart();
    if (token !== this.token || !canvas.isConnected) return;
    this.input = input;
    const next = config(input, this.line);
    if (this.chart && this.chart.canvas === canvas) {
      this.chart.data = next.data;
      this.chart.options = next.options!;
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new ChartClass(canvas, next) as Chart<'bar'>;
    }
  }

  destroy(): void {
    this.token++;
    this.chart?.destroy();
    this.chart = undefined;
    this.input = undefined;
  }
}
