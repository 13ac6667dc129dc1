/**
 * Writing responses: every answer, errors and preflights included, carries the
 * CORS headers so widgets on any agency's origin can read it, and `no-store`
 * so browsers and proxies never serve a stale fixture to a test.
 * @module
 */

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {'not_found' | 'bad_request' | 'server_error'} ErrorCode */

export const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
});

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Send a text body with the common headers; HEAD gets the headers only.
 * @param {Req} req
 * @param {Res} res
 * @param {number} status
 * @param {string} contentType
 * @param {string} text
 */
export function sendText(req, res, status, contentType, text) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Cache-Control': 'no-store',
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * @param {Req} req
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body serialised as JSON
 */
export function sendJson(req, res, status, body) {
  sendText(req, res, status, JSON_TYPE, JSON.stringify(body));
}

/**
 * The contract's error body: `{ "error": { "code", "message" } }`.
 * @param {Req} req
 * @param {Res} res
 * @param {number} status
 * @param {ErrorCode} code
 * @param {string} message for developers, English
 */
export function sendError(req, res, status, code, message) {
  sendJson(req, res, status, { error: { code, message } });
}

/**
 * Answer a CORS preflight: 204, no body.
 * @param {Res} res
 */
export function sendPreflight(res) {
  res.writeHead(204, { ...CORS_HEADERS, 'Cache-Control': 'no-store', 'Access-Control-Max-Age': '600', 'Content-Length': 0 });
  res.end();
}

/**
 * Wait, unless the client goes away first.
 * @param {Res} res
 * @param {number} ms
 * @returns {Promise<boolean>} true when the time passed, false when the connection closed
 */
export function waitUnlessClosed(res, ms) {
  if (res.destroyed || res.writableEnded) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onClose = () => { clearTimeout(timer); resolve(false); };
    const timer = setTimeout(() => { res.off('close', onClose); resolve(true); }, ms);
    res.once('close', onClose);
  });
}
