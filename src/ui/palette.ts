import { unsafeCSS, type CSSResult } from 'lit';

/**
 * One colour per row: its name (without `--_`), its light value, its dark value; a fourth item,
 * `true`, when no `--egov-color-<name>` token overrides it (only other tokens fall back to it).
 */
export type Palette = readonly (readonly [name: string, light: string, dark: string, unnamed?: true])[];

/**
 * A palette on `:host`, each colour written once:
 * - `--_d-<name>`, the default: the light value for every engine of the browser floor, then,
 *   where `light-dark()` is supported, a `light-dark()` value, so the page's `color-scheme` picks
 *   the palette (src/ui/styles.ts says why both, README "Dark mode and high contrast");
 * - `--_<name>`, the colour the rules use: the page's `--egov-color-<name>`, else the default.
 *   Resolved once on the host, so each rule reads one short `var()`; a token is themed on the
 *   element or an ancestor (README "Theming"), as before. Tokens with other names (`--egov-color-link`,
 *   `--egov-band-weak-color`…) still fall back to the defaults, `var(--_d-<name>)`.
 *
 * Made here, not written out in the styles: every pair is complete by construction (`npm run
 * lint:compat` reads the styles' tagged literals, where this block is one interpolation).
 */
export const palette = (rows: Palette): CSSResult => {
  const decls = (value: (light: string, dark: string) => string) => rows.map(([n, l, d]) => `--_d-${n}:${value(l, d)}`).join(';');
  const used = rows.flatMap(([n, , , unnamed]) => (unnamed ? [] : [`--_${n}:var(--egov-color-${n},var(--_d-${n}))`])).join(';');
  return unsafeCSS(
    `:host{${decls((l) => l)};${used}}@supports (color:light-dark(#000,#fff)){:host{${decls((l, d) => `light-dark(${l},${d})`)}}}`,
  );
};
