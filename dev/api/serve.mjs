#!/usr/bin/env node
/**
 * Serve only the reference API, for curl and manual checks:
 *   node dev/api/serve.mjs [--port 8787] [--host 127.0.0.1] [--base /api]
 * @module
 */

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createApiMiddleware, writeOutcome } from './middleware.mjs';
import { errorResponse } from './respond.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/api' },
  },
});

const api = createApiMiddleware({ base: values.base });
const server = createServer((req, res) => {
  api(req, res, () => writeOutcome(req, res, errorResponse(req.method ?? 'GET', 404, 'not_found', `only ${values.base}/… is served here`)));
});

server.listen(Number(values.port), values.host, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.log(`egov reference API: http://${host}:${address.port}${values.base.replace(/\/+$/, '')}/`);
});
