/**
 * A benchmark case: the library and a plain-DOM baseline doing the same work, timed
 * alternately in the same page by `npm run bench` (scripts/bench.mjs). Only the ratio
 * subject/baseline is reported against the budget; absolute times vary by machine.
 */
export interface BenchCase {
  /** What is measured, e.g. "service-card: 1000 cards from property data". */
  name: string;
  /** The target: median subject time / median baseline time must be at most this. */
  budget: number;
  /** Prepare data once, untimed. */
  setup?(): Promise<void> | void;
  /** Untimed preparation before each run (e.g. render the rows a re-sort then sorts). Default: empty the root. */
  prepare?(root: HTMLElement, which: 'subject' | 'baseline'): Promise<void> | void;
  /** One timed run of the library; resolve once the DOM is complete (await updateComplete). */
  subject(root: HTMLElement): Promise<void> | void;
  /** The same visible content with plain DOM calls. */
  baseline(root: HTMLElement): Promise<void> | void;
}
