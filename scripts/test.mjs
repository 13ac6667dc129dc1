#!/usr/bin/env node
/**
 * `npm test`: every test suite of the project, one after another, ending with one line
 * `N passed, N failed[, N skipped]` over all of them (the line CI reads).
 *
 * Each suite is a command that ends its own output with such a line; its output is shown as
 * it comes and its last such line is added to the total. A suite that exits non-zero, or
 * prints no such line, counts as a failure of its own, so nothing is skipped silently.
 *
 * `EGOV_SUITES=browsers,…` runs only the named suites (a typo is an error).
 */
import { spawn } from 'node:child_process';

/** name → command (run by the shell from the repository root). */
const suites = {
  // Every test file in Chromium, Firefox and WebKit (web-test-runner.config.mjs).
  browsers: 'wtr',
  // React and Vue apps rendered on the server and hydrated in Chromium: no request to a base
  // the page did not choose, counted per base (scripts/frameworks-check.mjs).
  frameworks: 'node scripts/frameworks-check.mjs',
  // The Svelte 5 types under svelte-check: right usage accepted, wrong types rejected.
  'svelte-types': 'node scripts/svelte-types-check.mjs',
  // The browser floor (README "Browser support"): Chromium 103 and 108 from npm
  // (scripts/lib/old-chromium.mjs), over the floor's own test file, and the server-rendered
  // pages, whose shadow roots those engines read from the older `shadowroot` attribute.
  floor: 'EGOV_ENGINES=chromium103,chromium108 wtr --files test/browser-floor.test.ts --files test/ssr-hydration.test.ts',
  // renderHTML and the CLI in Node (node:test), against the reference API over HTTP.
  ssr: 'npm run test:ssr --silent',
};

const chosen = (process.env.EGOV_SUITES || Object.keys(suites).join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of chosen) {
  if (!suites[name]) {
    console.error(`EGOV_SUITES: unknown suite "${name}" (known: ${Object.keys(suites).join(', ')})`);
    process.exit(2);
  }
}

const summary = /^(?:[\w .-]+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;
/** A suite's output without its terminal colour codes (ESC [ … m), which would hide the summary line. */
// eslint-disable-next-line no-control-regex -- ESC is the character sought
const stripColours = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

function run(name, command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['inherit', 'pipe', 'inherit'], cwd: new URL('..', import.meta.url) });
    let last;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = summary.exec(stripColours(line));
        if (m) last = m;
      }
    });
    child.on('close', (code) => {
      const m = last ?? summary.exec(stripColours(pending));
      const counts = m ? { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) } : { passed: 0, failed: 0, skipped: 0 };
      // A suite that failed without a failed test (crashed, or printed no summary) is one failure.
      if ((code !== 0 || !m) && counts.failed === 0) counts.failed = 1;
      resolve({ name, code, counts, summarised: Boolean(m) });
    });
  });
}

const results = [];
for (const name of chosen) results.push(await run(name, suites[name]));

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const r of results) {
  const why = r.summarised ? (r.code !== 0 ? ` (exit ${r.code})` : '') : ` (no summary line, exit ${r.code})`;
  if (results.length > 1) console.log(`suite ${r.name}: ${line(r.counts)}${why}`);
  total.passed += r.counts.passed;
  total.failed += r.counts.failed;
  total.skipped += r.counts.skipped;
}
console.log(line(total));
process.exit(total.failed > 0 ? 1 : 0);
