import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../core/heading-level.js';
import { langAttr } from './display.js';

export type { HeadingLevel };

/** The level below `level`, never past `<h6>`. */
export const below = (level: HeadingLevel, by = 1): HeadingLevel => Math.min(6, level + by) as HeadingLevel;

/**
 * One template per level, made once (same strings each call, so Lit's cache works), with
 * the own `raw` property Lit checks, as `lit/static-html.js` does, without its cost.
 */
const templates = [1, 2, 3, 4, 5, 6].map((n) => {
  const s = [`<h${n} class="`, `" part="`, `" id="`, `" dir="`, `" lang="`, `">`, `</h${n}>`];
  return Object.assign(s, { raw: s }) as unknown as TemplateStringsArray;
});

/**
 * A real `<hN>` at `level`, its content as text (or a template), with its class, part, id and
 * `dir` (each left out when empty; positional, as names in an object would stay in the
 * minified file). Text not in the widget's language (API text: a Persian title in en) gets
 * its own `lang` (src/ui/display.ts), so a screen reader reads it with the right voice.
 */
export function heading(level: HeadingLevel, content: unknown, cls: string, part?: string, id?: string, dir?: string): TemplateResult {
  return html(templates[level - 1]!, cls || nothing, part || nothing, id || nothing, dir || nothing, langAttr(content), content);
}
