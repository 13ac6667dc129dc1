// The two sides of the lazy hydration support in `egov-widgets.js`, written at build time by
// scripts/hydration-chunk.mjs (src/hydrate-on-demand.ts says why).

/** The parts of lit the support imports, from the file's own lit, in the order the support takes them. */
declare module 'egov:lit-parts' {
  const parts: readonly unknown[];
  export default parts;
}

/** Lit's hydration support (@lit-labs/ssr-client) run with those parts: it sets `globalThis.litElementHydrateSupport`. */
declare module 'egov:hydrate-support' {
  const support: (lit: readonly unknown[]) => void;
  export default support;
}
