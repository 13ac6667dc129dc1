/**
 * The one HTTP path every widget uses: time-out, abort, de-duplication of identical
 * requests in flight, a short cache, one retry for transient failures, typed errors.
 * It knows nothing of elements; `ApiController` connects it to one.
 */
import type { EgovConfig } from './config.js';
import { EgovError, isAbort, parseRetryAfter } from './errors.js';

/** How long a successful answer is reused (five cards mounted a few seconds apart → one request). */
export const CACHE_TTL_MS = 30_000;
const CACHE_MAX_ENTRIES = 200;
/** Wait before the single retry of a network error or 5xx. */
export const RETRY_DELAY_MS = 400;

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  subscribers: number;
}

const inFlight = new Map<string, Shared>();
const cache = new Map<string, { at: number; value: unknown }>();
const fetchIds = new WeakMap<object, number>();
let nextFetchId = 0;

/**
 * One request, resolved: the URL, how to send it, and its key (the same fetch, URL and
 * headers → the same key), computed once. The key names the cache entry and the request
 * in flight, and tells an element whether its request really changed.
 */
export interface RequestOptions {
  readonly url: string;
  readonly fetch: typeof fetch;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly key: string;
}

/** The request for `url` with the headers, fetch and time-out of `cfg`. */
export function requestOptions(url: string, cfg: EgovConfig): RequestOptions {
  let id = fetchIds.get(cfg.fetch);
  if (id === undefined) fetchIds.set(cfg.fetch, (id = ++nextFetchId));
  return { ...cfg, url, key: `${id} ${url} ${JSON.stringify(cfg.headers)}` };
}

/** Empties the answer cache (tests, and an explicit "refresh" from a page). */
export function clearCache(): void {
  cache.clear();
}

export interface GetOptions {
  signal?: AbortSignal;
  /** Skip the cache (a retry the user asked for must really ask the server again). */
  fresh?: boolean;
}

/**
 * GET one resolved request and return the parsed JSON body, or throw an EgovError (or an
 * AbortError). The widgets' path: their options are resolved once per change.
 */
export function request(req: RequestOptions, opts: GetOptions = {}): Promise<unknown> {
  const { key } = req;
  if (!opts.fresh) {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return Promise.resolve(hit.value);
  }
  let shared = inFlight.get(key);
  if (!shared || opts.fresh) {
    const controller = new AbortController();
    const entry: Shared = {
      controller,
      subscribers: 0,
      promise: fetchWithRetry(req, controller.signal)
        .then((value) => {
          cache.delete(key);
          cache.set(key, { at: Date.now(), value });
          if (cache.size > CACHE_MAX_ENTRIES) cache.delete(cache.keys().next().value!);
          return value;
        })
        .finally(() => {
          if (inFlight.get(key) === entry) inFlight.delete(key);
        }),
    };
    shared = entry;
    inFlight.set(key, entry);
  }
  return subscribe(shared, key, opts.signal);
}

/**
 * Each caller gets its own promise. The shared request is aborted only when the
 * last caller has gone: one card leaving the page must not break the four others.
 */
function subscribe(shared: Shared, key: string, signal?: AbortSignal): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? abortError());
  shared.subscribers++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      if (!--shared.subscribers) {
        shared.controller.abort();
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // After an abort this promise is settled already: a later answer changes nothing.
    shared.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(abortError())), { once: true });
  });

/** The longest `Retry-After` the single retry waits for; a longer one is the caller's to honour. */
const MAX_RETRY_AFTER_S = 2;

/** Network errors and 5xx, except a 503 whose `Retry-After` asks for more than a short wait. */
const transient = (e: unknown) =>
  e instanceof EgovError &&
  (e.retryAfter ?? 0) <= MAX_RETRY_AFTER_S &&
  (e.kind === 'network' || (e.kind === 'http' && (e.status ?? 0) >= 500));

async function fetchWithRetry(req: RequestOptions, signal: AbortSignal): Promise<unknown> {
  try {
    return await fetchOnce(req, signal);
  } catch (e) {
    // One retry, GET only (all we do), after a short back-off; never on 4xx, parse or time-out.
    if (!transient(e) || signal.aborted) throw e;
    // Never sooner than the server asked (`Retry-After`).
    await sleep(Math.max(RETRY_DELAY_MS, ((e as EgovError).retryAfter ?? 0) * 1000), signal);
    return fetchOnce(req, signal);
  }
}

async function fetchOnce({ url, fetch, headers, timeoutMs }: RequestOptions, outer: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const forward = () => controller.abort();
  outer.addEventListener('abort', forward, { once: true });
  let res: Response;
  let text = '';
  try {
    res = await fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', ...headers },
      signal: controller.signal,
    });
    // The body is read under the same time-out, and failing to read it is a network error.
    if (res.ok) text = await res.text();
  } catch (e) {
    throw networkOrAbort(e, timedOut, outer);
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', forward);
  }
  if (!res.ok) {
    // Release the unread body, or the connection stays busy and the page never idles.
    void res.body?.cancel().catch(() => undefined);
    // 429 / 503: the server may say how long to leave it alone (a cross-origin API must
    // expose the header: README "Configure the API").
    const retryAfter = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('Retry-After')) : undefined;
    throw res.status === 404
      ? new EgovError('not-found', `Not found: ${url}`, { status: 404 })
      : new EgovError('http', `HTTP ${res.status} from ${url}`, { status: res.status, retryAfter });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // Typically an HTML error page from a proxy, or a cut-off body.
    throw new EgovError('parse', `The answer from ${url} is not JSON`, { status: res.status, cause: e });
  }
}

function networkOrAbort(e: unknown, timedOut: boolean, outer: AbortSignal): unknown {
  if (outer.aborted) return abortError();
  if (timedOut) return new EgovError('timeout', 'The server took too long to answer', { cause: e });
  if (isAbort(e)) return e;
  return new EgovError('network', 'Network request failed', { cause: e });
}
