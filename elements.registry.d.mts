/** Types of elements.registry.mjs (the one list of elements and entries). */

export interface Names {
  fa: string;
  en: string;
}

export interface ProviderEntry {
  /** The custom element's tag. */
  tag: `egov-${string}`;
  /** Folder, entry, docs page, story, test and demo page name. */
  name: string;
  /** The element's class, exported from its entry (and the React wrapper's name). */
  className: string;
  /** The module the autoloader imports, relative to src/. */
  loader: string;
  /** Display names (embed builder, docs). */
  names: Names;
  /** The events it fires (src/events.ts types their `detail`). */
  events: readonly string[];
}

export interface ElementEntry extends ProviderEntry {
  /** The property that takes the data itself (property mode, no fetch). */
  data: string;
  /** Types `egov-widgets/react.js` re-exports from the element's entry. */
  reactTypes: readonly string[];
  /** Attributes that show data from the reference API. */
  preset: Readonly<Record<string, string>>;
  /** KiB min+gz of every JS file a page with this one element loads through the autoloader. */
  budget: number;
}

export interface OtherEntry {
  name: string;
  sideEffects: boolean;
}

export declare const ELEMENTS: readonly ElementEntry[];
export declare const INDEX_ORDER: readonly string[];
export declare const PROVIDER: ProviderEntry;
export declare const OTHER_ENTRIES: readonly OtherEntry[];
export declare const ALL_ELEMENTS: readonly (ElementEntry | ProviderEntry)[];
export declare const ENTRIES: readonly OtherEntry[];
export declare const CDN_BUDGETS: { allInOne: number; chart: number };
export declare const PACKAGE_EXTRAS: { exports: readonly string[]; sideEffects: readonly string[] };
export declare function elementOf(tagOrName: string): ElementEntry | ProviderEntry | undefined;
