/**
 * The one chart lifecycle, as a reactive controller: the element's chart module (and
 * chart.js behind it) arrives with `import()` the first time a chart is shown, never
 * before; the chart is drawn, updated in place when its input changes (data, locale,
 * direction), destroyed when the element leaves the page, and drawn again when it comes
 * back. An element calls `show()` after each render, with its canvas and input, or with
 * no canvas when no chart is shown. What draws is lazy too (render.ts, with the chart module).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';

/** Draws `input` on `canvas`, updating `chart` in place when it is on that canvas (see render.ts). */
export type ChartRender<I> = (canvas: HTMLCanvasElement, input: I, chart: Chart | undefined) => Promise<Chart>;

export class ChartController<I> implements ReactiveController {
  /** `loading` until chart.js is here and the chart drawn; `failed` if it could not load. */
  status: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  /** The chart.js instance while one is drawn. */
  chart: Chart | undefined;
  #canvas: HTMLCanvasElement | undefined;
  #key: unknown;
  #run = 0;
  #host: ReactiveControllerHost;
  #load: () => Promise<ChartRender<I>>;

  /** `load` imports the element's chart module and gives its render function. */
  constructor(host: ReactiveControllerHost, load: () => Promise<ChartRender<I>>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /**
   * Draws `input` on `canvas`; with the same `key` (by default the input itself) on the
   * same canvas nothing is done; without a canvas or input the chart goes.
   */
  show(canvas: HTMLCanvasElement | null | undefined, input: I | undefined, key: unknown = input): void {
    if (!canvas || input === undefined) return this.destroy();
    if (canvas === this.#canvas && key === this.#key) return;
    if (canvas !== this.#canvas) {
      this.destroy();
      // The element shows "loading the chart" until a chart is drawn: no render needed here.
      this.status = 'loading';
    }
    this.#canvas = canvas;
    this.#key = key;
    const run = ++this.#run;
    const before = this.chart;
    this.#load()
      .then((render) => render(canvas, input, before))
      .then(
        (chart) => {
          if (run !== this.#run || !canvas.isConnected) return chart !== before && chart.destroy();
          this.chart = chart;
          if (this.status !== 'ready') this.#settle('ready');
        },
        () => run === this.#run && this.#settle('failed'),
      );
  }

  /** Removes the chart (and forgets a draw still under way). */
  destroy(): void {
    this.#run++;
    this.chart?.destroy();
    this.chart = this.#canvas = this.#key = undefined;
    this.status = 'none';
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Back on the page: render again, so a chart still shown is drawn anew. */
  hostConnected(): void {
    this.#host.requestUpdate();
  }

  #settle(s: ChartController<I>['status']): void {
    this.status = s;
    this.#host.requestUpdate();
  }
}
