/**
 * Drawing with chart.js, for the lazy chart modules only (never imported by an element's
 * own bundle): builds the configuration, turns animation off under reduced motion, and
 * updates a chart in place or creates it on its canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartRender } from './controller.js';
import { loadChart } from './load.js';

/**
 * Builds a chart's configuration from its input. Everything locale-bound (labels,
 * formatted numbers, words) comes in with the input, computed during render, because
 * chart.js callbacks run later, outside `msg()`'s locale.
 */
export type ChartConfig<I> = (canvas: HTMLCanvasElement, input: I) => ChartConfiguration;

export const chartRender =
  <I>(config: ChartConfig<I>): ChartRender<I> =>
  async (canvas, input, chart) => {
    const next = config(canvas, input);
    // Charts animate only when the reader has not asked for reduced motion.
    next.options!.animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 400 };
    if (chart?.canvas === canvas) {
      chart.data = next.data;
      chart.options = next.options!;
      chart.update();
      return chart;
    }
    chart?.destroy();
    return new (await loadChart())(canvas, next);
  };
