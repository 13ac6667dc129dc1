#!/usr/bin/env node
/**
 * Keeps translations in step with the code, in one command (`npm run i18n`):
 *   1. `lit-localize extract` collects every msg() into locales/en.xlf;
 *   2. targets are filled from locales/en/*.json, one file per area, keyed by the
 *      Persian source with `{0}`, `{1}` … where the code has `${…}` expressions;
 *   3. `lit-localize build` writes src/generated/locales/*.ts for runtime mode, and
 *      their `import {str} from '@lit/localize'` is replaced by the same three-line
 *      function: a lazily loaded locale then shares no module with the code that loads
 *      it, so the CDN build stays one file (plus its lazy chunks) instead of splitting
 *      @lit/localize into a chunk of its own.
 * With --check it fails when any message has no English (CI and `npm test` use it).
 * A directory lock lets several people (or processes) run it at once.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const xlf = join(root, 'locales/en.xlf');
const jsonDir = join(root, 'locales/en');
const lock = join(root, 'locales/.lock');
const check = process.argv.includes('--check');
const quiet = process.argv.includes('--quiet');
const bin = join(root, 'node_modules/.bin/lit-localize');

function withLock(fn) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than a minute is left over from a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() - started > 120_000) throw new Error('i18n: could not take locales/.lock');
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<x id="0" equiv-text="${n}"/>` → `{0}`; keeps the placeholder elements to put back. */
function toKey(source) {
  const placeholders = [];
  const key = source.replace(/<x id="(\d+)"[^>]*\/>/g, (m, id) => {
    placeholders[Number(id)] = m;
    return `{${id}}`;
  });
  return { key: decode(key), placeholders };
}

function loadTranslations() {
  const all = new Map();
  for (const f of readdirSync(jsonDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const map = JSON.parse(readFileSync(join(jsonDir, f), 'utf8'));
    for (const [fa, en] of Object.entries(map)) all.set(fa.normalize('NFC'), en);
  }
  return all;
}

const STR_IMPORT = "import {str} from '@lit/localize';";
const STR_INLINE = [
  "// egov-widgets: @lit/localize's `str`, inlined by scripts/i18n.mjs (see there why).",
  'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
].join('\n');

function inlineStrTag() {
  const dir = join(root, 'src/generated/locales');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const file = join(dir, f);
    const text = readFileSync(file, 'utf8');
    if (text.includes(STR_IMPORT)) writeFileSync(file, text.replace(STR_IMPORT, STR_INLINE));
  }
}

withLock(() => {
  execFileSync(bin, ['extract'], { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
  const translations = loadTranslations();
  const missing = [];
  let text = readFileSync(xlf, 'utf8');
  text = text.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (m, id, source) => {
    const { key, placeholders } = toKey(source);
    const en = translations.get(key.normalize('NFC'));
    if (en === undefined) {
      missing.push(key);
      return `<trans-unit id="${id}">\n  <source>${source}</source>`;
    }
    const target = encode(en).replace(/\{(\d+)\}/g, (_, i) => placeholders[Number(i)] ?? `{${i}}`);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
  });
  writeFileSync(xlf, text);
  execFileSync(bin, ['build'], { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
  inlineStrTag();
  if (missing.length) {
    console.error(`i18n: ${missing.length} message(s) have no English in locales/en/*.json:`);
    for (const k of missing) console.error(`  ${JSON.stringify(k)}`);
    if (check) process.exit(1);
  } else if (!quiet) {
    console.log('i18n: every message has an English translation');
  }
});
