#!/usr/bin/env node
/**
 * `npm run check:svelte-types` (a suite of `npm test`): the Svelte 5 types
 * (`egov-widgets/svelte.js`) under `svelte-check`. test/types/svelte/Good.svelte writes every
 * attribute, property and event as an app does and must have no error; in Bad.svelte, the
 * element after each `<!-- expect-error … -->` comment must have one (and nothing else may).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'test/types/svelte');
const run = spawnSync('npx', ['svelte-check', '--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine'], {
  cwd: root,
  encoding: 'utf8',
});
if (!/COMPLETED/.test(run.stdout)) {
  console.error(run.stdout, run.stderr);
  console.log('svelte-types: 0 passed, 1 failed');
  process.exit(1);
}
/** file → the lines svelte-check reported an error on. */
const errors = new Map();
for (const m of run.stdout.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)) {
  const file = m[1].split('/').pop();
  if (!errors.has(file)) errors.set(file, []);
  errors.get(file).push({ line: +m[2], text: m[3] });
}
let passed = 0;
let failed = 0;
const check = (ok, what, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${what}${ok ? '' : `\n      ${detail}`}`);
};
for (const [file, list] of errors) {
  if (file !== 'Good.svelte' && file !== 'Bad.svelte')
    check(false, `no error outside the fixtures`, `${file}: ${list.map((e) => e.text).join('; ')}`);
}
const good = errors.get('Good.svelte') ?? [];
check(
  good.length === 0,
  'Good.svelte: every attribute, property and event accepted',
  good.map((e) => `${e.line}: ${e.text}`).join('\n      '),
);
const lines = readFileSync(join(dir, 'Bad.svelte'), 'utf8').split('\n');
const bad = errors.get('Bad.svelte') ?? [];
lines.forEach((text, i) => {
  const why = /<!-- expect-error: (.*) -->/.exec(text)?.[1];
  if (why)
    check(
      bad.some((e) => e.line === i + 2),
      `Bad.svelte:${i + 2} rejected (${why})`,
      `svelte-check accepted: ${lines[i + 1].trim()}`,
    );
});
const expected = new Set(lines.flatMap((t, i) => (/expect-error/.test(t) ? [i + 2] : [])));
for (const e of bad) if (!expected.has(e.line)) check(false, `Bad.svelte:${e.line}: no error expected here`, e.text);
console.log(`svelte-types: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
