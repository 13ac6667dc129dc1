/**
 * The toolbar globals (locale, colour scheme) and the `--egov-*` token controls, applied
 * to the story wrapper the way a real page would: `lang`/`dir` on an ancestor,
 * `color-scheme` inherited (the palette uses `light-dark()`), custom properties inherited
 * through the shadow roots (README "Theming").
 */
import type { ArgTypes } from '@storybook/web-components-vite';

import { dirOf, normalizeLocale } from '../src/core/locale.js';

export type { Locale } from '../src/core/locale.js';
export type Scheme = 'light' | 'dark';

/** The toolbar's locale → the direction the widgets use for it (one rule: src/core/locale.ts). */
export const dirOfGlobal = (locale: string): 'rtl' | 'ltr' => dirOf(normalizeLocale(locale));

/** The main tokens a designer tries first; every token is listed on each element's docs page. */
export const TOKENS: ReadonlyArray<{ name: string; control: 'color' | 'text'; hint: string }> = [
  { name: '--egov-color-accent', control: 'color', hint: 'Accent: links, buttons, bars' },
  { name: '--egov-color-on-accent', control: 'color', hint: 'Text on the accent' },
  { name: '--egov-color-text', control: 'color', hint: 'Text' },
  { name: '--egov-color-muted', control: 'color', hint: 'Secondary text' },
  { name: '--egov-color-surface', control: 'color', hint: 'Card background' },
  { name: '--egov-color-border', control: 'color', hint: 'Borders' },
  { name: '--egov-color-link', control: 'color', hint: 'Links' },
  { name: '--egov-color-danger', control: 'color', hint: 'Errors, below threshold' },
  { name: '--egov-color-success', control: 'color', hint: 'Success, rising score' },
  { name: '--egov-radius', control: 'text', hint: 'Corner radius, e.g. 0.5em' },
  { name: '--egov-space', control: 'text', hint: 'Base spacing, e.g. 1em' },
  { name: '--egov-font-size', control: 'text', hint: 'Base font size, e.g. 1em' },
];

export const tokenArgTypes: ArgTypes = Object.fromEntries(
  TOKENS.map((t) => [t.name, { name: t.name, control: t.control, description: t.hint, table: { category: 'Theme (--egov-* tokens)' } }]),
);

/** The wrapper's inline style: font, width, colour scheme and the tokens that were set. */
export function wrapperStyle(scheme: Scheme, args: Record<string, unknown>): string {
  const tokens = TOKENS.map((t) => args[t.name])
    .map((v, i) => (typeof v === 'string' && v.trim() ? `${TOKENS[i]!.name}: ${v.trim()};` : ''))
    .join(' ');
  return [
    "font-family: Vazirmatn, 'Noto Sans Arabic', Tahoma, system-ui, sans-serif",
    'max-inline-size: 960px',
    `color-scheme: ${scheme}`,
    // The page around the widget follows the scheme too (Canvas/CanvasText are scheme-aware system colours).
    'background: Canvas',
    'color: CanvasText',
    'padding: 0.5em',
    tokens,
  ]
    .filter(Boolean)
    .join('; ');
}
