/**
 * Connects one element to the data client: what to fetch comes from the element's
 * key attribute, or its data is given as a property. Built on @lit/task, which
 * re-runs when the key changes and aborts the older run, so a late answer for an old
 * id is never shown. Adds: abort on disconnect (and re-run on reconnect), validation,
 * `egov-load` / `egov-error`, retry, and background refresh for polling.
 */
import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { getJSON } from './client.js';
import { joinUrl } from './config.js';
import { EgovError, errorDetail, isAbort, toEgovError } from './errors.js';
import { parse, type Check } from './validate.js';
import type { EgovElement } from './base-element.js';

export type DataState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: EgovError };

export interface ApiControllerOptions<T> {
  /** Path under the API base for the current key, or undefined when there is nothing to fetch. */
  path: () => string | undefined;
  /** Data given as a property (`.service = {…}`): when defined, nothing is fetched. */
  value?: () => unknown;
  /** Validates the data (fetched or given) against the contract's shape. */
  check: Check<T>;
}

type Args = [url: string | undefined, fetchImpl: typeof fetch | undefined, headers: string, timeoutMs: number];

export class ApiController<T> implements ReactiveController {
  private readonly host: EgovElement;
  private readonly opts: ApiControllerOptions<T>;
  private readonly task: Task<Args, T | undefined>;
  private fresh = false;
  /** The run under way is a background refresh (polling): keep showing the last data. */
  private background = false;
  /** The last run was a background refresh that failed: its error, with the last data kept on screen. */
  private failedRefresh: EgovError | undefined;
  private abortedByDisconnect = false;
  private abortedForGiven = false;
  private lastData: T | undefined;
  private given: { ref: unknown; state: DataState<T>; announced: boolean } | undefined;

  constructor(host: EgovElement, opts: ApiControllerOptions<T>) {
    this.host = host;
    this.opts = opts;
    host.addController(this);
    this.task = new Task<Args, T | undefined>(host, {
      args: () => this.args(),
      task: async ([url, fetchImpl, headers, timeoutMs], { signal }) => {
        if (!url || !fetchImpl) return undefined;
        // Lit still updates an element that has left the page; it must not fetch then.
        // It fetches when it comes back (hostConnected).
        if (!host.isConnected) {
          this.abortedByDisconnect = true;
          throw new DOMException('The element is not on the page', 'AbortError');
        }
        const fresh = this.fresh;
        this.fresh = false;
        const json = await getJSON(url, { apiBase: '', fetch: fetchImpl, headers: JSON.parse(headers), timeoutMs }, { signal, fresh });
        return parse(opts.check, json);
      },
      onComplete: (data) => {
        this.background = false;
        this.failedRefresh = undefined;
        if (data === undefined) return;
        this.lastData = data;
        host.emit('egov-load', data);
      },
      onError: (e) => {
        const wasBackground = this.background;
        this.background = false;
        if (isAbort(e)) return;
        const error = toEgovError(e);
        // A failed poll keeps the data on screen (marked stale); "not found" does not.
        this.failedRefresh = wasBackground && this.lastData !== undefined && error.kind !== 'not-found' ? error : undefined;
        host.emit('egov-error', errorDetail(error));
      },
    });
  }

  private args(): Args {
    if (this.opts.value?.() !== undefined) return [undefined, undefined, '', 0];
    const path = this.opts.path();
    // Inside a provider that is not defined yet: wait for its configuration.
    if (path === undefined || this.host.awaitingProvider) return [undefined, undefined, '', 0];
    const cfg = this.host.requestConfig;
    return [joinUrl(cfg.apiBase, path), cfg.fetch, JSON.stringify(cfg.headers), cfg.timeoutMs];
  }

  /** The state to render: property data (validated once per object) or the request's. */
  get state(): DataState<T> {
    const value = this.opts.value?.();
    if (value !== undefined) return this.givenState(value);
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return this.opts.path() === undefined ? { status: 'idle' } : { status: 'loading' };
      case TaskStatus.PENDING:
        return this.background && this.lastData !== undefined
          ? { status: 'ready', data: this.lastData }
          : { status: 'loading' };
      case TaskStatus.COMPLETE:
        if (this.task.value !== undefined) return { status: 'ready', data: this.task.value };
        return this.host.awaitingProvider && this.opts.path() !== undefined ? { status: 'loading' } : { status: 'idle' };
      case TaskStatus.ERROR:
        // An aborted run only happens while a newer one is starting: still loading.
        if (isAbort(this.task.error)) return { status: 'loading' };
        if (this.failedRefresh && this.lastData !== undefined) return { status: 'ready', data: this.lastData };
        return { status: 'error', error: toEgovError(this.task.error) };
    }
  }

  /** The last data that was shown, kept across a failed background refresh. */
  get previousData(): T | undefined {
    return this.lastData;
  }

  /**
   * Set when the last `refresh()` failed: the state stays `ready` with the previous data,
   * and this says why it may be out of date. Cleared by the next success or a new key.
   */
  get refreshError(): EgovError | undefined {
    return this.task.status === TaskStatus.ERROR ? this.failedRefresh : undefined;
  }

  private givenState(value: unknown): DataState<T> {
    let given = this.given;
    if (!given || given.ref !== value) {
      let state: DataState<T>;
      try {
        state = { status: 'ready', data: parse(this.opts.check, value) };
      } catch (e) {
        state = { status: 'error', error: toEgovError(e) };
      }
      given = this.given = { ref: value, state, announced: false };
    }
    return given.state;
  }

  /** Ask the server again, bypassing the cache (the error panel's retry). */
  retry(): void {
    this.fresh = true;
    this.failedRefresh = undefined;
    void this.task.run();
  }

  /** Refetch while keeping the current data on screen (polling). */
  refresh(): Promise<unknown> {
    this.fresh = true;
    this.background = true;
    return this.task.run().then(() => this.task.taskComplete).catch(() => undefined);
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  hostUpdate(): void {
    // Runs before the Task's own hostUpdate (added first): data given as a property needs
    // no task run at all (a run would only resolve to nothing and render once more).
    const given = this.opts.value?.() !== undefined;
    if (given && this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.abortedForGiven = true;
    }
    this.task.autoRun = !given;
    if (!given && this.abortedForGiven) {
      // Back to fetching the same key after a run was cut short: ask again.
      this.abortedForGiven = false;
      void this.task.run();
    }
  }

  hostUpdated(): void {
    // Property data fires the same events as fetched data, once per object given.
    const g = this.given;
    if (!g || g.announced || this.opts.value?.() !== g.ref) return;
    g.announced = true;
    if (g.state.status === 'ready') this.host.emit('egov-load', g.state.data);
    else if (g.state.status === 'error') this.host.emit('egov-error', errorDetail(g.state.error));
  }
}
