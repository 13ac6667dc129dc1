/**
 * Lit's hydration support as a lazy chunk of `egov-widgets.js` that holds no lit of its own
 * (the all-in-one build of vite.cdn.config.ts; src/hydrate-on-demand.ts loads it on pages with
 * server-rendered widgets). A chunk that imported lit would make the bundler move lit out of
 * the all-in-one file into a shared chunk every page loads; one that bundled lit would hydrate
 * with a second copy. So the support is bundled here with every lit module it imports left out,
 * and shipped as a function of those imports:
 *
 *   - `egov:hydrate-support` (the lazy chunk): `export default function ([render, …]) { <support> }`;
 *   - `egov:lit-parts` (in the file): `export default [render, …]`, the same names from its own lit,
 *     in the same order (both are written from the one list of imports the bundle has).
 *
 * It also stands in for src/hydrate.ts (the npm entry's eager support) where src/index.ts imports it.
 */
import { rolldown } from 'rolldown';

const SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';
/** lit-html's modules, from outside (`lit-html/…`) or inside the package (`./lit-html.js`), except the SSR internals' adapter. */
const isLit = (source, importer) =>
  (/^lit-html(\/|$)/.test(source) || (importer && /[\\/]node_modules[\\/]lit-html[\\/]/.test(importer) && source.startsWith('.'))) &&
  !/private-ssr-support\.js$/.test(source);

/** The support bundled with lit left out: its imports ([local name, module, imported name]) and its code. */
async function bundleSupport(root) {
  const bundle = await rolldown({
    input: SUPPORT,
    cwd: root,
    logLevel: 'silent',
    resolve: { conditionNames: ['browser', 'import', 'default'] },
    plugins: [
      {
        name: 'egov-lit-outside',
        resolveId(source, importer) {
          if (!isLit(source, importer)) return null;
          // `./lit-html.js` inside lit-html is the package's main module.
          const id = source.startsWith('.')
            ? `lit-html/${source.replace(/^\.\//, '')}`.replace(/^lit-html\/lit-html\.js$/, 'lit-html')
            : source;
          return { id, external: true };
        },
      },
    ],
  });
  const { code } = (await bundle.generate({ format: 'esm', comments: false })).output[0];
  await bundle.close();
  const imports = [];
  const body = code.replace(/^import \{([^}]*)\} from "([^"]+)";\n/gm, (_, names, from) => {
    for (const n of names.split(',')) {
      const [name, local = name] = n.trim().split(/\s+as\s+/);
      imports.push({ local, from, name });
    }
    return '';
  });
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`hydration-chunk: ${SUPPORT} bundled to an import or export it cannot carry`);
  return { imports, body };
}

/** @returns {import('vite').Plugin} */
export function hydrationChunkPlugin() {
  let root;
  let support;
  const bundled = () => (support ??= bundleSupport(root));
  return {
    name: 'egov-hydration-chunk',
    // Before Vite's own resolver, which would resolve `./hydrate.js` first.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      // As paths, so the lazy chunk is named after the file (`hydrate-support-<hash>.js`).
      if (source === 'egov:lit-parts' || source === 'egov:hydrate-support') return `\0${source.replace(':', '/')}.js`;
      // The npm entry's eager support, where src/index.ts imports it first.
      if (source === './hydrate.js' && importer && /[\\/]src[\\/]index\.ts$/.test(importer))
        return this.resolve('./hydrate-on-demand.ts', importer, { skipSelf: true });
      return null;
    },
    async load(id) {
      if (id === '\0egov/lit-parts.js') {
        const { imports } = await bundled();
        const names = imports.map((_, i) => `p${i}`);
        return (
          imports.map((b, i) => `import { ${b.name} as ${names[i]} } from ${JSON.stringify(b.from)};`).join('\n') +
          `\nexport default [${names.join(', ')}];\n`
        );
      }
      if (id === '\0egov/hydrate-support.js') {
        const { imports, body } = await bundled();
        return `export default function ([${imports.map((b) => b.local).join(', ')}]) {\n${body}\n}\n`;
      }
      return null;
    },
  };
}
