/**
 * Building responses, with no Node or browser API: a response is a plain
 * `{ status, headers, body }` that the Node middleware (`middleware.mjs`) writes to a
 * socket and the Mock Service Worker handler (`msw.mjs`) turns into a `Response`.
 * Every answer, errors and preflights included, carries the CORS headers so widgets on
 * any agency's origin can read it, and `no-store` so browsers and proxies never serve a
 * stale fixture to a test.
 * @module
 */

/** @typedef {'not_found' | 'bad_request' | 'server_error'} ErrorCode */

/**
 * What the API answers. `body` is `null` for HEAD and 204 (the headers still say the
 * length a GET would have had).
 * @typedef {{ status: number, headers: Record<string, string>, body: string | null }} ApiResponse
 */

/** No response at all: the connection drops (the `network` fault), `fetch` rejects. */
export const NETWORK_ERROR = Object.freeze({ networkError: /** @type {const} */ (true) });

/** The client went away while a response was held: nothing is sent. */
export const ABANDONED = Object.freeze({ abandoned: /** @type {const} */ (true) });

/** @typedef {ApiResponse | typeof NETWORK_ERROR | typeof ABANDONED} ApiOutcome */

export const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
});

export const JSON_TYPE = 'application/json; charset=utf-8';

const encoder = new TextEncoder();

/**
 * A text body with the common headers; HEAD gets the headers only.
 * @param {string} method
 * @param {number} status
 * @param {string} contentType
 * @param {string} text
 * @param {Record<string, string>} [extraHeaders]
 * @returns {ApiResponse}
 */
export function textResponse(method, status, contentType, text, extraHeaders = {}) {
  return {
    status,
    headers: {
      ...CORS_HEADERS,
      'Cache-Control': 'no-store',
      'Content-Type': contentType,
      'Content-Length': String(encoder.encode(text).byteLength),
      ...extraHeaders,
    },
    body: method === 'HEAD' ? null : text,
  };
}

/**
 * @param {string} method
 * @param {number} status
 * @param {unknown} body serialised as JSON
 * @param {Record<string, string>} [extraHeaders]
 */
export function jsonResponse(method, status, body, extraHeaders) {
  return textResponse(method, status, JSON_TYPE, JSON.stringify(body), extraHeaders);
}

/**
 * The contract's error body: `{ "error": { "code", "message" } }`.
 * @param {string} method
 * @param {number} status
 * @param {ErrorCode} code
 * @param {string} message for developers, English
 * @param {Record<string, string>} [extraHeaders]
 */
export function errorResponse(method, status, code, message, extraHeaders) {
  return jsonResponse(method, status, { error: { code, message } }, extraHeaders);
}

/**
 * A CORS preflight: 204, no body.
 * @returns {ApiResponse}
 */
export function preflightResponse() {
  return {
    status: 204,
    headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', 'Access-Control-Max-Age': '600', 'Content-Length': '0' },
    body: null,
  };
}

/**
 * Wait, unless the request is aborted first (the client went away).
 * @param {number} ms
 * @param {AbortSignal} [signal]
 * @returns {Promise<boolean>} true when the time passed, false when aborted
 */
export function wait(ms, signal) {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
