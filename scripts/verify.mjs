#!/usr/bin/env node
/**
 * `npm run verify`: everything CI runs after `npm ci` and `npm test` (.ci/run), in the same
 * order, as one command: the build, then every check on what it wrote. It stops at the first
 * step that fails and ends with the time each step took.
 *
 *   npm run verify -- --list          the steps
 *   npm run verify -- --from <step>   start at a step (after fixing it, say)
 *   npm run verify -- --only a,b      only these steps
 *
 * A new check is one line in STEPS (an npm script, so it also runs on its own).
 */
import { spawnSync } from 'node:child_process';

/** [name, command, what it checks]: run in this order, from the repository root. */
const STEPS = [
  ['lint', 'npm run lint', 'ESLint (typescript-eslint, lit, wc, compat) and lit-analyzer on every template, zero warnings'],
  ['format', 'npm run format:check', 'every file as Prettier writes it (.prettierrc.json)'],
  ['build', 'npm run build', 'types, custom-elements.json, the npm entries, dist/cdn, the .d.ts files'],
  [
    'floor-syntax',
    'npm run check:floor',
    'every shipped .js file parses on the browser floor (no class static blocks, lookbehind, v flag, import attributes)',
  ],
  ['minify-literals', 'node scripts/minify-literals.check.mjs', "the build's template minifier on the cases that would break a template"],
  ['fixtures', 'node dev/api/check-fixtures.mjs', "the reference API's fixtures against its OpenAPI document"],
  ['registry', 'npm run check:registry', 'every list of the elements agrees with elements.registry.mjs'],
  ['new-element', 'npm run check:new-element', 'a scaffolded sixth element passes the registry, types, lint, format and its test'],
  ['lint:css', 'npm run lint:css', 'component styles use logical properties only'],
  [
    'lint:compat',
    'npm run lint:compat',
    'JavaScript APIs and CSS features against package.json browserslist, with a fallback or @supports guard',
  ],
  ['readme', 'npm run readme -- --check', 'README sections are current with docs/elements'],
  [
    'csp',
    'npm run check:csp',
    "every widget under default-src 'self', then Trusted Types; no other host; the hostile fixture runs nothing",
  ],
  ['lint:package', 'npm run lint:package', 'publint and are-the-types-wrong'],
  ['pack', 'npm run check:pack', 'the tarball in a fresh project: every entry, the React wrappers, the CDN file'],
  [
    'examples',
    'npm run check:examples',
    'the example apps on the packed package; the server ones (node-server, next) server-rendered and hydrated',
  ],
  ['audit', 'npm run audit', 'no high-severity advisory in what users install'],
  ['size', 'npm run size -- --strict', 'every budget: a page per element (elements.registry.mjs), egov-widgets.js, chart.js lazy'],
  ['build-storybook', 'npm run build-storybook', 'the static Storybook'],
  ['storybook', 'npm run test:storybook', 'every story in fa and en, axe, docs pages, the embed builder, visual baselines'],
];

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const names = STEPS.map(([n]) => n);
if (process.argv.includes('--list')) {
  for (const [name, command, what] of STEPS) console.log(`${name.padEnd(16)} ${command.padEnd(42)} ${what}`);
  process.exit(0);
}
const only = arg('--only')?.split(',').filter(Boolean);
const from = arg('--from');
for (const n of [...(only ?? []), ...(from ? [from] : [])]) {
  if (!names.includes(n)) {
    console.error(`verify: no step "${n}" (steps: ${names.join(', ')})`);
    process.exit(2);
  }
}
const chosen = STEPS.filter(([n], i) => (only ? only.includes(n) : i >= (from ? names.indexOf(from) : 0)));

const times = [];
const root = new URL('..', import.meta.url).pathname;
for (const [name, command] of chosen) {
  console.log(`\n▶ verify: ${name} (${command})`);
  const t0 = performance.now();
  const { status, signal } = spawnSync(command, { shell: true, stdio: 'inherit', cwd: root });
  times.push([name, ((performance.now() - t0) / 1000).toFixed(1)]);
  if (status !== 0) {
    console.error(`\nverify: step "${name}" failed (${signal ?? `exit ${status}`}); after a fix: npm run verify -- --from ${name}`);
    process.exit(1);
  }
}
console.log(`\nverify: ${chosen.length} step(s) passed: ${times.map(([n, s]) => `${n} ${s}s`).join(', ')}`);
