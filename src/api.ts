/**
 * The data client without any element: configure it, or fetch contract data yourself
 * with the same time-out, retry, de-duplication and typed errors the widgets use:
 * `getJSON('/services/13061408000', { apiBase })` joins a path to `apiBase` (an absolute
 * URL is used as it is); what the second argument leaves out comes from `configure()`.
 */
export { configure, resetConfiguration, DEFAULT_API_BASE, DEFAULT_TIMEOUT_MS } from './core/config.js';
export type { EgovConfig, ProviderConfig, Calendar } from './core/config.js';
export { getJSON, clearCache } from './core/client.js';
export { EgovError } from './core/errors.js';
export type { ErrorKind, EgovErrorDetail } from './core/errors.js';
