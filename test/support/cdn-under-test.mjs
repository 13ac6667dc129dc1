/**
 * A web-test-runner plugin that serves the CDN folder, built from the current sources,
 * under several base paths (test/autoloader.test.ts). CI runs `npm test` before
 * `npm run build`, so the tests cannot read dist/cdn: the first request under one of
 * these paths runs the same build as `npm run build:cdn` (scripts/build-cdn.mjs), once
 * per test run, into node_modules/.cache (never over a developer's dist/cdn). Runs that
 * request none of these paths build nothing.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
/** Where the tests load the CDN folder from: a short path and a deep, versioned one. */
export const CDN_BASES = ['/cdn-under-test/', '/static/egov-widgets@0.1.0/dist/cdn/'];

export function cdnUnderTest() {
  const outDir = join(root, 'node_modules/.cache/egov-cdn-under-test');
  let built;
  return {
    name: 'egov-cdn-under-test',
    async serve(context) {
      const base = CDN_BASES.find((b) => context.path.startsWith(b));
      if (!base) return undefined;
      built ??= import('../../scripts/build-cdn.mjs').then((m) => m.buildCdn({ outDir, quiet: true }));
      await built;
      const rel = normalize(context.path.slice(base.length));
      if (rel.startsWith('..')) return undefined;
      try {
        const body = await readFile(join(outDir, rel), 'utf8');
        return { body, type: rel.endsWith('.json') || rel.endsWith('.map') ? 'json' : 'js' };
      } catch {
        return undefined;
      }
    },
  };
}
