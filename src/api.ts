/**
 * The data client without any element: configure it, or fetch contract data yourself
 * with the same time-out, retry, de-duplication and typed errors the widgets use:
 * `getJSON('/services/13061408000', { apiBase })` joins a path to `apiBase` (an absolute
 * URL is used as it is); what the second argument leaves out comes from `configure()`.
 */
export { configure, resetConfiguration, DEFAULT_API_BASE, DEFAULT_TIMEOUT_MS } from './core/config.js';
export type { EgovConfig, ProviderConfig, Calendar } from './core/config.js';
export { clearCache } from './core/client.js';
export { EgovError } from './core/errors.js';
export type { ErrorKind, EgovErrorDetail } from './core/errors.js';
import { request, requestOptions, type GetOptions } from './core/client.js';
import { joinUrl, resolveRequestConfig, type EgovConfig } from './core/config.js';

/**
 * GET `url` and return the parsed JSON body, or throw an EgovError (or an AbortError).
 * A path is joined to `cfg.apiBase` (even '': then the path is used as it is); an absolute
 * URL is used as it is. What `cfg` leaves out comes from `configure()`, then the defaults.
 */
export function getJSON(url: string, cfg: Partial<EgovConfig> = {}, opts: GetOptions = {}): Promise<unknown> {
  const resolved = resolveRequestConfig(undefined, cfg);
  const absolute = /^([a-z][a-z\d+.-]*:|\/\/)/i.test(url);
  return request(requestOptions(absolute ? url : joinUrl(cfg.apiBase ?? resolved.apiBase, url), resolved), opts);
}
