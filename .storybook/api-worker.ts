/**
 * The reference API inside Storybook: Mock Service Worker answers `/api/…` in the
 * browser with the handlers of `dev/api/msw.mjs` (the same routes, fixtures and fault
 * modes as the dev server and the tests), so a static build on any host shows the same
 * states as `npm run storybook`. The worker script is `.storybook/public/mockServiceWorker.js`,
 * copied into the build by `staticDirs`.
 */
import { setupWorker } from 'msw/browser';
import { referenceApiHandlers } from '../dev/api/msw.mjs';

let started: Promise<ReturnType<typeof setupWorker>> | undefined;

/** Start the worker once (stories' loaders and the docs blocks both wait for it). */
export function apiWorker(): Promise<ReturnType<typeof setupWorker>> {
  started ??= (async () => {
    // Initial handlers: they survive the addon's handler reset between stories.
    const worker = setupWorker(...referenceApiHandlers({ base: '/api' }));
    try {
      await worker.start({
        quiet: true,
        onUnhandledRequest: 'bypass',
        // Relative: the build may be served from a sub-folder.
        serviceWorker: { url: './mockServiceWorker.js' },
      });
    } catch (error) {
      // Service workers need https or localhost; without one the stories that fetch show their error state.
      console.warn('[egov-widgets storybook] the reference API worker did not start:', error);
    }
    return worker;
  })();
  return started;
}
