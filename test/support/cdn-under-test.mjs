/**
 * A web-test-runner plugin that serves the CDN folder, built from the current sources,
 * under several base paths (test/autoloader.test.ts). CI runs `npm test` before
 * `npm run build`, so the tests cannot read dist/cdn: the first request under one of
 * these paths runs the same build as `npm run build:cdn` (scripts/build-cdn.mjs), once
 * per test run, into node_modules/.cache (never over a developer's dist/cdn). Runs that
 * request none of these paths build nothing.
 */
import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { resolveFile } from '../../scripts/lib/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
/** Where the tests load the CDN folder from: a short path and a deep, versioned one. */
export const CDN_BASES = ['/cdn-under-test/', '/static/egov-widgets@0.1.0/dist/cdn/'];

export function cdnUnderTest() {
  const outDir = join(root, 'node_modules/.cache/egov-cdn-under-test');
  let built;
  /** The file's bytes as built, or undefined when the path is not under a CDN base. */
  const read = async (path) => {
    const base = CDN_BASES.find((b) => path.startsWith(b));
    if (!base) return undefined;
    // In a process of its own: the build's minify and lowering passes are seconds of JavaScript
    // that, run in this server's process, would stall every other test's requests meanwhile.
    built ??= new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'scripts/build-cdn.mjs'), '--out', outDir, '--quiet'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build-cdn exited with ${code}`))));
    });
    await built;
    const file = await resolveFile(outDir, path.slice(base.length));
    return file && readFile(file, 'utf8');
  };
  return {
    name: 'egov-cdn-under-test',
    async serve(context) {
      const body = await read(context.path);
      return body === undefined ? undefined : { body, type: context.path.endsWith('.json') ? 'json' : 'js' };
    },
    // The test runner's TypeScript plugin also rewrites .js files; served CDN files must
    // reach the browser byte for byte (their integrity is checked). This plugin runs last.
    async transform(context) {
      const body = await read(context.path);
      return body === undefined ? undefined : { body };
    },
  };
}
