/**
 * Defines a custom element once. An agency page may load the CDN file and a bundle
 * that both carry the library; the second definition is skipped instead of throwing.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (ready) void ready.then(() => define(name, ctor));
  else if (!customElements.get(name)) customElements.define(name, ctor);
}

let ready: Promise<void> | undefined;

/**
 * Elements defined from now on wait until `before` has settled (either way), in the order
 * they were defined: `egov-widgets.js` installs Lit's hydration support first on a page with
 * server-rendered widgets (src/hydrate-on-demand.ts).
 */
export function defineAfter(before: Promise<unknown>): void {
  ready = before.then(
    () => (ready = undefined),
    () => (ready = undefined),
  );
}
