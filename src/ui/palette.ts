import { unsafeCSS, type CSSResult } from 'lit';

/** One colour default per row: the private token's name (without `--_`), its light value, its dark value. */
export type Palette = readonly (readonly [name: string, light: string, dark: string])[];

/**
 * A palette's private `--_*` defaults on `:host`, each colour written once: the light value
 * for every engine of the browser floor, then, where `light-dark()` is supported, a
 * `light-dark()` value, so the page's `color-scheme` picks the palette (src/ui/styles.ts says
 * why both, README "Dark mode and high contrast"). Made here, not written out twice in the
 * styles: every fallback pair is complete by construction (`npm run lint:compat` reads the
 * styles' tagged literals, where this block is one interpolation).
 */
export const palette = (rows: Palette): CSSResult => {
  const decls = (value: (light: string, dark: string) => string) => rows.map(([n, l, d]) => `--_${n}:${value(l, d)}`).join(';');
  return unsafeCSS(`:host{${decls((l) => l)}}@supports (color:light-dark(#000,#fff)){:host{${decls((l, d) => `light-dark(${l},${d})`)}}}`);
};
