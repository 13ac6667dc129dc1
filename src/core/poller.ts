/**
 * What the tracker polls with (its only user, so no other page loads it):
 *
 * `Poller` polls on an interval for as long as its host says there is something to poll: one
 * poll at a time (the next wait starts when the answer is in), paused while the page is
 * hidden and resumed when it is visible again (at once, if the wait is over by then),
 * stopped when the host leaves the page, and backing off after failures (the wait
 * doubles per failure in a row, up to a cap), and never sooner than the source asked
 * (`holdFor`, e.g. a server's `Retry-After`). Knows nothing of HTTP or elements.
 *
 * `RefreshingController` is the data controller with background refresh: `refresh()`
 * refetches while the data stays on screen; when that fails the state stays `ready` with
 * the last data and `refreshError` says why.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiController, type DataState } from './api-controller.js';
import { ERROR, PENDING } from './latest-run.js';
import { isAbort, toEgovError, type EgovError } from './errors.js';

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

export class RefreshingController<T> extends ApiController<T> {
  /** The run under way is a background refresh (polling): keep showing the last data. */
  #background = false;
  /** The last run was a background refresh that failed: its error, with the last data kept on screen. */
  #failedRefresh: EgovError | undefined;
  #lastData: T | undefined;

  protected override loaded(data: T | undefined): void {
    this.#background = false;
    this.#failedRefresh = undefined;
    if (data !== undefined) this.#lastData = data;
    super.loaded(data);
  }

  protected override failed(e: unknown): void {
    const wasBackground = this.#background;
    this.#background = false;
    if (!isAbort(e)) {
      const error = toEgovError(e);
      // A failed poll keeps the data on screen (marked stale); "not found" does not.
      this.#failedRefresh = wasBackground && this.#lastData !== undefined && error.kind !== 'not-found' ? error : undefined;
    }
    super.failed(e);
  }

  /** While a refresh runs, and after one failed, the last data stays on screen. */
  override get state(): DataState<T> {
    const { status, error } = this.task;
    const data = this.#lastData;
    return !this.given &&
      data !== undefined &&
      (status === PENDING ? this.#background : status === ERROR && !!this.#failedRefresh && !isAbort(error))
      ? { status: 'ready', data }
      : super.state;
  }

  /** The last data that was shown, kept across a failed background refresh. */
  get previousData(): T | undefined {
    return this.#lastData;
  }

  /**
   * Set when the last `refresh()` failed: the state stays `ready` with the previous data,
   * and this says why it may be out of date. Cleared by the next success or a new key.
   */
  get refreshError(): EgovError | undefined {
    return this.task.status === ERROR ? this.#failedRefresh : undefined;
  }

  get pending(): boolean {
    return this.task.status === PENDING;
  }

  override retry(): void {
    this.#failedRefresh = undefined;
    super.retry();
  }

  /** Refetch while keeping the current data on screen (polling). */
  refresh(): Promise<unknown> {
    this.#background = true;
    super.retry();
    return this.task.settled;
  }
}
