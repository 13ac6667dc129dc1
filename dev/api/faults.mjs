/**
 * Fault injection for widget tests, chosen by path prefix: `/api/_fault/{mode}/…`.
 * Each mode imitates one way a real government backend or the network fails
 * (README.md has the table). Stateful modes (flaky, slow-first) count per session.
 * @module
 */

import { ABANDONED, JSON_TYPE, NETWORK_ERROR, errorResponse, jsonResponse, textResponse, wait } from './respond.mjs';

/** Modes without a parameter; `delay-{ms}` and `429-{s}` / `503-{s}` are matched separately. */
export const FAULT_MODES = Object.freeze([
  '500',
  '503',
  '404',
  'timeout',
  'slow',
  'malformed',
  'invalid',
  'html',
  'network',
  'flaky',
  'slow-first',
]);

/** Upper bound for `delay-{ms}`, so a typo cannot hang a test run for minutes. */
export const MAX_DELAY_MS = 10_000;
export const SLOW_MS = 2_000;
export const SLOW_FIRST_MS = 1_500;

/** Truncated JSON: what a proxy that cut the connection mid-body delivers. */
const MALFORMED_BODY = '{"id": "1';

/**
 * Valid JSON of the wrong shape for every endpoint: each field the widgets read
 * has the wrong type, and the required ids are missing.
 */
const INVALID_BODY = Object.freeze({
  title: 42,
  items: 'nope',
  score: 'high',
  axes: 7,
  history: {},
  round: 'five',
  status: 3,
  events: 'none',
  agency: 'ins-central',
  total: '5800',
});

/** A 200 HTML page, as captive portals, WAFs and misrouted proxies return. */
const HTML_BODY = `<!doctype html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8"><title>خطا</title></head>
<body><h1>سرویس در دسترس نیست</h1><p>درخواست شما توسط دیوار آتش مسدود شد. شناسه رخداد: 8f2c-41</p></body>
</html>
`;

/** `429-{s}` / `503-{s}`: the server pushes back, asking for `{s}` seconds of quiet (`Retry-After`). */
const BUSY = /^(429|503)-(\d{1,5})$/;

/**
 * Is `mode` a known fault mode?
 * @param {string} mode
 */
export function isFaultMode(mode) {
  return FAULT_MODES.includes(mode) || /^delay-\d{1,9}$/.test(mode) || BUSY.test(mode);
}

/**
 * @typedef {object} FaultContext
 * @property {string} method the request method (HEAD gets headers only)
 * @property {AbortSignal} [signal] aborted when the client goes away
 * @property {() => number} bumpFlaky   counts requests to this path in flaky mode (1 = first)
 * @property {() => number} bumpSlowFirst counts slow-first requests in the session (1 = first)
 * @property {number} timeoutMs how long `timeout` holds the response
 */

/**
 * Apply one fault mode. No Node or browser API: the outcome is data the adapters send.
 * @param {string} mode a mode accepted by {@link isFaultMode}
 * @param {FaultContext} ctx
 * @returns {Promise<import('./respond.mjs').ApiOutcome | null>} null when the request should go on
 *   (to the next mode or the route), else what to answer
 */
export async function applyFault(mode, { method, signal, bumpFlaky, bumpSlowFirst, timeoutMs }) {
  /** @param {boolean} waited */
  const goOnIf = (waited) => (waited ? null : ABANDONED);
  switch (mode) {
    case '500':
      return errorResponse(method, 500, 'server_error', 'injected fault: internal server error');
    case '503':
      return errorResponse(method, 503, 'server_error', 'injected fault: service unavailable', { 'Retry-After': '1' });
    case '404':
      return errorResponse(method, 404, 'not_found', 'injected fault: not found');
    case 'timeout':
      // Hold the response; the client's own timeout is what is under test.
      return (await wait(timeoutMs, signal))
        ? errorResponse(method, 504, 'server_error', 'injected fault: gave up after holding the response')
        : ABANDONED;
    case 'slow':
      return goOnIf(await wait(SLOW_MS, signal));
    case 'malformed':
      return textResponse(method, 200, JSON_TYPE, MALFORMED_BODY);
    case 'invalid':
      return jsonResponse(method, 200, INVALID_BODY);
    case 'html':
      return textResponse(method, 200, 'text/html; charset=utf-8', HTML_BODY);
    case 'network':
      // No status line at all: fetch() rejects with a TypeError, like a dropped connection.
      return NETWORK_ERROR;
    case 'flaky':
      return bumpFlaky() === 1 ? errorResponse(method, 500, 'server_error', 'injected fault: flaky, the first request fails') : null;
    case 'slow-first':
      return bumpSlowFirst() === 1 ? goOnIf(await wait(SLOW_FIRST_MS, signal)) : null;
    default: {
      const busy = BUSY.exec(mode);
      if (busy) {
        // Exposed, so a cross-origin widget can read it too.
        return errorResponse(method, Number(busy[1]), 'server_error', `injected fault: busy, retry after ${busy[2]} s`, {
          'Retry-After': busy[2],
          'Access-Control-Expose-Headers': 'Retry-After',
        });
      }
      const ms = Math.min(MAX_DELAY_MS, Number(mode.slice('delay-'.length)));
      return goOnIf(await wait(ms, signal));
    }
  }
}
