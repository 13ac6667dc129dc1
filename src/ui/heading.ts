import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../core/heading-level.js';
import { langAttr } from './display.js';

export type { HeadingLevel };

/** The level below `level`, never past `<h6>`. */
export const below = (level: HeadingLevel, by = 1): HeadingLevel => Math.min(6, level + by) as HeadingLevel;

export interface HeadingAttrs {
  part?: string;
  cls?: string;
  id?: string;
  dir?: string;
}

/**
 * One template per level, made once (same strings each call, so Lit's cache works), with
 * the own `raw` property Lit checks, as `lit/static-html.js` does, without its cost.
 */
const templates = [1, 2, 3, 4, 5, 6].map((n) => {
  const s = [`<h${n} class="`, `" part="`, `" id="`, `" dir="`, `" lang="`, `">`, `</h${n}>`];
  return Object.assign(s, { raw: s }) as unknown as TemplateStringsArray;
});

/**
 * A real `<hN>` at `level`, its content as text (or a template), attributes left out when
 * empty. Text not in the widget's language (API text: a Persian title in en) gets its own
 * `lang` (src/ui/display.ts), so a screen reader reads it with the right voice.
 */
export function heading(level: HeadingLevel, content: unknown, a: HeadingAttrs = {}): TemplateResult {
  return html(templates[level - 1]!, a.cls || nothing, a.part || nothing, a.id || nothing, a.dir || nothing, langAttr(content), content);
}
