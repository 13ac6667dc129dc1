/**
 * Defines a custom element once. An agency page may load the CDN file and a bundle
 * that both carry the library; the second definition is skipped instead of throwing.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
