/**
 * The reference API as a Mock Service Worker request handler, so Storybook answers
 * `/api/…` in the browser: under `npm run storybook` and in a static build on any host
 * (`.storybook/preview.ts` starts the worker; the worker script is `.storybook/public/mockServiceWorker.js`).
 * Same routes, fixtures, fault modes and sessions as the dev server and the tests: it only
 * adapts a fetch `Request` to `core.mjs`. Needs a bundler that imports JSON (Vite does).
 * @module
 */

import { http, HttpResponse } from 'msw';
import { createApi } from './core.mjs';
import openapi from './openapi.json';

/**
 * @param {Omit<import('./core.mjs').ApiOptions, 'openapi'>} [options]
 * @returns {import('msw').HttpHandler[]}
 */
export function referenceApiHandlers(options = {}) {
  const api = createApi({ ...options, openapi });
  return [
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !api.owns(url.pathname)) return undefined; // not ours: passes through
      const outcome = await api.handle({ method: request.method, url: request.url, signal: request.signal });
      if ('networkError' in outcome || 'abandoned' in outcome) return HttpResponse.error();
      const headers = { ...outcome.headers };
      delete headers['Content-Length']; // the browser sets it from the body
      return new HttpResponse(outcome.body, { status: outcome.status, headers });
    }),
  ];
}
