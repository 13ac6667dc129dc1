/**
 * The reference API (dev/api) over real HTTP on a free port, counting the requests each
 * path receives; and a second server for answers the reference API has no fixture for.
 */
import { createServer } from 'node:http';
import { createApiMiddleware } from '../../dev/api/middleware.mjs';

export async function startApi() {
  const api = createApiMiddleware({ base: '/api' });
  const counts = new Map();
  const server = createServer((req, res) => {
    counts.set(req.url, (counts.get(req.url) ?? 0) + 1);
    api(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/api`;
  return {
    base,
    /** Requests so far whose URL contains `part`. */
    count: (part) => [...counts].filter(([url]) => url.includes(part)).reduce((n, [, c]) => n + c, 0),
    reset: () => counts.clear(),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}
