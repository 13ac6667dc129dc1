#!/usr/bin/env node
/**
 * The element registry (elements.registry.mjs) against everything that lists the elements.
 *
 *   npm run registry          rewrites the generated blocks (between `registry:start` and
 *                             `registry:end` markers) from the registry;
 *   npm run check:registry    fails when a generated block is not current, or when a list the
 *                             registry cannot generate disagrees with it (package.json's exports
 *                             and sideEffects, src/events.ts, src/element-props.ts,
 *                             custom-elements.json, dev/before-defined.css, dev/csp.html), or
 *                             when an element's own files are missing.
 *
 * A missing file is an error, never skipped: the point is that a new element cannot be left out.
 */
import ts from 'typescript';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_ELEMENTS, ELEMENTS, ENTRIES, INDEX_ORDER, PACKAGE_EXTRAS, PROVIDER } from '../elements.registry.mjs';

const root = new URL('..', import.meta.url).pathname;
const read = (f) => readFileSync(join(root, f), 'utf8');

const GENERATED_NOTE = 'generated from elements.registry.mjs by `npm run registry`: edit the registry, not these lines';

/** The generated blocks: file → the lines between its markers. */
export function generatedBlocks() {
  const el = ELEMENTS;
  const all = ALL_ELEMENTS;
  return {
    'src/index.ts': [...INDEX_ORDER.map((n) => el.find((e) => e.name === n)), ...el.filter((e) => !INDEX_ORDER.includes(e.name))].map(
      (e) => `export * from './${e.name}.js';`,
    ),
    'src/autoloader.ts': [
      'const chunks: Record<string, () => Promise<unknown>> = {',
      ...[PROVIDER, ...el].map((e) => `  '${e.tag}': () => import('./${e.loader}'),`),
      '};',
    ],
    'src/react.ts': [
      ...all.map((e) => `import { ${e.className} as ${e.className}Element } from './${e.name}.js';`),
      '',
      "export type * from './events.js';",
      ...el.filter((e) => e.reactTypes.length).map((e) => `export type { ${e.reactTypes.join(', ')} } from './${e.name}.js';`),
      "export type { EgovErrorDetail } from './api.js';",
      '',
      "/** `{ onEgovLoad: 'egov-load' }` for a tag, each name typed with that tag's event. */",
      'type EventProps<Tag extends EgovTagName> = {',
      '  [E in keyof EgovElementEvents[Tag] & string as EgovEventPropName<E>]: EventName<EgovElementEvents[Tag][E] & Event>;',
      '};',
      '',
      'const onProp = (event: string): string =>',
      "  'on' + event.replace(/(^|-)([a-z])/g, (_m: string, _d: string, c: string) => c.toUpperCase());",
      '',
      '/** The events of one tag as @lit/react wants them (runtime names; types from `EgovElementEvents`). */',
      'function events<Tag extends EgovTagName>(...names: (keyof EgovElementEvents[Tag] & string)[]): EventProps<Tag> {',
      '  return Object.fromEntries(names.map((n) => [onProp(n), n])) as unknown as EventProps<Tag>;',
      '}',
      // The provider's wrapper is written by hand below the block: it writes its configuration as
      // attributes (README "Configure the API"), which createComponent does not.
      ...el.flatMap((e) => [
        '',
        `export const ${e.className} = component({`,
        `  tagName: '${e.tag}',`,
        `  elementClass: ${e.className}Element,`,
        ...(e.events.length ? [`  events: events<'${e.tag}'>(${e.events.map((n) => `'${n}'`).join(', ')}),`] : []),
        '});',
      ]),
    ],
    'test/stories-a11y.test.ts': [
      'const modules: Record<string, () => Promise<StoryModule>> = {',
      ...el.map((e) => `  '${e.name}': () => import('../stories/${e.name}.stories.js') as Promise<StoryModule>,`),
      '};',
    ],
    'dev/index.html': [
      `          <li>${el.map((e) => `<a href="./elements/${e.name}.html">${e.name}</a>`).join(' ·\n            ')} (fa/en side by side)</li>`,
    ],
  };
}

const markers = (file) =>
  file.endsWith('.html')
    ? {
        start: `<!-- registry:start (${GENERATED_NOTE}) -->`,
        end: '<!-- registry:end -->',
        re: /^[ \t]*<!-- registry:start[^\n]*\n([\s\S]*?)^[ \t]*<!-- registry:end -->/m,
      }
    : {
        start: `// registry:start (${GENERATED_NOTE})`,
        end: '// registry:end',
        re: /^[ \t]*\/\/ registry:start[^\n]*\n([\s\S]*?)^[ \t]*\/\/ registry:end/m,
      };

/**
 * The code without what a formatter may change (whitespace, trailing commas, quote marks), so a
 * block the repository's formatter rewrapped still counts as current.
 */
const normal = (code) =>
  code
    .replace(/\s+/g, '')
    .replace(/,([)\]}])/g, '$1')
    .replace(/"/g, "'");

/** `file`'s text with its generated block replaced (undefined when it has no markers). */
function regenerate(file, lines) {
  const text = read(file);
  const m = markers(file);
  const indent = file.endsWith('.html') ? '          ' : '';
  const found = m.re.exec(text);
  if (!found) return undefined;
  if (normal(found[1]) === normal(lines.join('\n'))) return text;
  return text.replace(m.re, () => `${indent}${m.start}\n${lines.join('\n')}\n${indent}${m.end}`);
}

/** Problems of the lists that are read or checked, not generated. */
export function listProblems() {
  const problems = [];
  const need = (f, why) => {
    if (!existsSync(join(root, f))) problems.push(`${f} is missing (${why})`);
  };
  const tags = new Set(ALL_ELEMENTS.map((e) => e.tag));
  const same = (what, found, expected) => {
    const f = new Set(found);
    const e = new Set(expected);
    for (const x of e) if (!f.has(x)) problems.push(`${what}: ${x} is missing`);
    for (const x of f) if (!e.has(x)) problems.push(`${what}: ${x} is not in elements.registry.mjs`);
  };

  for (const n of INDEX_ORDER)
    if (!ELEMENTS.some((e) => e.name === n)) problems.push(`elements.registry.mjs INDEX_ORDER: ${n} is not an element`);

  // Each element's own files.
  for (const e of ALL_ELEMENTS) {
    const isData = e !== PROVIDER;
    need(`src/${e.name}.ts`, `the public entry of <${e.tag}>`);
    need(`src/${e.name}/${e.name}.ts`, `the element <${e.tag}>`);
    need(`src/${e.loader.replace(/\.js$/, '.ts')}`, `the autoloader's module for <${e.tag}>`);
    need(`docs/elements/${e.name}.md`, `its README section`);
    need(`stories/${e.name}.stories.ts`, `its stories`);
    if (isData) {
      need(`test/${e.name}.test.ts`, `its tests`);
      need(`dev/elements/${e.name}.html`, `its demo page`);
      need(`locales/en/${e.name}.json`, `its English strings`);
    }
    const own = join(root, `src/${e.name}/${e.name}.ts`);
    if (existsSync(own) && !readFileSync(own, 'utf8').includes(`define('${e.tag}'`))
      problems.push(`src/${e.name}/${e.name}.ts does not define('${e.tag}', …)`);
    const entry = join(root, `src/${e.name}.ts`);
    if (existsSync(entry) && !new RegExp(`\\b${e.className}\\b`).test(readFileSync(entry, 'utf8')))
      problems.push(`src/${e.name}.ts does not export ${e.className}`);
  }
  for (const x of ENTRIES) need(`src/${x.name}.ts`, `the entry egov-widgets/${x.name === 'index' ? '' : `${x.name}.js`}`);

  // package.json: exports and sideEffects.
  const pkg = JSON.parse(read('package.json'));
  const subpath = (n) => (n === 'index' ? '.' : `./${n}.js`);
  same(
    'package.json exports',
    Object.keys(pkg.exports).filter((k) => !PACKAGE_EXTRAS.exports.includes(k)),
    ENTRIES.map((x) => subpath(x.name)),
  );
  for (const k of PACKAGE_EXTRAS.exports) if (!(k in pkg.exports)) problems.push(`package.json exports: ${k} is missing`);
  // Each points at its build (extra conditions, say `node` for a server entry, are its own business).
  for (const x of ENTRIES) {
    const v = JSON.stringify(pkg.exports[subpath(x.name)] ?? null);
    if (v !== 'null' && (!v.includes(`"./dist/types/${x.name}.d.ts"`) || !v.includes(`"./dist/${x.name}.js"`)))
      problems.push(`package.json exports["${subpath(x.name)}"] should name ./dist/types/${x.name}.d.ts and ./dist/${x.name}.js`);
  }
  same(
    'package.json sideEffects',
    pkg.sideEffects.filter((s) => !PACKAGE_EXTRAS.sideEffects.includes(s)),
    ENTRIES.filter((x) => x.sideEffects).map((x) => `./dist/${x.name}.js`),
  );
  for (const s of PACKAGE_EXTRAS.sideEffects) if (!pkg.sideEffects.includes(s)) problems.push(`package.json sideEffects: ${s} is missing`);

  // src/events.ts and src/element-props.ts: their tables by tag (the events by name too).
  const files = ['src/events.ts', 'src/element-props.ts'].map((f) => join(root, f));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const table = (file, name) => {
    const source = program.getSourceFile(file);
    const decl = source?.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name);
    if (!decl) {
      problems.push(`${file.slice(root.length)} has no interface ${name}`);
      return new Map();
    }
    return new Map(
      checker
        .getPropertiesOfType(checker.getTypeAtLocation(decl.name))
        .map((p) => [p.name, checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(p, decl)).map((q) => q.name)]),
    );
  };
  const events = table(files[0], 'EgovElementEvents');
  same('src/events.ts EgovElementEvents', events.keys(), tags);
  for (const e of ALL_ELEMENTS) if (events.has(e.tag)) same(`src/events.ts <${e.tag}> events`, events.get(e.tag), e.events);
  const props = table(files[1], 'EgovElementProps');
  same('src/element-props.ts EgovElementProps', props.keys(), tags);
  for (const e of ELEMENTS)
    if (props.has(e.tag) && !props.get(e.tag).includes(e.data))
      problems.push(`src/element-props.ts <${e.tag}> has no "${e.data}" (the registry's data property)`);

  // custom-elements.json (npm run analyze): the same tags, the same events.
  if (!existsSync(join(root, 'custom-elements.json'))) problems.push('custom-elements.json is missing: run `npm run analyze` first');
  else {
    const declared = JSON.parse(read('custom-elements.json'))
      .modules.flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName);
    same(
      'custom-elements.json tags',
      declared.map((d) => d.tagName),
      tags,
    );
    for (const d of declared) {
      const e = ALL_ELEMENTS.find((x) => x.tag === d.tagName);
      if (e)
        same(
          `custom-elements.json <${e.tag}> events`,
          (d.events ?? []).map((v) => v.name),
          e.events,
        );
      if (e && d.name !== e.className)
        problems.push(`custom-elements.json: <${e.tag}> is class ${d.name}, the registry says ${e.className}`);
    }
  }

  // dev/before-defined.css: every data element keeps its place before it is defined (base and phones).
  const css = read('dev/before-defined.css');
  const firstGroup = css.replace(/\/\*[\s\S]*?\*\//g, '').split('{')[0];
  same(
    'dev/before-defined.css display:block group',
    [...firstGroup.matchAll(/(egov-[\w-]+):not\(:defined\)/g)].map((m) => m[1]),
    ELEMENTS.map((e) => e.tag),
  );
  for (const e of ELEMENTS) {
    const n = [...css.matchAll(new RegExp(`^\\s*${e.tag}:not\\(:defined\\) \\{ min-block-size`, 'gm'))].length;
    if (n < 2) problems.push(`dev/before-defined.css: <${e.tag}> needs a min-block-size for wide screens and one for phones`);
  }
  for (const m of css.matchAll(/(egov-[\w-]+)[:[]/g))
    if (!tags.has(m[1])) problems.push(`dev/before-defined.css: <${m[1]}> is not in elements.registry.mjs`);

  // README "Before the script loads" documents the same CSS (npm run bench loads it from there).
  const readme = read('README.md').split('\n## Before the script loads')[1]?.split('\n## ')[0] ?? '';
  const documented = /```css\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  if (!documented || !css.includes(documented.trim()))
    problems.push('README "Before the script loads": its CSS block differs from dev/before-defined.css');

  // dev/csp.html: every element under a strict CSP.
  const csp = read('dev/csp.html');
  same('dev/csp.html elements', new Set([...csp.matchAll(/<(egov-[\w-]+)/g)].map((m) => m[1])), tags);

  return problems;
}

const check = process.argv.includes('--check');
if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  let wrote = 0;
  for (const [file, lines] of Object.entries(generatedBlocks())) {
    const next = regenerate(file, lines);
    if (next === undefined) problems.push(`${file} has no registry:start / registry:end markers`);
    else if (next !== read(file)) {
      if (check) problems.push(`${file} is not current with elements.registry.mjs: run \`npm run registry\``);
      else {
        writeFileSync(join(root, file), next);
        wrote++;
      }
    }
  }
  if (check) problems.push(...listProblems());
  if (problems.length) {
    console.error(`registry: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    check
      ? `registry: ${ELEMENTS.length} elements + the provider, ${ENTRIES.length} entries: every list agrees`
      : `registry: ${wrote} file(s) rewritten; \`npm run check:registry\` checks the rest`,
  );
}
