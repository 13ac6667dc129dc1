/**
 * What the tracker polls with (its only user, so no other page loads it). The tracker loads
 * this module only once it shows an inquiry to poll (src/inquiry-tracker/inquiry-tracker.ts):
 * most trackers never poll, and the first poll is an interval away anyway.
 *
 * `Poller` polls on an interval for as long as its host says there is something to poll: one
 * poll at a time (the next wait starts when the answer is in), paused while the page is
 * hidden and resumed when it is visible again (at once, if the wait is over by then),
 * stopped when the host leaves the page, and backing off after failures (the wait
 * doubles per failure in a row, up to a cap), and never sooner than the source asked
 * (`holdFor`, e.g. a server's `Retry-After`). Knows nothing of HTTP or elements.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PollerOptions {
  /** Milliseconds between polls; 0, negative or NaN is off. Read again on every host update. */
  interval: () => number;
  /** Whether there is anything to poll right now (e.g. data shown and not final). */
  active: () => boolean;
  /** One poll: resolves true when it worked, false when it failed. */
  tick: () => Promise<boolean>;
  /** The longest wait after failures, in ms (default 10 minutes; never below the interval). */
  maxDelay?: number;
  /** After a failed poll: the least wait the source asked for, in ms (e.g. `Retry-After`); read once per failure. */
  holdFor?: () => number | undefined;
}

export class Poller implements ReactiveController {
  /** Failed polls in a row (the wait is the interval × 2^failures, capped). */
  failures = 0;
  readonly #opts: PollerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #busy = false;
  #connected = false;
  /** When the current wait started; kept while the page is hidden. */
  #since: number | undefined;
  /** The least wait the source asked for after the last failure, in ms. */
  #hold = 0;

  constructor(host: ReactiveControllerHost, opts: PollerOptions) {
    this.#opts = opts;
    host.addController(this);
  }

  /** The current wait between polls, in ms (at least what the source asked for after a failure). */
  get delay(): number {
    const ms = this.#opts.interval();
    return Math.max(this.#hold, Math.min(ms * 2 ** this.failures, Math.max(ms, this.#opts.maxDelay ?? 600_000)));
  }

  /** Whether a poll is waiting to happen or happening. */
  get running(): boolean {
    return this.#busy || this.#timer !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  /** Arms, keeps or clears the timer to match the conditions now. Re-arming keeps the due time. */
  readonly #sync = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#busy) return;
    if (!this.#connected || !(this.#opts.interval() > 0) || !this.#opts.active()) {
      this.#since = undefined;
      this.failures = this.#hold = 0;
      return;
    }
    this.#since ??= Date.now();
    if (document.visibilityState === 'hidden') return;
    this.#timer = setTimeout(this.#fire, Math.max(0, this.#since + this.delay - Date.now()));
  };

  readonly #fire = async (): Promise<void> => {
    this.#timer = undefined;
    this.#busy = true;
    let ok = false;
    try {
      ok = await this.#opts.tick();
    } catch {
      // a throwing tick counts as a failed poll
    }
    this.#busy = false;
    this.failures = ok ? 0 : this.failures + 1;
    this.#hold = ok ? 0 : Math.max(0, this.#opts.holdFor?.() ?? 0) || 0;
    this.#since = Date.now();
    this.#sync();
  };
}
