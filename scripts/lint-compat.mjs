#!/usr/bin/env node
/**
 * `npm run lint:compat`: the sources against the browser floor (package.json `browserslist`,
 * README "Browser support"). Fails on a JavaScript API or a CSS feature past the floor that has
 * no fallback.
 *
 * - JavaScript: eslint-plugin-compat over src/ (an API used without a guard such as
 *   `if ('any' in AbortSignal)`). Its own config here, so this check is the same whatever else
 *   eslint.config.js turns on.
 * - CSS: every css`…` literal under src/ (as scripts/check-logical-css.mjs reads them) through
 *   doiuse, plus `light-dark()`, `color-mix()` and relative colours, which doiuse does not know.
 *   A feature past the floor is allowed only with a fallback:
 *     - inside a positive `@supports` (its test of the feature included),
 *     - after a declaration of the same property (or its `-webkit-` form) that the floor reads,
 *     - a container query, when the same styles have an `@supports not (container-type…)`
 *       block (the floor's layout: viewport media queries).
 *   Features only partially supported in ways these styles do not use are listed in IGNORED, each
 *   with why.
 */
import { ESLint } from 'eslint';
import compat from 'eslint-plugin-compat';
import tseslint from 'typescript-eslint';
import postcss from 'postcss';
import doiuse from 'doiuse';
import browserslist from 'browserslist';
import { join, relative } from 'node:path';
import { cssLiterals } from './lib/css-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const browsers = browserslist(undefined, { path: root });

/** doiuse features that are "partially supported" in ways these styles do not depend on. */
const IGNORED = {
  'css-overflow': 'flagged for `overflow: clip` and two-value `overflow`; only hidden/auto/visible are used',
  multicolumn: 'flagged for `break-inside: avoid` (print); an engine without it only breaks a row across pages',
  'css-display-contents': "flagged for buttons' accessibility in old engines; used in print only",
  'css-clip-path': 'flagged for SVG/shape values; `inset()` on HTML is supported across the floor',
  'css-masks': 'flagged by `clip-path` alone; no mask is used',
  'css-content-visibility': "print only (`details::details-content`): the floor prints a closed section's summary, not its content",
  'css-color-adjust': 'checked here instead: `print-color-adjust` needs its `-webkit-` form before it',
};

/** What doiuse does not detect: a regular expression over a value, and the @supports test that guards it. */
const EXTRA = [
  { feature: 'light-dark()', re: /\blight-dark\(/, supports: /light-dark\(/ },
  { feature: 'color-mix()', re: /\bcolor-mix\(/, supports: /color-mix\(/ },
  { feature: 'relative colour syntax', re: /\b(rgb|hsl|oklch|oklab|lab|lch)a?\(\s*from\b/, supports: /\bfrom\b/ },
  {
    feature: 'print-color-adjust without -webkit-print-color-adjust',
    re: /^print-color-adjust$/,
    prop: true,
    supports: /print-color-adjust/,
  },
];

/**
 * Static APIs past the floor that eslint-plugin-compat's data does not know: any use is
 * reported; a guarded one says so with an eslint-disable comment.
 */
const UNKNOWN_TO_COMPAT = [
  ['AbortSignal', 'any', 'Chrome 116, Safari 17.4'],
  ['AbortSignal', 'timeout', 'Safari 16'],
  ['Promise', 'withResolvers', 'Chrome 119, Safari 17.4'],
  ['Object', 'groupBy', 'Chrome 117, Safari 17.4'],
  ['Map', 'groupBy', 'Chrome 117, Safari 17.4'],
  ['Array', 'fromAsync', 'Chrome 121, Safari 16.4'],
  ['Promise', 'try', 'Chrome 128, Safari 18.2'],
  ['RegExp', 'escape', 'Chrome 136, Safari 18.2'],
].map(([object, property, since]) => ({
  object,
  property,
  message: `past the browser floor (${since}): guard it, or use what the floor has`,
}));

/** The @supports ancestors of a node that test positively (not `@supports not …`). */
const supportsAbove = (node) => {
  const out = [];
  for (let p = node.parent; p; p = p.parent)
    if (p.type === 'atrule' && p.name === 'supports' && !/^\s*not\b/.test(p.params)) out.push(p.params);
  return out;
};

/** An earlier declaration of the same property (or its -webkit- form) in the same rule. */
const hasFallbackBefore = (decl) => {
  const siblings = decl.parent?.nodes ?? [];
  const props = new Set([decl.prop, `-webkit-${decl.prop}`]);
  return siblings.slice(0, siblings.indexOf(decl)).some((n) => n.type === 'decl' && props.has(n.prop));
};

const problems = [];
let literals = 0;

// CSS
for (const { file, startLine, css: literal } of cssLiterals(join(root, 'src'))) {
  literals++;
  // An interpolation where a rule could stand is a block of rules made elsewhere (src/ui/palette.ts):
  // left out; one inside a declaration stands for a value.
  const css = literal.replace(/(^|[{};]\s*)\$\{[^}]*\}/g, '$1').replace(/\$\{[^}]*\}/g, '0');
  const where = (node) => `${relative(root, file)}:${startLine + (node.source?.start?.line ?? 1) - 1}`;
  const ast = postcss.parse(css, { from: file });
  const layoutFallback = ast.nodes.some(
    (n) => n.type === 'atrule' && n.name === 'supports' && /^\s*not\b/.test(n.params) && n.params.includes('container-type'),
  );
  const usages = [];
  await postcss([doiuse({ browsers, onFeatureUsage: (u) => usages.push(u) })]).process(ast, { from: file });
  for (const u of usages) {
    if (IGNORED[u.feature]) continue;
    const node = u.usage;
    if (node.type === 'atrule' && node.name === 'supports') continue; // a feature test
    if (node.type === 'atrule' && node.name === 'container' && layoutFallback) continue;
    if (supportsAbove(node).length) continue;
    if (node.type === 'decl' && hasFallbackBefore(node)) continue;
    problems.push(
      `${where(node)}: ${u.featureData?.title ?? u.feature} (${u.feature}) without a fallback: ${node.toString().trim().split('\n')[0]}`,
    );
  }
  ast.walkDecls((decl) => {
    for (const x of EXTRA) {
      if (!x.re.test(x.prop ? decl.prop : decl.value)) continue;
      if (supportsAbove(decl).some((s) => x.supports.test(s))) continue;
      if (
        x.prop &&
        decl.parent.nodes.slice(0, decl.parent.nodes.indexOf(decl)).some((n) => n.type === 'decl' && n.prop === `-webkit-${decl.prop}`)
      )
        continue;
      problems.push(`${where(decl)}: ${x.feature} outside @supports: ${decl.toString().trim()}`);
    }
  });
}

// JavaScript
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['src/**/*.ts'],
      languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
      // typescript-eslint's plugin is loaded for the rules the sources name in disable comments.
      plugins: { compat, '@typescript-eslint': tseslint.plugin },
      rules: { 'compat/compat': 'error', 'no-restricted-properties': ['error', ...UNKNOWN_TO_COMPAT] },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ],
});
const results = await eslint.lintFiles(['src/**/*.ts']);
let jsFiles = 0;
for (const r of results) {
  jsFiles++;
  for (const msg of r.messages)
    if (msg.severity === 2)
      problems.push(`${relative(root, r.filePath)}:${msg.line}:${msg.column}: ${msg.message} (${msg.ruleId ?? 'parse'})`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `lint:compat: ${problems.length} feature(s) past the browser floor (${browsers.length} browser versions) without a fallback`,
  );
  process.exit(1);
}
console.log(`lint:compat: ${literals} style blocks and ${jsFiles} source files, nothing past the browser floor without a fallback`);
