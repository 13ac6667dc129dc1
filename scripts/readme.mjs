#!/usr/bin/env node
/**
 * `npm run readme`: puts docs/elements/*.md (one section per element, kept beside the
 * code's owners) into README.md between the `elements` markers, in the registry's order.
 * `--check` fails when README.md is not up to date (CI).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_ELEMENTS } from '../elements.registry.mjs';

const root = new URL('..', import.meta.url).pathname;
// The registry's order (elements.registry.mjs); a missing page is an error, never skipped.
const pages = ALL_ELEMENTS.map((e) => join(root, 'docs/elements', `${e.name}.md`));
const missing = pages.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`readme: no README section for ${missing.map((f) => f.slice(root.length)).join(', ')}`);
  process.exit(1);
}
const sections = pages.map((f) =>
  readFileSync(f, 'utf8')
    .trim()
    .replace(/^(#{1,5}) /gm, (_, h) => '#'.repeat(Math.max(3, h.length + 1)) + ' '),
);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- elements:start -->';
const end = '<!-- elements:end -->';
const next = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n\n${sections.join('\n\n')}\n\n${end}`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md is out of date with docs/elements: run `npm run readme`');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, next);
  console.log(`README.md: ${sections.length} element sections`);
}
