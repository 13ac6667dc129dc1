/**
 * The reference API as a Koa middleware for @web/test-runner's `middleware`
 * option, so browser tests fetch `/api/…` from the test page's own origin.
 * @module
 */

import { createApiMiddleware } from './middleware.mjs';

/**
 * @param {import('./middleware.mjs').ApiOptions} [options]
 * @returns {(ctx: any, next: () => Promise<unknown>) => Promise<unknown>}
 */
export function referenceApiKoa(options = {}) {
  const prefix = (options.base ?? '/api').replace(/\/+$/, '');
  const middleware = createApiMiddleware(options);
  return async function referenceApiKoaMiddleware(ctx, next) {
    const path = ctx.path;
    if (prefix && path !== prefix && !path.startsWith(prefix + '/')) return next();
    // We write to the raw response ourselves; Koa must not touch it.
    ctx.respond = false;
    // Resolve only when the response is over, so outer middlewares (logging, etag)
    // see a sent response instead of racing our delayed answer.
    await new Promise((resolve) => {
      ctx.res.once('close', resolve);
      ctx.res.once('finish', resolve);
      middleware(ctx.req, ctx.res, () => {
        ctx.respond = true;
        resolve(next());
      });
    });
  };
}

export default referenceApiKoa;
