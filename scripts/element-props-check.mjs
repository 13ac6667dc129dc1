#!/usr/bin/env node
/**
 * The framework types against custom-elements.json: the table of attributes and properties
 * that the JSX and Vue types read (src/element-props.ts) must name every attribute the
 * manifest lists, and nothing that is not an attribute or a public, writable property there.
 * So an attribute added to an element cannot be missing from TSX and Vue templates (a Vue
 * app with `strictTemplates` would fail its type-check on it), and internal state cannot
 * leak into either. Run by `npm run typecheck`, after `npm run analyze`.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const file = root + 'src/element-props.ts';
/** Global HTML attributes the frameworks' own tables already type (src/jsx.ts, src/vue.ts). */
const GLOBAL = new Set(['lang', 'dir', 'id', 'slot', 'hidden', 'title']);

const kebab = (s) => s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

const program = ts.createProgram([file], {
  strict: true,
  noEmit: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(file);
const table = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'EgovElementProps');
if (!table) throw new Error('src/element-props.ts has no interface EgovElementProps');
const typed = new Map();
for (const tag of checker.getPropertiesOfType(checker.getTypeAtLocation(table.name))) {
  const type = checker.getTypeOfSymbolAtLocation(tag, table);
  typed.set(
    tag.name,
    checker.getPropertiesOfType(type).map((p) => p.name),
  );
}

const manifest = JSON.parse(readFileSync(root + 'custom-elements.json', 'utf8'));
const problems = [];
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
for (const el of elements) {
  const props = typed.get(el.tagName);
  if (!props) {
    problems.push(`<${el.tagName}> is not in src/element-props.ts`);
    continue;
  }
  const attributes = el.attributes ?? [];
  const names = new Set(props.map(kebab));
  for (const a of attributes) {
    if (!names.has(a.name) && !GLOBAL.has(a.name))
      problems.push(`<${el.tagName}> attribute "${a.name}" is not typed in src/element-props.ts`);
  }
  const fields = new Set(
    (el.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
  );
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  for (const p of props) {
    if (!attributeFields.has(p) && !fields.has(p))
      problems.push(`<${el.tagName}> "${p}" in src/element-props.ts is neither an attribute nor a public property in custom-elements.json`);
  }
}
for (const tag of typed.keys())
  if (!elements.some((e) => e.tagName === tag))
    problems.push(`src/element-props.ts types <${tag}>, which custom-elements.json does not have`);

if (problems.length) {
  console.error(`element-props-check: the framework types and custom-elements.json disagree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`element-props-check: ${elements.length} elements, their attributes and properties typed for JSX and Vue`);
