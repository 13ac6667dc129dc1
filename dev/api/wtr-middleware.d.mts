// Types for wtr-middleware.mjs (a Koa middleware; typed structurally so @types/koa is not needed).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from './middleware.mjs';

export interface KoaLikeContext {
  path: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export type { ApiOptions };
export function referenceApiKoa(options?: ApiOptions): (ctx: KoaLikeContext, next: () => Promise<unknown>) => Promise<unknown>;
export default referenceApiKoa;
