/**
 * The component styles as the CSS lints read them: every css`…` tagged literal in the
 * TypeScript under src/ (generated files left out), with the line it starts on.
 * Used by scripts/check-logical-css.mjs (`npm run lint:css`) and scripts/lint-compat.mjs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'generated') yield* tsFiles(p);
    } else if (p.endsWith('.ts')) yield p;
  }
}

/** @returns {Generator<{ file: string, startLine: number, css: string }>} the literal's text between its backticks */
export function* cssLiterals(srcDir) {
  for (const file of tsFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?<![\w$.])css`([\s\S]*?)`/g)) {
      yield { file, startLine: text.slice(0, m.index).split('\n').length, css: m[1] };
    }
  }
}
