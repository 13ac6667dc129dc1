#!/usr/bin/env node
/**
 * `npm run lint:css`: rejects physical CSS in component styles, so RTL cannot regress.
 * Reads every css`…` literal under src/ and fails on left/right/top-bottom-less physical
 * properties and values: `margin-left`, `padding-right`, `left:`, `right:`, `border-left`,
 * `text-align: left|right`, `float: left|right`, `clear: left|right`, `border-*-left-radius`…
 * Use `margin-inline-start`, `inset-inline-end`, `text-align: start`, and so on.
 */
import { join, relative } from 'node:path';
import { cssLiterals } from './lib/css-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const rules = [
  [/(^|[^-\w])(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/, 'use the -inline-start / -inline-end form'],
  [/(^|[^-\w])border-(top|bottom)-(left|right)-radius\b/, 'use border-start-start-radius and friends'],
  [/(^|[;{\s])(left|right)\s*:/, 'use inset-inline-start / inset-inline-end'],
  [/\b(text-align|float|clear)\s*:\s*(left|right)\b/, 'use start / end (or inline-start / inline-end)'],
  [/(^|[^-\w])(min-|max-)?(width|height)\s*:/, 'use inline-size / block-size'],
];

const problems = [];
let literals = 0;
for (const { file, startLine, css } of cssLiterals(join(root, 'src'))) {
  literals++;
  css.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    // A media query's width is the viewport's (the floor's fallback for a container query:
    // range syntax such as `(width < 36em)` is past the floor), not a box's physical side.
    if (/^\s*@media\b/.test(code)) return;
    for (const [re, advice] of rules) {
      if (re.test(code)) problems.push(`${relative(root, file)}:${startLine + i}: ${line.trim()}  → ${advice}`);
    }
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint:css: ${problems.length} physical propert${problems.length === 1 ? 'y' : 'ies'} in component styles`);
  process.exit(1);
}
console.log(`lint:css: ${literals} style blocks, logical properties only`);
