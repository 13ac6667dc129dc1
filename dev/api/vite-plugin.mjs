/**
 * Vite plugin that mounts the reference API on the dev and preview servers, so
 * `npm start` and the demo pages read `/api/…` from the same origin.
 * @module
 */

import { createApiMiddleware } from './middleware.mjs';

/**
 * @param {import('./middleware.mjs').ApiOptions} [options]
 * @returns {{ name: string, configureServer: (server: { middlewares: { use: Function } }) => void, configurePreviewServer: (server: { middlewares: { use: Function } }) => void }}
 */
export function referenceApi(options) {
  const middleware = createApiMiddleware(options);
  return {
    name: 'egov-reference-api',
    // Added directly (not from a returned post hook) so it runs before Vite's own file serving.
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

export default referenceApi;
