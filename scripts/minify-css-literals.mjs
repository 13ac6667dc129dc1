/**
 * Minifies the text of Lit `css` tagged templates at build time (comments, indentation,
 * spaces around punctuation). Readable styles stay in the source; the shipped bytes do
 * not carry them. Used by the Vite builds and `npm run size`. Interpolations `${…}` are
 * kept as they are; only the literal parts change.
 */
const minifyCssText = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

/** Returns the source with every css`…` literal minified (or the same string if none). */
export function minifyCssLiterals(code) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = code.indexOf('css`', i);
    if (start < 0) break;
    // Only the tag itself, not e.g. `unsafecss`` or `.css``.
    const prev = code[start - 1];
    if (prev && /[\w$.]/.test(prev)) {
      out += code.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    out += code.slice(i, start + 4);
    let j = start + 4;
    let chunk = '';
    for (;;) {
      const c = code[j];
      if (c === undefined) return code; // unbalanced: leave the file alone
      if (c === '\\') {
        chunk += c + code[j + 1];
        j += 2;
      } else if (c === '`') {
        out += minifyCssText(chunk) + '`';
        j++;
        break;
      } else if (c === '$' && code[j + 1] === '{') {
        out += minifyCssText(chunk) + ' ${';
        chunk = '';
        let depth = 1;
        j += 2;
        while (depth > 0 && j < code.length) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}') depth--;
          out += code[j];
          j++;
        }
        out += ' ';
      } else {
        chunk += c;
        j++;
      }
    }
    i = j;
  }
  return out + code.slice(i);
}

/** Vite/Rolldown plugin. */
export const minifyCssLiteralsPlugin = () => ({
  name: 'egov-minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssLiterals(code), map: null };
  },
});

/** esbuild plugin (npm run size). */
export const minifyCssLiteralsEsbuild = () => ({
  name: 'egov-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(args.path, 'utf8');
      return { contents: minifyCssLiterals(code), loader: 'ts' };
    });
  },
});
