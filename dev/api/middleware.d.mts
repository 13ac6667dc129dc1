// Types for middleware.mjs, so TypeScript configs and tests can import it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ApiOptions {
  /** Path prefix the API answers under; default `/api`. Requests outside it go to `next()`. */
  base?: string;
  /** How long the `timeout` fault holds a response; default 60000 ms. */
  timeoutMs?: number;
}

export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export function createApiMiddleware(options?: ApiOptions): ConnectMiddleware;

/** Write what `core.mjs` answered to a Node response (or drop the socket for the `network` fault). */
export function writeOutcome(req: IncomingMessage, res: ServerResponse, outcome: unknown): void;
