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

  constructor(kind: ErrorKind, message: string, opts: { status?: number; path?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'EgovError';
    this.kind = kind;
    this.status = opts.status;
    this.path = opts.path;
  }
}

/** The `egov-error` event detail: small and serialisable. */
export interface EgovErrorDetail {
  kind: ErrorKind;
  status?: number;
  path?: string;
}

export const errorDetail = (e: EgovError): EgovErrorDetail => {
  const d: EgovErrorDetail = { kind: e.kind };
  if (e.status !== undefined) d.status = e.status;
  if (e.path !== undefined) d.path = e.path;
  return d;
};

/** Anything thrown becomes an EgovError, so the UI never has to guess. */
export const toEgovError = (e: unknown): EgovError =>
  e instanceof EgovError ? e : new EgovError('invalid', e instanceof Error ? e.message : String(e), { cause: e });

export const isAbort = (e: unknown): boolean =>
  e instanceof DOMException && e.name === 'AbortError';
