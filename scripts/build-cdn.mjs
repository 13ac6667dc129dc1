#!/usr/bin/env node
/**
 * `npm run build:cdn` (and the CDN step of `npm run build`): writes dist/cdn/ with the
 * two builds of vite.cdn.config.ts, the all-in-one `egov-widgets.js` first (it empties
 * the folder), then `autoloader.js` and its chunks; then `integrity.json`, the
 * Subresource Integrity value (sha384) of every file in the folder, for pinned
 * `<script integrity>` tags and an import map's `integrity` (README: "Embed with one
 * script tag").
 *
 * `--out DIR` writes elsewhere (the tests build their own copy); `--quiet` prints warnings only.
 */
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The SRI value of each file under `dir` (paths relative to it, sorted). */
export function integrityOf(dir) {
  const out = {};
  const walk = (sub) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (rel !== 'integrity.json')
        out[rel] = `sha384-${createHash('sha384')
          .update(readFileSync(join(dir, rel)))
          .digest('base64')}`;
    }
  };
  walk('');
  return out;
}

export async function buildCdn({ outDir = join(root, 'dist/cdn'), quiet = false } = {}) {
  for (const mode of ['production', 'autoloader']) {
    await build({
      root,
      configFile: join(root, 'vite.cdn.config.ts'),
      mode,
      logLevel: quiet ? 'warn' : 'info',
      build: { outDir },
    });
  }
  const files = integrityOf(outDir);
  writeFileSync(join(outDir, 'integrity.json'), JSON.stringify(files, null, 2) + '\n');
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : undefined;
  const files = await buildCdn({ outDir, quiet: process.argv.includes('--quiet') });
  console.log(`build-cdn: ${Object.keys(files).length} files, their sha384 in ${outDir ?? 'dist/cdn'}/integrity.json`);
}
