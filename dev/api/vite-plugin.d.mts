// Types for vite-plugin.mjs.
import type { Plugin } from 'vite';
import type { ApiOptions } from './middleware.mjs';

export type { ApiOptions };
export function referenceApi(options?: ApiOptions): Plugin;
export default referenceApi;
