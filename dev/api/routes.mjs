/**
 * The contract's endpoints as a pure function from a request path to a result,
 * so the HTTP layer (faults, sessions, CORS) stays separate from the data. No Node or
 * browser API here: the dev servers, the tests and the Storybook worker all route through it.
 * @module
 */

import { findService, listServices } from './data/services.mjs';
import { agencyEvaluation, evaluationAgencies, evaluationSummary, parseRound } from './data/evaluations.mjs';
import { findInquiry } from './data/inquiries.mjs';

/**
 * @typedef {{ status: number, body: unknown } | { status: number, error: import('./respond.mjs').ErrorCode, message: string }} RouteResult
 */

const ELECTRONIC = new Set(['full', 'partial', 'none']);
const TYPES = new Set(['G2C', 'G2B', 'G2G']);

/** @returns {RouteResult} */
const notFound = (/** @type {string} */ message) => ({ status: 404, error: 'not_found', message });
/** @returns {RouteResult} */
const badRequest = (/** @type {string} */ message) => ({ status: 400, error: 'bad_request', message });

/**
 * A positive integer query parameter, its default when absent, or NaN when malformed.
 * @param {string | null} text
 * @param {number} fallback
 */
function intParam(text, fallback) {
  if (text === null || text === '') return fallback;
  return /^\d{1,9}$/.test(text.trim()) ? Number(text) : NaN;
}

/**
 * @param {URLSearchParams} params
 * @returns {RouteResult}
 */
function servicesList(params) {
  const page = intParam(params.get('page'), 1);
  const rawSize = intParam(params.get('pageSize'), 20);
  if (Number.isNaN(page) || page < 1) return badRequest('page must be an integer ≥ 1');
  if (Number.isNaN(rawSize)) return badRequest('pageSize must be an integer (it is clamped to 1..100)');
  const electronic = params.get('electronic') || undefined;
  const type = params.get('type') || undefined;
  if (electronic && !ELECTRONIC.has(electronic)) return badRequest('electronic must be full, partial or none');
  if (type && !TYPES.has(type)) return badRequest('type must be G2C, G2B or G2G');
  const body = listServices({
    q: params.get('q') ?? undefined,
    agency: params.get('agency') || undefined,
    electronic,
    type,
    page,
    pageSize: Math.min(100, Math.max(1, rawSize)),
  });
  return { status: 200, body };
}

/**
 * @param {string[]} rest segments after `evaluations`
 * @returns {RouteResult}
 */
function evaluations(rest) {
  const [roundText, what, agencyId, ...extra] = rest;
  const round = parseRound(roundText ?? '');
  if (round === null) return badRequest(`round must be a number or "latest", got "${roundText}"`);
  if (round === undefined) return notFound(`no evaluation round ${roundText}`);
  if (what === 'summary' && agencyId === undefined) return { status: 200, body: evaluationSummary(round) };
  if (what === 'agencies' && agencyId === undefined) return { status: 200, body: evaluationAgencies(round) };
  if (what === 'agencies' && agencyId && extra.length === 0) {
    const body = agencyEvaluation(round, agencyId);
    return body ? { status: 200, body } : notFound(`agency "${agencyId}" was not evaluated in round ${round}`);
  }
  return notFound('no such evaluation resource');
}

/**
 * Route one GET (or HEAD) request.
 * @param {string[]} segments decoded path segments after base and prefixes, no empty ones
 * @param {URLSearchParams} params
 * @param {{ advancingState: () => { reachedAt: number[] }, openapi?: unknown }} session per-session fixture state,
 *   and the OpenAPI document served as `openapi.json` (the caller loads it: a file in Node, a bundled module in the browser)
 * @returns {RouteResult}
 */
export function route(segments, params, session) {
  const [head, ...rest] = segments;
  switch (head) {
    case 'services':
      if (rest.length === 0) return servicesList(params);
      if (rest.length === 1) {
        const service = findService(rest[0]);
        return service ? { status: 200, body: service } : notFound(`no service with id "${rest[0]}"`);
      }
      break;
    case 'evaluations':
      return evaluations(rest);
    case 'inquiries':
      if (rest.length === 1) {
        const found = findInquiry(rest[0], session.advancingState);
        if ('inquiry' in found) return { status: 200, body: found.inquiry };
        return found.error === 'bad_request'
          ? badRequest('a tracking code has 14 digits, e.g. 1403-0725-118842')
          : notFound(`no inquiry with tracking code "${rest[0]}"`);
      }
      break;
    case 'openapi.json':
      if (rest.length === 0 && session.openapi) return { status: 200, body: session.openapi };
      break;
  }
  return notFound(`no such path: /${segments.join('/')}`);
}
