/**
 * The reference API as a connect-style middleware, shared by the Vite dev/preview
 * server, @web/test-runner (through wtr-middleware.mjs) and serve.mjs.
 *
 * Path layout under `base`:
 *   [/_s/{sessionId}] [/_fault/{mode}]… /{endpoint}   endpoints as in DESIGN.md
 *   /_stats/{sessionId}                                request counts of a session
 * @module
 */

import { applyFault, isFaultMode } from './faults.mjs';
import { sendError, sendJson, sendPreflight } from './respond.mjs';
import { route } from './routes.mjs';
import { DEFAULT_SESSION, createSessionStore } from './sessions.mjs';

/** @typedef {import('./respond.mjs').Req} Req */
/** @typedef {import('./respond.mjs').Res} Res */

/**
 * @typedef {object} ApiOptions
 * @property {string} [base] path prefix the API answers under (default `/api`)
 * @property {number} [timeoutMs] how long the `timeout` fault holds a response (default 60 s)
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
 * Create the middleware. Each call has its own session store.
 * @param {ApiOptions} [options]
 * @returns {(req: Req, res: Res, next: (err?: unknown) => void) => void}
 */
export function createApiMiddleware({ base = '/api', timeoutMs = 60_000 } = {}) {
  const prefix = base.replace(/\/+$/, '');
  const store = createSessionStore();

  /**
   * @param {Req} req
   * @param {Res} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    if (req.method === 'OPTIONS') return sendPreflight(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      return sendError(req, res, 405, 'bad_request', `method ${req.method} is not allowed; the API is read-only`);
    }

    let parsed;
    let endpoint;
    try {
      const parts = url.pathname.slice(prefix.length).split('/').filter(Boolean);
      parsed = parsePrefixes(parts);
      endpoint = parsed.endpoint.map((segment) => decodeURIComponent(segment));
    } catch {
      return sendError(req, res, 400, 'bad_request', 'malformed percent-encoding in the path');
    }
    const { sessionId, faults } = parsed;

    // Test helper, never counted and never faulted.
    if (endpoint[0] === '_stats') {
      if (endpoint.length !== 2) return sendError(req, res, 404, 'not_found', 'use /_stats/{sessionId}');
      const stats = store.stats(endpoint[1]);
      if (url.searchParams.has('reset')) store.reset(endpoint[1]);
      return sendJson(req, res, 200, stats);
    }

    const unknown = faults.find((mode) => !isFaultMode(mode));
    if (unknown !== undefined) return sendError(req, res, 400, 'bad_request', `unknown fault mode "${unknown}"`);

    const session = store.get(sessionId);
    // The key tests read back: path without prefixes; the list keeps its query so pages can be told apart.
    const rawPath = '/' + parsed.endpoint.join('/');
    const pathKey = rawPath === '/services' ? rawPath + url.search : rawPath;
    store.record(session, pathKey);

    for (const mode of faults) {
      const goOn = await applyFault(mode, {
        req,
        res,
        timeoutMs,
        bumpFlaky: () => store.bump(session, `flaky ${pathKey}`),
        bumpSlowFirst: () => store.bump(session, 'slow-first'),
      });
      if (!goOn) return;
    }
    if (res.destroyed || res.writableEnded) return;

    const result = route(endpoint, url.searchParams, { advancingState: () => session.advancing });
    if ('error' in result) return sendError(req, res, result.status, result.error, result.message);
    return sendJson(req, res, result.status, result.body);
  }

  return function referenceApiMiddleware(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (prefix && path !== prefix && !path.startsWith(prefix + '/')) return next();
    handle(req, res, url).catch((error) => {
      console.error('[egov-reference-api]', error);
      sendError(req, res, 500, 'server_error', 'the reference API failed; see the server log');
    });
  };
}
