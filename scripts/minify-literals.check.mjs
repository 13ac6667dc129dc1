#!/usr/bin/env node
/**
 * Checks scripts/minify-literals.mjs on the cases that would break a template if it
 * were wrong (run by .ci/run; the built widgets are also rendered by check:csp and
 * check:pack). Exits 1 on the first mismatch.
 */
import assert from 'node:assert/strict';
import { minifyLiterals } from './minify-literals.mjs';

const cases = [
  ['indentation and line breaks collapse to one space', 'html`<div>\n    <p>${a}</p>\n  </div>`', 'html`<div> <p>${a}</p> </div>`'],
  ['spaces on one line stay (they can be text)', 'html`<b>a</b> <i>b</i> ${x} c`', 'html`<b>a</b> <i>b</i> ${x} c`'],
  [
    'nested templates inside ${…} are minified',
    'html`<ul>\n ${xs.map((x) => html`\n  <li>${x}</li>\n`)}\n</ul>`',
    'html`<ul> ${xs.map((x) => html` <li>${x}</li> `)} </ul>`',
  ],
  ['expressions are left byte for byte', 'html`<p>\n${"a\\n   b"}</p>`', 'html`<p> ${"a\\n   b"}</p>`'],
  ['css: comments, spaces and the last semicolon go', 'css`\n  /* why */\n  .a {\n    color: red;\n  }\n`', 'css`.a{color:red}`'],
  ['css: a space between two interpolations stays', 'css`.a { margin: ${x} ${y}; }`', 'css`.a{margin:${x} ${y}}`'],
  [
    'css: a leading zero goes, a class ending in 0 stays',
    'css`.p0.x { margin: 0.5em 0.25em; filter: brightness(0.95); }`',
    'css`.p0.x{margin:.5em .25em;filter:brightness(.95)}`',
  ],
  [
    'html: simple static values lose their quotes',
    'html`<p class="a b" part="title-x" id="ch">x</p>`',
    'html`<p class="a b" part=title-x id=ch>x</p>`',
  ],
  [
    'html: a value next to a binding or before / keeps them',
    'html`<i class="a${b}" part="p" data-x="${y}"></i><br class="z"/>`',
    'html`<i class="a${b}" part=p data-x="${y}"></i><br class="z"/>`',
  ],
  [
    'untagged templates and other tags are untouched',
    'const s = `a\n   b`; unsafeCSS(`x\n  y`); foo.html`a\n  b`;',
    'const s = `a\n   b`; unsafeCSS(`x\n  y`); foo.html`a\n  b`;',
  ],
  [
    'a backtick in a string or regex does not derail it',
    "const r = /`/; const q = '`'; html`<i>\n x</i>`",
    "const r = /`/; const q = '`'; html`<i> x</i>`",
  ],
  [
    "a module using tight.ts gets its rule at build time, and lit's html in its place",
    "import { tight as html } from './tight.js';\nhtml`<div>\n  <p>${a}</p>\n  ${b}\n  <b\n    id=x>c</b> d\n</div>`",
    "import { html } from 'lit';\nhtml`<div><p>${a}</p>${b}<b id=x>c</b> d</div>`",
  ],
];
for (const [what, input, expected] of cases) {
  assert.equal(minifyLiterals(input), expected, what);
}
console.log(`minify-literals: ${cases.length} cases ok`);
