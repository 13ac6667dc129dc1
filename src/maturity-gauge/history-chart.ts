/**
 * The score-history line chart as a reactive controller. The drawing code and chart.js
 * arrive with `import()` the first time a chart is shown, never before (chart.js only
 * through `loadChart()` in core); the chart is destroyed when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { HistoryChartOptions } from './history-chart.draw.js';
import type { HistoryPoint } from './maturity-gauge.data.js';

export class HistoryChart implements ReactiveController {
  /** `loading` until chart.js is here and the chart drawn; `failed` if it could not load. */
  status: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  /** The chart.js instance while one is drawn. */
  chart: Chart | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private key = '';
  private run = 0;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Draws `points` on `canvas`, or leaves the chart as it is when nothing changed. */
  show(canvas: HTMLCanvasElement, points: readonly HistoryPoint[], o: HistoryChartOptions): void {
    const key = JSON.stringify([points, o.locale, o.rtl]);
    if (canvas === this.canvas && key === this.key) return;
    this.destroy();
    this.canvas = canvas;
    this.key = key;
    const run = this.run;
    // The element shows "loading the chart" until a chart is drawn: no render needed here.
    this.status = 'loading';
    import('./history-chart.draw.js')
      .then((m) => m.drawHistory(canvas, points, o))
      .then(
        (chart) => {
          if (run !== this.run || !canvas.isConnected) return chart.destroy();
          this.chart = chart;
          this.settle('ready');
        },
        () => run === this.run && this.settle('failed'),
      );
  }

  /** Removes the chart (and forgets a load still under way). */
  destroy(): void {
    this.run++;
    this.chart?.destroy();
    this.chart = this.canvas = undefined;
    this.key = '';
    this.status = 'none';
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Back on the page: render again, so a chart still shown is drawn anew. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  private settle(s: HistoryChart['status']): void {
    this.status = s;
    this.host.requestUpdate();
  }
}
