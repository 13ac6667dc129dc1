/**
 * Minifies the text of Lit's tagged templates at build time: `css` (comments,
 * indentation, spaces around punctuation) and `html`/`svg` (indentation and line
 * breaks). Readable templates stay in the source; the shipped bytes do not carry
 * their layout. Used by the Vite builds and `npm run size`, so what is measured is
 * what ships.
 *
 * The templates are found with the TypeScript parser, not a regular expression, so
 * nested templates inside `${…}` are minified too and a backtick in a string or a
 * regular expression cannot derail it. Only the literal parts change; expressions are
 * left byte for byte.
 *
 * HTML rule: a run of whitespace that contains a line break becomes one space. That
 * renders the same everywhere except under `white-space: pre*`, which no component
 * uses (`lint:css` would be the place to forbid it if one ever does).
 *
 * A module that writes its templates with `tight` (src/ui/tight.ts, imported
 * as `html`) has opted in to dropping such runs where they touch a tag; the same rule is
 * applied here, so the shipped strings are what `tight` would make of them at run time,
 * and the built module imports lit's `html` instead (tight.ts is not shipped).
 */
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

const minifyCss = (s, first, last) => {
  let out = s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `0.5em` → `.5em`: the same number (after a space, colon, comma or parenthesis only, so
    // a class or an id that ends in 0 is never touched).
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2');
  // Next to an interpolation one space may separate two values (`${a} ${b}`): keep it.
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
};

/**
 * Line breaks with their indentation → one space; a static attribute value of letters,
 * digits and `-` loses its quotes (`part="base"` → `part=base`: the same attribute to the
 * HTML parser). Not before `/` (it would join the value) nor next to a `${…}` binding (the
 * value is then split across literal parts, and the rule never sees both quotes).
 */
const minifyHtml = (s) => s.replace(/[ \t]*\r?\n\s*/g, ' ').replace(/(\s[\w:.?@-]+)="([\w-]+)"(?!\/)/g, '$1=$2');
/** tight.ts's rule, then the plain one for what it leaves (line breaks inside tags). */
const minifyTightHtml = (s) =>
  minifyHtml(
    s
      .replace(/^\s*\n\s*$/, '')
      .replace(/>\s*\n\s*/g, '>')
      .replace(/\s*\n\s*</g, '<'),
  );
const TIGHT_IMPORT = /import\s*\{\s*tight\s+as\s+html\s*\}/;
const TIGHT_STATEMENT = /import\s*\{\s*tight\s+as\s+html\s*\}\s*from\s*(['"])[^'"]*\/tight\.js\1;?/;

/** The literal pieces of a template, as [start, end) offsets of their raw text. */
function literalRanges(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [[template.getStart(source) + 1, template.end - 1]];
  }
  const ranges = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    const tail = ts.isTemplateTail(lit);
    ranges.push([lit.getStart(source) + 1, lit.end - (tail ? 1 : 2)]);
  }
  return ranges;
}

/** Returns the source with every css/html/svg tagged template minified. */
export function minifyLiterals(code, fileName = 'file.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const html = TIGHT_IMPORT.test(code) ? minifyTightHtml : minifyHtml;
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const kind = node.tag.text;
      const ranges = literalRanges(node.template, source);
      ranges.forEach(([start, end], i) => {
        const raw = code.slice(start, end);
        const min = kind === 'css' ? minifyCss(raw, i === 0, i === ranges.length - 1) : kind === 'html' ? html(raw) : minifyHtml(raw);
        if (min !== raw) edits.push([start, end, min]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  // Its templates are now what `tight` would make of them at run time, so lit's own
  // `html` renders the same: tight.ts need not ship with the built module.
  if (html === minifyTightHtml) out = out.replace(TIGHT_STATEMENT, "import { html } from 'lit';");
  return out;
}

const isSource = (id) => /\/src\/.*\.ts$/.test(id);

/** Vite/Rolldown plugin (runs before the TypeScript transform). */
export const minifyLiteralsPlugin = () => ({
  name: 'egov-minify-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!isSource(id)) return null;
    const out = minifyLiterals(code, id);
    return out === code ? null : { code: out, map: null };
  },
});

/** esbuild plugin (npm run size). */
export const minifyLiteralsEsbuild = () => ({
  name: 'egov-minify-literals',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(args.path, 'utf8');
      return { contents: minifyLiterals(code, args.path), loader: 'ts' };
    });
  },
});
