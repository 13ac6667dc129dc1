/**
 * The data controller with background refresh, the tracker's (its only user): `refresh()`
 * refetches while the data stays on screen; when that fails the state stays `ready` with
 * the last data and `refreshError` says why. What schedules the refreshes is src/core/poller.ts.
 */
import { ApiController, ERROR, PENDING, type DataState } from './api-controller.js';
import { isAbort, toEgovError, type EgovError } from './errors.js';

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
    const status = this.runStatus;
    const error = this.runError;
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
    return this.runStatus === ERROR ? this.#failedRefresh : undefined;
  }

  get pending(): boolean {
    return this.runStatus === PENDING;
  }

  override retry(): void {
    this.#failedRefresh = undefined;
    super.retry();
  }

  /** Refetch while keeping the current data on screen (polling). */
  refresh(): Promise<unknown> {
    this.#background = true;
    super.retry();
    return this.settled;
  }
}
