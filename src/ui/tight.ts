import { html, type TemplateResult } from 'lit';

const cache = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, minus the source indentation between tags. Each line break plus
 * indentation next to a tag becomes a whitespace text node that the browser must style
 * and lay out; a list of 1000 cards pays for tens of thousands of them (bench/). Only
 * runs that contain a line break and touch `>` or `<` (or fill a whole gap between two
 * expressions) go; spaces on one line, as in `</bdi> <button>` or `</span> ${words}`,
 * stay, and line breaks inside a tag separate attributes as before. The rewritten
 * strings are made once per template (same identity each call, so Lit's cache works),
 * with the own `raw` property Lit checks, as `lit/static-html.js` does.
 */
export function tight(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let t = cache.get(strings);
  if (!t) {
    const out = strings.map((s) =>
      s
        .replace(/^\s*\n\s*$/, '')
        .replace(/>\s*\n\s*/g, '>')
        .replace(/\s*\n\s*</g, '<'),
    );
    t = Object.assign(out, { raw: out }) as unknown as TemplateStringsArray;
    cache.set(strings, t);
  }
  return html(t, ...values);
}
