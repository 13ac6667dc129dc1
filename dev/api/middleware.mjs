/**
 * The reference API as a connect-style Node middleware, shared by the Vite dev/preview
 * server (vite-plugin.mjs), @web/test-runner (wtr-middleware.mjs) and serve.mjs. It only
 * adapts Node's request/response to `core.mjs`, where the routes, faults and sessions are.
 * @module
 */

import { readFileSync } from 'node:fs';
import { createApi } from './core.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./core.mjs').ApiOptions} ApiOptions */

/** The contract, served as `GET {base}/openapi.json`; read once. */
const OPENAPI = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8'));

/**
 * Write what the core answered.
 * @param {Req} req
 * @param {Res} res
 * @param {import('./respond.mjs').ApiOutcome} outcome
 */
export function writeOutcome(req, res, outcome) {
  if ('abandoned' in outcome) return;
  if ('networkError' in outcome) {
    // No status line at all: fetch() rejects with a TypeError, like a dropped connection.
    req.socket.destroy();
    return;
  }
  if (res.headersSent || res.destroyed || res.writableEnded) return;
  res.writeHead(outcome.status, outcome.headers);
  res.end(outcome.body ?? undefined);
}

/**
 * Create the middleware. Each call has its own session store.
 * @param {ApiOptions} [options]
 * @returns {(req: Req, res: Res, next: (err?: unknown) => void) => void}
 */
export function createApiMiddleware(options = {}) {
  const api = createApi({ openapi: OPENAPI, ...options });
  return function referenceApiMiddleware(req, res, next) {
    const url = req.url ?? '/';
    // A target that is no URL against a base (`//`, say) is not an API path: the server's 404.
    if (!URL.canParse(url, 'http://localhost') || !api.owns(new URL(url, 'http://localhost').pathname)) return next();
    // Held responses (timeout, slow, delay-…) stop when the client goes away.
    const aborted = new AbortController();
    res.once('close', () => aborted.abort());
    api.handle({ method: req.method ?? 'GET', url, signal: aborted.signal }).then((outcome) => writeOutcome(req, res, outcome));
  };
}
