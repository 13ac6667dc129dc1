/**
 * What every copy of egov-widgets on one page shares (README "Configure the API"): a page
 * may load the CDN file and an app bundle, or two bundles, each with its own module state.
 * The first copy to load puts this object on `globalThis` under a global symbol (like the
 * provider context's key in `context.ts`); later copies use the same object. Its shape is a
 * contract between versions: fields are only ever added, never changed or removed.
 */
import { VERSION } from '../version.js';
import type { EgovConfig } from './config.js';

export interface PageRegistry {
  /** The version of the copy that created the registry (the first one on the page). */
  readonly version: string;
  /** What `configure()` set, for every copy's elements. */
  config: Partial<EgovConfig>;
  /** One callback per copy, run after any copy's `configure()` or `resetConfiguration()`. */
  readonly listeners: Set<() => void>;
  /** Each copy calls this once when it loads; the first copy warns once per other version. */
  readonly loaded: (version: string) => void;
}

const KEY = Symbol.for('egov-widgets:page');

function createRegistry(): PageRegistry {
  const warned = new Set<string>();
  return {
    version: VERSION,
    config: {},
    listeners: new Set(),
    loaded(version) {
      if (version === VERSION || warned.has(version)) return;
      warned.add(version);
      console.warn(`egov-widgets ${version} loaded beside ${VERSION}: each tag keeps the copy that defined it first. Load one version.`);
    },
  };
}

const store = globalThis as typeof globalThis & { [KEY]?: PageRegistry };
export const pageRegistry: PageRegistry = (store[KEY] ??= createRegistry());
pageRegistry.loaded(VERSION);
