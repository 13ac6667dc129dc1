/**
 * Connects one element to the data client: what to fetch comes from the element's
 * key attribute, or its data is given as a property. Its request runs again when the
 * key changes and aborts the older run; only the latest run's outcome is kept, so a late
 * answer for an old id is never shown (the part of @lit/task this package uses, with the
 * same order of effects, in fewer bytes on every page). Adds: abort on disconnect (and
 * re-run on reconnect), validation, `egov-load` / `egov-error` and retry. Background
 * refresh, for polling, is the tracker's alone: `RefreshingController`
 * (src/core/refreshing-controller.ts) adds it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { request, requestOptions, type RequestOptions } from './client.js';
import { EgovError, errorDetail, isAbort, toEgovError } from './errors.js';
import { joinUrl } from './config.js';
import { isChecked, parse, type Check } from './validate.js';
import type { EgovConfig } from './config.js';

export type DataState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: EgovError };

export interface ApiControllerOptions<T> {
  /** Path under the API base for the current key, or undefined when there is nothing to fetch. */
  path: () => string | undefined;
  /** Data given as a property (`.service = {…}`): when defined, nothing is fetched. */
  value?: () => unknown;
  /** Validates the data (fetched or given) against the contract's shape. */
  check: Check<T>;
}

/** Where the latest run is: not started, under way, done with data (or nothing to fetch), failed. */
export const INITIAL = 0;
export const PENDING = 1;
export const COMPLETE = 2;
export const ERROR = 3;
export type RunStatus = typeof INITIAL | typeof PENDING | typeof COMPLETE | typeof ERROR;

/** A run starts again only when the request changed: by its key, or its time-out. */
const sameRequest = (a: RequestOptions | undefined, b: RequestOptions | undefined): boolean =>
  a?.key === b?.key && a?.timeoutMs === b?.timeoutMs;

/** Data given as a property is checked once: it is ready, or it failed its check. */
type GivenState<T> = Extract<DataState<T>, { status: 'ready' | 'error' }>;

/**
 * An answer read on the server and embedded in the server-rendered widget (README "Server
 * rendering"): the path it answers (under the API base), and its JSON or "not found".
 */
export interface Seed {
  path: string;
  json?: unknown;
  notFound?: true;
}

/** What the controller needs of its element (the base element, src/core/base-element.ts). */
export interface DataHost extends ReactiveControllerHost, EventTarget {
  readonly isConnected: boolean;
  readonly requestConfig: EgovConfig;
  /** Inside an `<egov-provider>` that is not defined yet: fetch nothing until it is. */
  readonly awaitingProvider: boolean;
  /** Its configuration may still change: the first request waits (README "Configure the API"). */
  readonly configSettling: boolean;
  emit<D>(type: string, detail: D): boolean;
}

export class ApiController<T> implements ReactiveController {
  readonly #host: DataHost;
  readonly #opts: ApiControllerOptions<T>;
  /** The latest run's status; the refreshing controller (src/core/refreshing-controller.ts) reads it too. */
  protected runStatus: RunStatus = INITIAL;
  /** The last failed run's error (cleared by a run that completes). */
  protected runError: unknown;
  /** The last completed run's data (cleared by a run that fails). */
  #data: T | undefined;
  /** The request of the last run, compared by `hostUpdate` (`null`: no run yet). */
  #lastRequest: RequestOptions | undefined | null = null;
  #call = 0;
  #abort: AbortController | undefined;
  #settled: Promise<unknown> | undefined;
  #settle: (() => void) | undefined;
  #fresh = false;
  #abortedByDisconnect = false;
  #abortedForGiven = false;
  #givenData: { ref: unknown; state: GivenState<T>; announced: boolean } | undefined;
  /** A request was made: from then on, a new configuration just means asking again. */
  #requested = false;
  /** There is something to fetch, but the configuration is not known yet. */
  #waiting = false;
  #seed: { seed: Seed; state: GivenState<T> } | undefined;

  constructor(host: DataHost, opts: ApiControllerOptions<T>) {
    this.#host = host;
    this.#opts = opts;
    host.addController(this);
  }

  /**
   * Runs `req` now, aborting a run under way; resolves when this run is over. Its outcome is
   * kept, announced (`loaded`, `failed`) and rendered only if it is still the latest run.
   */
  async #run(req: RequestOptions | undefined = this.#request()): Promise<void> {
    this.#lastRequest = req;
    if (this.runStatus === PENDING) this.#abort?.abort();
    this.runStatus = PENDING;
    this.#host.requestUpdate();
    const call = ++this.#call;
    const abort = (this.#abort = new AbortController());
    let data: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      data = await this.#fetch(req, abort.signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.#call) return;
    if (failed) {
      this.failed(error);
      this.runStatus = ERROR;
    } else {
      this.loaded(data);
      this.runStatus = COMPLETE;
    }
    this.#data = data;
    this.runError = error;
    this.#settle?.();
    this.#settled = this.#settle = undefined;
    this.#host.requestUpdate();
  }

  /** One run's work: the checked data for `req`, or nothing when there is nothing to fetch. */
  async #fetch(req: RequestOptions | undefined, signal: AbortSignal): Promise<T | undefined> {
    if (!req) return undefined;
    // Lit still updates an element that has left the page; it must not fetch then.
    // It fetches when it comes back (hostConnected).
    if (!this.#host.isConnected) {
      this.#abortedByDisconnect = true;
      throw new DOMException('The element is not on the page', 'AbortError');
    }
    this.#requested = true;
    const fresh = this.#fresh;
    this.#fresh = false;
    const { path, check } = this.#opts;
    // The first run of a server-rendered widget answers from what the server embedded.
    const seed = this.#seed?.seed;
    if (seed && !fresh && seed.path === path()) {
      if (seed.notFound) throw new EgovError('not-found', `Not found: ${req.url}`, { status: 404 });
      return parse(check, seed.json);
    }
    return parse(check, await request(req, { signal, fresh }));
  }

  /** Resolves when the latest run is over. */
  protected get settled(): Promise<unknown> {
    return this.runStatus === PENDING ? (this.#settled ??= new Promise<void>((resolve) => (this.#settle = resolve))) : Promise.resolve();
  }

  /** A run gave data (or nothing, when there was nothing to fetch): announce it. */
  protected loaded(data: T | undefined): void {
    if (data !== undefined) this.#host.emit('egov-load', data);
  }

  /** A run failed; an aborted one is no failure. */
  protected failed(e: unknown): void {
    if (!isAbort(e)) this.#host.emit('egov-error', errorDetail(toEgovError(e)));
  }

  #request(): RequestOptions | undefined {
    const path = this.given ? undefined : this.#opts.path();
    // Inside a provider that is not defined yet, or (first request only) a configuration
    // still settling: wait, so no request goes to a base the page did not choose.
    this.#waiting = path !== undefined && (this.#host.awaitingProvider || (!this.#requested && this.#host.configSettling));
    if (path === undefined || this.#waiting) return undefined;
    const cfg = this.#host.requestConfig;
    return requestOptions(joinUrl(cfg.apiBase, path), cfg);
  }

  /** The data was given as a property: nothing is fetched, so nothing can be retried. */
  get given(): boolean {
    return this.#opts.value?.() !== undefined;
  }

  /** The error panel's retry: ask the server again; none for given data. */
  get retryAction(): (() => void) | undefined {
    return this.given ? undefined : () => this.retry();
  }

  /**
   * The answer the server embedded for `seed.path`: until the first run for that path is over,
   * the state is that answer, as it was on the server (the hydrated DOM matches it); that run
   * answers from it without asking the network.
   * @internal for server rendering and hydration (src/ssr), not for pages
   */
  seed(seed: Seed): void {
    const state: GivenState<T> = seed.notFound
      ? { status: 'error', error: new EgovError('not-found', `Not found: ${seed.path}`, { status: 404 }) }
      : this.#checked(seed.json);
    this.#seed = { seed, state };
  }

  /** Data not fetched by a run (embedded by the server, or given as a property), checked: ready, or why not. */
  #checked(json: unknown): GivenState<T> {
    try {
      return { status: 'ready', data: parse(this.#opts.check, json) };
    } catch (e) {
      return { status: 'error', error: toEgovError(e) };
    }
  }

  /** @internal the path under the API base this element would read now (server rendering) */
  get path(): string | undefined {
    return this.given ? undefined : this.#opts.path();
  }

  /** The state to render: property data (validated once per object) or the request's. */
  get state(): DataState<T> {
    const value = this.#opts.value?.();
    if (value !== undefined) return this.#givenState(value);
    const status = this.runStatus;
    const error = this.runError;
    if (this.#seed) {
      // Kept until a run for its path is over (a run that only waited for the configuration
      // fetched nothing, so it does not count); a new key forgets it.
      if ((status === COMPLETE && !this.#waiting) || (status === ERROR && !isAbort(error)) || this.#seed.seed.path !== this.#opts.path())
        this.#seed = undefined;
      else return this.#seed.state;
    }
    if (status === COMPLETE && this.#data !== undefined) return { status: 'ready', data: this.#data };
    // An aborted run only happens while a newer one is starting: still loading.
    if (status === ERROR && !isAbort(error)) return { status: 'error', error: toEgovError(error) };
    // Before the first run, or with nothing fetched while the configuration is awaited: loading if there is a key.
    // A run with no key fetches nothing: idle from the start, as a server renders it (no skeleton flash).
    const keyed = this.#opts.path() !== undefined;
    return (status === PENDING && keyed) || status === ERROR || ((status === INITIAL || this.#waiting) && keyed)
      ? { status: 'loading' }
      : { status: 'idle' };
  }

  #givenState(value: unknown): DataState<T> {
    let given = this.#givenData;
    if (!given || given.ref !== value) {
      // Data a list checked and handed to its card was announced by the list.
      given = this.#givenData = { ref: value, state: this.#checked(value), announced: isChecked(this.#opts.check, value) };
    }
    return given.state;
  }

  /** Ask the server again, bypassing the cache (the error panel's retry). */
  retry(): void {
    this.#fresh = true;
    void this.#run();
  }

  hostConnected(): void {
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.#run();
    }
  }

  hostDisconnected(): void {
    if (this.runStatus === PENDING) {
      this.#abortedByDisconnect = true;
      this.#abort?.abort();
    }
  }

  hostUpdate(): void {
    // Before the run's own update: data given as a property needs no run at all (a run
    // would only resolve to nothing and render once more).
    const given = this.given;
    if (given && this.runStatus === PENDING) {
      this.#abort?.abort();
      this.#abortedForGiven = true;
    }
    if (!given && this.#abortedForGiven) {
      // Back to fetching the same key after a run was cut short: ask again.
      this.#abortedForGiven = false;
      void this.#run();
    }
    // A run starts when the request changed since the last one (or there was none yet);
    // none while the data is given.
    if (given) return;
    const req = this.#request();
    const last = this.#lastRequest;
    this.#lastRequest = req;
    if (last === null || !sameRequest(last, req)) void this.#run(req);
  }

  hostUpdated(): void {
    // Property data fires the same events as fetched data, once per object given.
    const g = this.#givenData;
    if (!g || g.announced || this.#opts.value?.() !== g.ref) return;
    g.announced = true;
    if (g.state.status === 'ready') this.#host.emit('egov-load', g.state.data);
    else this.#host.emit('egov-error', errorDetail(g.state.error));
  }
}
