/**
 * When and how the tracker polls: while `poll-interval` > 0 and the inquiry on screen (fetched,
 * not given) is not final; each poll is a background refresh that keeps it on screen.
 */
import type { PollerOptions } from '../core/poller.js';
import type { RefreshingController } from '../core/refreshing-controller.js';
import { isFinal, type Inquiry } from './inquiry-tracker.data.js';

interface PollingTracker {
  pollInterval: number;
  inquiry: unknown;
  data: RefreshingController<Inquiry>;
}

export const pollingOf = (el: PollingTracker): PollerOptions => ({
  interval: () => (el.pollInterval > 0 ? el.pollInterval * 1000 : 0),
  active: () => {
    const state = el.data.state;
    return el.inquiry === undefined && !el.data.pending && state.status === 'ready' && !isFinal(state.data.status);
  },
  tick: async () => {
    await el.data.refresh();
    return el.data.state.status === 'ready' && !el.data.refreshError;
  },
  // A 429 / 503 with Retry-After: the next poll waits at least that long.
  holdFor: () => (el.data.refreshError?.retryAfter ?? 0) * 1000,
});
