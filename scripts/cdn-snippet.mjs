#!/usr/bin/env node
/**
 * `npm run cdn:snippet -- <base URL>` (after `npm run build`): prints the pinned embed for
 * the CDN folder served at that URL (README: "Embed with one script tag"): an import map
 * whose `integrity` covers every chunk the autoloader may import, and the autoloader's
 * script tag with `integrity` and `crossorigin`. Values come from dist/cdn/integrity.json.
 * Also prints the CSP source that allows this inline import map (`'sha256-…'`).
 *
 *   npm run cdn:snippet -- https://cdn.jsdelivr.net/npm/egov-widgets@0.1.0/dist/cdn/
 *   npm run cdn:snippet -- /assets/egov-widgets/0.1.0/
 *   npm run cdn:snippet -- /assets/egov-widgets/0.1.0/ egov-widgets.js   (the all-in-one file)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** The two tags for the folder at `base`, from an integrity map (file → sha384-…). */
export function snippet(base, integrity, entry = 'autoloader.js') {
  const dir = base.endsWith('/') ? base : `${base}/`;
  // Every chunk either entry may import (not the entries: a script tag carries their integrity).
  const chunks = Object.keys(integrity).filter((f) => f.endsWith('.js') && f !== 'autoloader.js' && f !== 'egov-widgets.js');
  const map = JSON.stringify({ integrity: Object.fromEntries(chunks.map((f) => [dir + f, integrity[f]])) }, null, 2);
  const csp = `'sha256-${createHash('sha256').update(map).digest('base64')}'`;
  return {
    importMap: `<script type="importmap">\n${map}\n</script>`,
    script: `<script type="module" src="${dir}${entry}" integrity="${integrity[entry]}" crossorigin="anonymous"></script>`,
    csp,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: npm run cdn:snippet -- <base URL of the CDN folder>');
    process.exit(1);
  }
  const integrity = JSON.parse(readFileSync(`${root}dist/cdn/integrity.json`, 'utf8'));
  const s = snippet(base, integrity, process.argv[3] ?? 'autoloader.js');
  console.log(`${s.importMap}\n${s.script}`);
  console.error(`\nUnder a Content-Security-Policy, allow this import map with ${s.csp} in script-src.`);
}
