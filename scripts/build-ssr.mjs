#!/usr/bin/env node
/**
 * `dist/ssr.js` and `dist/ssr-cli.js` (the `egov-widgets` bin): the server entry, for Node.
 * Bundled by esbuild from src/ (the elements included, as the server renders them); lit,
 * @lit/*, @lit-labs/* and parse5 stay external, so Node loads lit's own server build (its
 * `node` export condition, with the DOM shim).
 */
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
await build({
  absWorkingDir: root.pathname,
  entryPoints: { ssr: 'src/ssr.ts', 'ssr-cli': 'src/ssr/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'ssr-chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*', 'parse5', 'chart.js'],
  // The elements' decorators-free classes rely on `declare` fields (tsconfig's useDefineForClassFields: false).
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  logLevel: process.argv.includes('--quiet') ? 'warning' : 'info',
});
