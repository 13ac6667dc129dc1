/**
 * Typed failures of the data client. Every widget shows a different sentence per
 * kind, so the kind (not the message) is the contract; `egov-error` carries it.
 */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'not-found' | 'parse' | 'invalid';

export class EgovError extends Error {
  readonly kind: ErrorKind;
  /** HTTP status for `http` and `not-found`. */
  readonly status?: number;
  /** For `invalid`: where in the data the shape check failed, e.g. `items[3].score`. */
  readonly path?: string;
  /** For a 429 or 503 with `Retry-After`: how many seconds the server asked to be left alone. */
  readonly retryAfter?: number;

  constructor(kind: ErrorKind, message: string, opts: { status?: number; path?: string; retryAfter?: number; cause?: unknown } = {}) {
    super(message, opts); // Error reads `cause` from it
    this.name = 'EgovError';
    this.kind = kind;
    Object.assign(this, opts);
  }
}

/** The `egov-error` event detail: small and serialisable. */
export interface EgovErrorDetail {
  kind: ErrorKind;
  status?: number;
  path?: string;
  /** Seconds the server asked to wait (`Retry-After` on a 429 or 503). */
  retryAfter?: number;
}

/** The fields of `e` that are set. */
export const errorDetail = ({ kind, status, path, retryAfter }: EgovError): EgovErrorDetail => {
  const d: EgovErrorDetail = { kind, status, path, retryAfter };
  for (const k in d) if (d[k as keyof EgovErrorDetail] === undefined) delete d[k as keyof EgovErrorDetail];
  return d;
};

/** The server is pushing back (too many requests, or unavailable for now). */
export const isBusy = (e: EgovError | undefined): boolean => e?.kind === 'http' && (e.status === 429 || e.status === 503);

/**
 * `Retry-After` as whole seconds from now: delta-seconds or an HTTP date; undefined when
 * absent or unreadable. Capped at a day, so a wrong date cannot stop a page for good.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const s = /^\d+$/.test(v) ? Number(v) : Math.ceil((Date.parse(v) - now) / 1000);
  return Number.isFinite(s) ? Math.min(86_400, Math.max(0, s)) : undefined;
}

/** Anything thrown becomes an EgovError, so the UI never has to guess. */
export const toEgovError = (e: unknown): EgovError =>
  e instanceof EgovError ? e : new EgovError('invalid', e instanceof Error ? e.message : String(e), { cause: e });

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
