import type { HeadingLevel } from './heading-level.js';

/**
 * Page-wide configuration, set once by the page with `configure()` or declared in its HTML
 * with `<meta name="egov-api-base" content="…">`. Per-element resolution (own `api-base` →
 * nearest <egov-provider> → `configure()` → the meta tag → '/api') happens in
 * `resolveRequestConfig`, so every widget agrees on the order.
 */
import { pageRegistry } from './page.js';

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

// Kept in the page registry, so every copy of the library on the page shares it.
const shared = pageRegistry;

/**
 * Set page-wide defaults for every widget, of every copy of the library on the page.
 * Widgets already on the page refetch.
 */
export function configure(config: Partial<EgovConfig>): void {
  shared.config = { ...shared.config, ...config };
  for (const l of shared.listeners) l();
}

/** For tests and hot reload: forget what `configure()` set (for every copy). */
export function resetConfiguration(): void {
  shared.config = {};
  for (const l of shared.listeners) l();
}

export const getPageConfig = (): Readonly<Partial<EgovConfig>> => shared.config;

/** Runs `listener` after every `configure()` or `resetConfiguration()`, of any copy, from now on. */
export function onConfigure(listener: () => void): void {
  shared.listeners.add(listener);
}

/**
 * What a provider may set; every field optional. Its `lang` is not in here: a widget
 * reads `lang` from the page (its own, then its ancestors': the provider is one).
 */
export type ProviderConfig = Partial<EgovConfig> & { calendar?: Calendar; headingLevel?: HeadingLevel };

export type Calendar = 'persian' | 'gregory';

/** Stable identity, so an unchanged configuration never looks like a new one. */
const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** The meta tag a page declares its API base with, in its server HTML (README "Configure the API"). */
export const API_BASE_META = 'egov-api-base';

/**
 * `<meta name="egov-api-base" content="…">`: the page's API base, declared in its HTML so it
 * is known before any script of the page runs (a server-rendered app, whose own setup code
 * runs after the widgets have upgraded). Read at each request, so a meta tag a framework adds
 * while the app starts counts too. None on the server.
 */
const declaredApiBase = (): string | undefined =>
  globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="${API_BASE_META}"]`)?.content.trim() || undefined;

/** The API base the page chose for an element (own → provider → `configure()` → meta), or none. */
export function chosenApiBase(own: string | undefined, provider: ProviderConfig | undefined): string | undefined {
  return own || provider?.apiBase || shared.config.apiBase || declaredApiBase();
}

export function resolveRequestConfig(own: string | undefined, provider: ProviderConfig | undefined): EgovConfig {
  const pageConfig = shared.config;
  return {
    apiBase: chosenApiBase(own, provider) || DEFAULT_API_BASE,
    headers: { ...pageConfig.headers, ...provider?.headers },
    fetch: provider?.fetch ?? pageConfig.fetch ?? defaultFetch,
    timeoutMs: provider?.timeoutMs ?? pageConfig.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** Joins base and path without doubling or dropping the slash. */
export const joinUrl = (base: string, path: string): string => base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
