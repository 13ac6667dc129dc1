/**
 * Page-wide configuration, set once by the page with `configure()`. Per-element
 * resolution (own `api-base` → nearest <egov-provider> → this → '/api') happens in
 * `resolveRequestConfig`, so every widget agrees on the order.
 */
export interface EgovConfig {
  /** Base URL of the API, e.g. `https://api.example.ir/egov` or `/api`. */
  apiBase: string;
  /** Extra request headers (e.g. an API key). Sent with every request. */
  headers: Record<string, string>;
  /** A custom fetch, to adapt an agency's own backend. */
  fetch: typeof fetch;
  /** Per-attempt time-out in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_API_BASE = '/api';
export const DEFAULT_TIMEOUT_MS = 10_000;

let pageConfig: Partial<EgovConfig> = {};
const listeners = new Set<() => void>();

/** Set page-wide defaults for every widget. Widgets already on the page refetch. */
export function configure(config: Partial<EgovConfig>): void {
  pageConfig = { ...pageConfig, ...config };
  for (const l of listeners) l();
}

/** For tests and hot reload: forget what `configure()` set. */
export function resetConfiguration(): void {
  pageConfig = {};
  for (const l of listeners) l();
}

export const getPageConfig = (): Readonly<Partial<EgovConfig>> => pageConfig;

export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What a provider may set; every field optional. Its `lang` is not in here: a widget
 * reads `lang` from the page (its own, then its ancestors': the provider is one).
 */
export type ProviderConfig = Partial<EgovConfig> & { calendar?: Calendar };

export type Calendar = 'persian' | 'gregory';

/** Stable identity, so an unchanged configuration never looks like a new one. */
const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export function resolveRequestConfig(own: string | undefined, provider: ProviderConfig | undefined): EgovConfig {
  return {
    apiBase: own || provider?.apiBase || pageConfig.apiBase || DEFAULT_API_BASE,
    headers: { ...pageConfig.headers, ...provider?.headers },
    fetch: provider?.fetch ?? pageConfig.fetch ?? defaultFetch,
    timeoutMs: provider?.timeoutMs ?? pageConfig.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** Joins base and path without doubling or dropping the slash. */
export const joinUrl = (base: string, path: string): string =>
  base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
