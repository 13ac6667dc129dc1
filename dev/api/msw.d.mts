// Types for msw.mjs.
import type { HttpHandler } from 'msw';

export interface MswApiOptions {
  /** Path prefix the API answers under on the page's origin; default `/api`. */
  base?: string;
  /** How long the `timeout` fault holds a response; default 60000 ms. */
  timeoutMs?: number;
}

export function referenceApiHandlers(options?: MswApiOptions): HttpHandler[];
