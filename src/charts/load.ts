/** Lazy access to chart.js (see chart-parts.ts). One load per page, shared by all widgets. */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

export function loadChart(): Promise<typeof ChartType> {
  return (loading ??= import('./chart-parts.js').then((m) => m.Chart));
}
