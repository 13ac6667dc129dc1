/**
 * Lowers each finished chunk to the browser floor (package.json `browserslist`, README
 * "Browser support"), after the bundler has tree-shaken it, with Babel's preset-env in its
 * `bugfixes` mode: only what the floor cannot run is rewritten, as narrowly as Babel knows how.
 *
 * - class static blocks (Safari 16.4) become static fields (staticBlocksToFields, below) or, when
 *   they hold more than assignments, a private static field run once;
 * - class fields stay, but their initializers are wrapped in a function where Safari 15 would
 *   resolve a name in the wrong scope (WebKit 236843: a ReferenceError), instead of turning
 *   every field into constructor code (what esbuild's or Oxc's targets do: +0.5 KiB gz on the
 *   one-card page, +1.3 on egov-widgets.js).
 *
 * Why after bundling, not through the bundler's own `build.target`: lowered per module, a
 * class's static fields become statements after it, which the bundler must keep as side
 * effects, so chart.js's unused controllers and scales stayed in its chunk (+12 KiB gz).
 * scripts/check-floor-syntax.mjs (`npm run check:floor`) checks the result.
 */
import { transformAsync } from '@babel/core';
import { parse } from 'acorn';

/**
 * `static { this.a = x; this.b = y; }` → `static a = x; static b = y;`: the static blocks here are
 * TypeScript's static properties (`useDefineForClassFields: false`), and as static fields they
 * cost the floor nothing, where Babel's rewrite of a block (a private field running a function
 * that names the class) added 0.2 KiB gz to egov-widgets.js. A block holding anything else is
 * left to Babel. (Lit's `static properties` and `styles` have no setter, so defining them is
 * assigning them.)
 */
export function staticBlocksToFields(code) {
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return code;
  }
  const edits = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'StaticBlock') {
      const fields = node.body.map((st) => {
        const e = st.type === 'ExpressionStatement' ? st.expression : undefined;
        const ok =
          e?.type === 'AssignmentExpression' &&
          e.operator === '=' &&
          e.left.type === 'MemberExpression' &&
          e.left.object.type === 'ThisExpression' &&
          !e.left.computed &&
          e.left.property.type === 'Identifier';
        return ok ? `static ${e.left.property.name} = ${code.slice(e.right.start, e.right.end)};` : undefined;
      });
      if (fields.length && fields.every(Boolean)) edits.push([node.start, node.end, fields.join(' ')]);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'start' || key === 'end') continue;
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  })(ast);
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

const root = new URL('..', import.meta.url).pathname;

/** @returns {import('vite').Plugin} */
export function lowerToFloorPlugin() {
  return {
    name: 'egov-lower-to-floor',
    apply: 'build',
    async renderChunk(code, chunk) {
      if (!code.trim()) return null;
      const out = await transformAsync(staticBlocksToFields(code), {
        root,
        filename: chunk.fileName,
        babelrc: false,
        configFile: false,
        browserslistConfigFile: true,
        sourceType: 'module',
        sourceMaps: true,
        compact: false,
        retainLines: false,
        presets: [['@babel/preset-env', { bugfixes: true, modules: false, useBuiltIns: false }]],
      });
      if (out?.code == null) this.error(`babel gave no code for ${chunk.fileName}`);
      return { code: out.code, map: out.map };
    },
  };
}
