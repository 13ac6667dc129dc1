#!/usr/bin/env node
/**
 * `npm run check:floor` (after `npm run build`): every JavaScript file the package ships
 * (dist/: the npm entries, their chunks and dist/cdn/, chart.js's chunk included) parsed, and
 * failed on syntax the browser floor cannot parse (package.json `browserslist`, README "Browser
 * support"). Safari 15.4 is the strictest: one such construct and the whole module fails to
 * load, so no widget on the page runs.
 *
 * - class static blocks `static { … }` (Safari 16.4)
 * - RegExp lookbehind `(?<=…)`, `(?<!…)` (Safari 16.4), in a literal or a `RegExp("…")` string
 * - the RegExp `v` flag (Chrome 112, Firefox 116, Safari 17)
 * - import attributes `with { type: … }` (Chrome 123, Safari 17.2)
 * - `using` declarations and decorators (not in the floor at all; acorn rejects them)
 */
import { parse } from 'acorn';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
if (!existsSync(dist)) {
  console.error('check:floor: no dist/ (run `npm run build` first)');
  process.exit(1);
}

/** The server renderer (`egov-widgets/ssr.js`, its CLI and chunks) runs in Node 20+, not in a browser. */
const SERVER_ONLY = /^(ssr\.js|ssr-cli\.js|ssr-chunks)$/;

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (dir === dist && SERVER_ONLY.test(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsFiles(p);
    else if (p.endsWith('.js')) yield p;
  }
}

const LOOKBEHIND = /\(\?<[=!]/;

/** Every node of the tree (acorn's nodes are plain objects with a `type`). */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) for (const v of value) yield* nodes(v);
    else if (value && typeof value === 'object') yield* nodes(value);
  }
}

function problemsIn(node) {
  switch (node.type) {
    case 'StaticBlock':
      return 'a class static block';
    case 'Literal':
      if (node.regex && LOOKBEHIND.test(node.regex.pattern)) return `a RegExp lookbehind /${node.regex.pattern.slice(0, 40)}…/`;
      if (node.regex?.flags.includes('v')) return 'the RegExp v flag';
      return undefined;
    case 'NewExpression':
    case 'CallExpression': {
      const [first] = node.arguments;
      if (
        node.callee.type === 'Identifier' &&
        node.callee.name === 'RegExp' &&
        first?.type === 'Literal' &&
        typeof first.value === 'string' &&
        LOOKBEHIND.test(first.value)
      )
        return 'a RegExp lookbehind in a RegExp() string';
      return undefined;
    }
    case 'ImportDeclaration':
    case 'ImportExpression':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
      return node.attributes?.length || node.options ? 'import attributes' : undefined;
    default:
      return undefined;
  }
}

const problems = [];
let files = 0;
for (const file of jsFiles(dist)) {
  files++;
  const text = readFileSync(file, 'utf8');
  let ast;
  try {
    ast = parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch (e) {
    problems.push(`${relative(root, file)}: does not parse as a module (${e.message})`);
    continue;
  }
  for (const node of nodes(ast)) {
    const what = problemsIn(node);
    if (what) problems.push(`${relative(root, file)}:${node.loc.start.line}:${node.loc.start.column + 1}: ${what}`);
  }
}
if (!files) {
  console.error('check:floor: no .js file under dist/');
  process.exit(1);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check:floor: ${problems.length} construct(s) past the browser floor in ${files} files`);
  process.exit(1);
}
console.log(`check:floor: ${files} files under dist/, no syntax past the browser floor`);
