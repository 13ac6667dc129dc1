/**
 * The reference API as one environment-neutral function: a request (method, URL, abort
 * signal) in, a plain response out (`respond.mjs`). No Node or browser API, so the same
 * prefixes, sessions, faults, routes and fixtures answer
 *   - the Vite dev/preview servers and serve.mjs (`middleware.mjs`, Node),
 *   - @web/test-runner (`wtr-middleware.mjs`, Koa over `middleware.mjs`),
 *   - Storybook, in `npm run storybook` and in a static build (`msw.mjs`, Mock Service Worker).
 *
 * Path layout under `base`:
 *   [/_s/{sessionId}] [/_fault/{mode}]… /{endpoint}   endpoints as in README.md (this folder)
 *   /_stats/{sessionId}                                request counts of a session
 * @module
 */

import { applyFault, isFaultMode } from './faults.mjs';
import { errorResponse, jsonResponse, preflightResponse } from './respond.mjs';
import { route } from './routes.mjs';
import { DEFAULT_SESSION, createSessionStore } from './sessions.mjs';

/**
 * @typedef {object} ApiOptions
 * @property {string} [base] path prefix the API answers under (default `/api`)
 * @property {number} [timeoutMs] how long the `timeout` fault holds a response (default 60 s)
 * @property {unknown} [openapi] the document served at `{base}/openapi.json` (the adapters load it)
 */

/**
 * @typedef {object} ApiRequest
 * @property {string} method
 * @property {string} url absolute, or a path (resolved against a placeholder origin)
 * @property {AbortSignal} [signal] aborted when the client goes away (held responses stop)
 */

/**
 * Split the path after base into session, fault modes and endpoint segments.
 * Prefixes may repeat and come in any order; the documented order is `_s` then `_fault`.
 * @param {string[]} parts raw (still percent-encoded) non-empty segments
 */
function parsePrefixes(parts) {
  let sessionId = DEFAULT_SESSION;
  /** @type {string[]} */
  const faults = [];
  let i = 0;
  while (i + 1 < parts.length && (parts[i] === '_s' || parts[i] === '_fault')) {
    if (parts[i] === '_s') sessionId = decodeURIComponent(parts[i + 1]);
    else faults.push(decodeURIComponent(parts[i + 1]));
    i += 2;
  }
  return { sessionId, faults, endpoint: parts.slice(i) };
}

/**
 * Create the API. Each call has its own session store.
 * @param {ApiOptions} [options]
 */
export function createApi({ base = '/api', timeoutMs = 60_000, openapi } = {}) {
  const prefix = base.replace(/\/+$/, '');
  const store = createSessionStore();

  /**
   * Is this path the API's (under base)?
   * @param {string} pathname
   */
  function owns(pathname) {
    return !prefix || pathname === prefix || pathname.startsWith(prefix + '/');
  }

  /**
   * Answer one request whose path is under base (see {@link owns}).
   * @param {ApiRequest} request
   * @returns {Promise<import('./respond.mjs').ApiOutcome>}
   */
  async function handle({ method, url: href, signal }) {
    const url = new URL(href, 'http://localhost');
    if (method === 'OPTIONS') return preflightResponse();
    if (method !== 'GET' && method !== 'HEAD') {
      return errorResponse(method, 405, 'bad_request', `method ${method} is not allowed; the API is read-only`, {
        Allow: 'GET, HEAD, OPTIONS',
      });
    }

    let parsed;
    let endpoint;
    try {
      const parts = url.pathname.slice(prefix.length).split('/').filter(Boolean);
      parsed = parsePrefixes(parts);
      endpoint = parsed.endpoint.map((segment) => decodeURIComponent(segment));
    } catch {
      return errorResponse(method, 400, 'bad_request', 'malformed percent-encoding in the path');
    }
    const { sessionId, faults } = parsed;

    // Test helper, never counted and never faulted.
    if (endpoint[0] === '_stats') {
      if (endpoint.length !== 2) return errorResponse(method, 404, 'not_found', 'use /_stats/{sessionId}');
      const stats = store.stats(endpoint[1]);
      if (url.searchParams.has('reset')) store.reset(endpoint[1]);
      return jsonResponse(method, 200, stats);
    }

    const unknown = faults.find((mode) => !isFaultMode(mode));
    if (unknown !== undefined) return errorResponse(method, 400, 'bad_request', `unknown fault mode "${unknown}"`);

    const session = store.get(sessionId);
    // The key tests read back: path without prefixes; the list keeps its query so pages can be told apart.
    const rawPath = '/' + parsed.endpoint.join('/');
    const pathKey = rawPath === '/services' ? rawPath + url.search : rawPath;
    store.record(session, pathKey);

    for (const mode of faults) {
      const outcome = await applyFault(mode, {
        method,
        signal,
        timeoutMs,
        bumpFlaky: () => store.bump(session, `flaky ${pathKey}`),
        bumpSlowFirst: () => store.bump(session, 'slow-first'),
      });
      if (outcome) return outcome;
    }

    const result = route(endpoint, url.searchParams, { advancingState: () => session.advancing, openapi });
    if ('error' in result) return errorResponse(method, result.status, result.error, result.message);
    return jsonResponse(method, result.status, result.body);
  }

  /**
   * `handle`, with a thrown error turned into the contract's 500 (logged).
   * @param {ApiRequest} request
   * @returns {Promise<import('./respond.mjs').ApiOutcome>}
   */
  async function safeHandle(request) {
    try {
      return await handle(request);
    } catch (error) {
      console.error('[egov-reference-api]', error);
      return errorResponse(request.method, 500, 'server_error', 'the reference API failed; see the server log');
    }
  }

  return { base: prefix, owns, handle: safeHandle };
}

/** @typedef {ReturnType<typeof createApi>} Api */
