#!/usr/bin/env node
/**
 * `npm run lint:templates`: lit-analyzer type-checks every Lit template binding (attribute,
 * property, event, ARIA) in src/, stories/, dev/ and test/, strict, zero warnings.
 *
 * The analyzer does not read the attributes a class declares in a static `properties` field
 * (the form our elements use), so it is told our tags' attributes as VS Code custom HTML data
 * made from custom-elements.json (run `npm run analyze` first): a template that sets an
 * attribute an element does not have, or a value its type does not allow, fails. Its ARIA role
 * list stops before WAI-ARIA 1.2 (no `meter`): the 1.2 roles are given with the same data.
 * tsconfig.json (the `@jackolope/ts-lit-plugin` entry) names the file, so editors with the
 * TypeScript lit plugin see the same.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const HTML_DATA = 'node_modules/.cache/egov-widgets/html-data.json';

/** WAI-ARIA 1.2's concrete roles. */
const ROLES = `alert alertdialog application article banner blockquote button caption cell checkbox code
  columnheader combobox complementary contentinfo definition deletion dialog document emphasis feed
  figure form generic grid gridcell group heading img insertion link list listbox listitem log main
  marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option
  paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search
  searchbox separator slider spinbutton status strong subscript superscript switch tab table tablist
  tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem`.split(/\s+/);

/** One attribute as custom data: its string literals as values, a boolean as valueless. */
function attribute({ name, type, description }) {
  const text = type?.text ?? '';
  const literals = [...text.matchAll(/'([^']*)'/g)].map((m) => ({ name: m[1] }));
  const onlyLiterals = literals.length && text.replace(/'[^']*'|\||\s/g, '') === '';
  return { name, description, ...(text === 'boolean' ? { valueSet: 'v' } : onlyLiterals ? { values: literals } : {}) };
}

export function htmlData() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({ name: d.tagName, description: d.summary, attributes: (d.attributes ?? []).map(attribute) }));
  return {
    version: 1.1,
    tags,
    globalAttributes: [{ name: 'role', valueSet: 'roles' }],
    valueSets: [{ name: 'roles', values: ROLES.map((name) => ({ name })) }],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(root, HTML_DATA);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(htmlData(), null, 2));
  const analyze = (globs, ...rules) =>
    spawnSync('npx', ['lit-analyzer', ...globs, '--strict', '--maxWarnings', '0', ...rules.flatMap((r) => [`--rules.${r}`, 'off'])], {
      cwd: root,
      stdio: 'inherit',
    }).status;
  // The library: every rule, including that an element's template imports the elements it uses.
  const library = analyze(['src/**/*.ts']);
  // Pages of tests, stories and the dev server load their elements as a page does (some on
  // purpose only later: test/fallback.test.ts), and give elements fallback content without a
  // slot (README "Before the script loads").
  const pages = analyze(['stories/**/*.ts', 'dev/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'], 'no-missing-import', 'no-unknown-slot');
  process.exit(library || pages ? 1 : 0);
}
