#!/usr/bin/env node
/**
 * `dist/ssr.js` and `dist/ssr-cli.js` (the `egov-widgets` bin): the server entry, for Node.
 * Bundled by esbuild from src/ (the elements included, as the server renders them); lit,
 * @lit/*, @lit-labs/* and parse5 stay external, so Node loads lit's own server build (its
 * `node` export condition, with the DOM shim). Templates are minified exactly as in the
 * browser builds (scripts/minify-literals.mjs): hydration matches templates by a hash of
 * their strings, so the server must render the very strings the browser runs.
 *
 *   node scripts/build-ssr.mjs [--quiet]          → dist/
 *   buildSsr({ outDir, quiet })                   (the browser tests build into a cache folder)
 */
import { build } from 'esbuild';
import { minifyLiteralsEsbuild } from './minify-literals.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `templates: false` keeps the templates as written: for the dev server, which serves them so. */
export async function buildSsr({ outDir = 'dist', quiet = false, templates = true } = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: { ssr: 'src/ssr.ts', 'ssr-cli': 'src/ssr/cli.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    chunkNames: 'ssr-chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*', 'parse5', 'chart.js'],
    // The elements rely on `declare` fields (tsconfig.json's useDefineForClassFields: false).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    plugins: templates ? [minifyLiteralsEsbuild()] : [],
    logLevel: quiet ? 'warning' : 'info',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildSsr({ quiet: process.argv.includes('--quiet') });
