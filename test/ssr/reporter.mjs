/**
 * node:test reporter for the server-rendering suite: one line per test, the failures in
 * full, and the closing `N passed, N failed[, N skipped]` line scripts/test.mjs reads.
 */
import { inspect } from 'node:util';

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    const { data } = event;
    if (event.type !== 'test:pass' && event.type !== 'test:fail') {
      if (event.type === 'test:stderr' || event.type === 'test:stdout') yield data.message;
      continue;
    }
    // Suites and the per-file wrapper are not tests of their own.
    // (A file that fails to load fails as its wrapper: that counts.)
    if (data.details?.type === 'suite' || (data.nesting === 0 && data.name.endsWith('.mjs') && event.type === 'test:pass')) continue;
    if (event.type === 'test:pass') {
      if (data.skip || data.todo) skipped++;
      else passed++;
      yield `  ✓ ${data.name}${data.skip ? ' (skipped)' : ''}\n`;
    } else {
      failed++;
      yield `  ✗ ${data.name}\n${inspect(data.details?.error, { depth: 4 })}\n`;
    }
  }
  yield `ssr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
