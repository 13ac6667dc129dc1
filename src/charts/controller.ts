/**
 * The one chart lifecycle, as a reactive controller: chart.js and the element's chart
 * module arrive with `import()` the first time a chart is shown, never before; the chart
 * is drawn, updated in place when its input changes (data, locale, direction), destroyed
 * when the element leaves the page, and drawn again when it comes back. An element calls
 * `show()` after each render, with its canvas and input, or nothing when no chart is shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration } from 'chart.js';
import { loadChart } from './load.js';

/**
 * Builds a chart's configuration from its input. It lives in the element's lazy chart
 * module, which imports nothing of the element's bundle: everything locale-bound (labels,
 * formatted numbers, words) comes in with the input, computed during render, because
 * chart.js callbacks run later, outside `msg()`'s locale.
 */
export type ChartConfig<I> = (canvas: HTMLCanvasElement, input: I) => ChartConfiguration;

/** Charts animate only when the reader has not asked for reduced motion. */
const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class ChartController<I> implements ReactiveController {
  /** `loading` until chart.js is here and the chart drawn; `failed` if it could not load. */
  status: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  /** The chart.js instance while one is drawn. */
  chart: Chart | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private key: unknown;
  private run = 0;
  private readonly host: ReactiveControllerHost;
  private readonly load: () => Promise<ChartConfig<I>>;

  /** `load` imports the element's chart module and gives its configuration builder. */
  constructor(host: ReactiveControllerHost, load: () => Promise<ChartConfig<I>>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  /**
   * Draws `input` on `canvas`; with the same `key` (by default the input itself) on the
   * same canvas nothing is done; without a canvas or input the chart goes.
   */
  show(canvas: HTMLCanvasElement | null | undefined, input: I | undefined, key: unknown = input): void {
    if (!canvas || input === undefined) return this.destroy();
    if (canvas === this.canvas && key === this.key) return;
    if (this.chart && canvas === this.canvas) {
      this.key = key;
      const next = this.config(canvas, this.drawn!, input);
      this.chart.data = next.data;
      this.chart.options = next.options!;
      this.chart.update();
      return;
    }
    this.destroy();
    this.canvas = canvas;
    this.key = key;
    const run = this.run;
    // The element shows "loading the chart" until a chart is drawn: no render needed here.
    this.status = 'loading';
    Promise.all([loadChart(), this.load()]).then(
      ([ChartClass, build]) => {
        if (run !== this.run || !canvas.isConnected) return;
        this.drawn = build;
        this.chart = new ChartClass(canvas, this.config(canvas, build, input));
        this.settle('ready');
      },
      () => run === this.run && this.settle('failed'),
    );
  }

  private drawn: ChartConfig<I> | undefined;

  private config(canvas: HTMLCanvasElement, build: ChartConfig<I>, input: I): ChartConfiguration {
    const c = build(canvas, input);
    c.options = { ...c.options, animation: reducedMotion() ? false : { duration: 400 } };
    return c;
  }

  /** Removes the chart (and forgets a load still under way). */
  destroy(): void {
    this.run++;
    this.chart?.destroy();
    this.chart = this.canvas = undefined;
    this.key = undefined;
    this.status = 'none';
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Back on the page: render again, so a chart still shown is drawn anew. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  private settle(s: ChartController<I>['status']): void {
    this.status = s;
    this.host.requestUpdate();
  }
}
