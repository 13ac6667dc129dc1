#!/usr/bin/env node
/**
 * `npm run new:element <name> [-- --fa "نام" --en "Name"]`: a sixth element that works and
 * passes every check, to grow from (CONTRIBUTING "A new element"). `<name>` is kebab-case;
 * the tag is `egov-<name>`. It reads `GET /<name>/{id}` from the reference API (a route, a
 * fixture with id `sample` and an OpenAPI path are added) and shows the record's title.
 *
 * New files: src/<name>.ts (the entry), src/<name>/<name>.ts, .styles.ts, .data.ts,
 * stories/<name>.stories.ts, test/<name>.test.ts, docs/elements/<name>.md,
 * dev/elements/<name>.html, locales/en/<name>.json, dev/api/data/<name>.mjs.
 * Lists it joins: elements.registry.mjs (then `npm run registry` rewrites the generated
 * blocks), src/events.ts, src/element-props.ts, package.json (exports, sideEffects),
 * dev/before-defined.css and README "Before the script loads", dev/csp.html,
 * dev/api/routes.mjs and openapi.json, and the example apps. Then it runs `npm run i18n`
 * and `npm run readme`. Nothing is written when the name is taken.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_ELEMENTS } from '../elements.registry.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (k) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const name = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name) || name.startsWith('egov-')) {
  console.error(
    'usage: npm run new:element <name> [-- --fa "نام فارسی" --en "English name"]\n  <name>: kebab-case with a dash (the tag is egov-<name>), e.g. office-hours',
  );
  process.exit(2);
}
const tag = `egov-${name}`;
if (ALL_ELEMENTS.some((e) => e.name === name || e.tag === tag) || existsSync(join(root, 'src', name))) {
  console.error(`new:element: ${name} exists already`);
  process.exit(1);
}
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const cls = `Egov${pascal}`;
const type = `${pascal}Record`;
const en = opt('--en') ?? name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const fa = opt('--fa') ?? en;
const TITLE = `نمونهٔ ${fa}`;

const files = {};
const write = (f, text) => (files[f] = text);
const edit = (f, change) => {
  const before = files[f] ?? readFileSync(join(root, f), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`new:element: could not add ${name} to ${f} (its layout changed?)`);
  files[f] = after;
};
/** Inserts `text` before the first `anchor` (a string or regex) found after `from`. */
const before =
  (anchor, text, from = '') =>
  (s) => {
    const start = from ? s.indexOf(from) : 0;
    if (start < 0) return s;
    const rest = s.slice(start);
    const m = typeof anchor === 'string' ? { index: rest.indexOf(anchor) } : anchor.exec(rest);
    if (!m || m.index < 0) return s;
    return s.slice(0, start + m.index) + text + s.slice(start + m.index);
  };

// The element.
write(
  `src/${name}/${name}.data.ts`,
  `/**
 * One ${en} record (\`GET /${name}/{id}\`, \`dev/api/openapi.json\`): its shape, checked at runtime.
 */
import { id, obj, text, type Checked } from '../core/validate.js';

export const recordCheck = obj({ id, title: text });
export type ${type} = Checked<typeof recordCheck>;
`,
);
write(
  `src/${name}/${name}.styles.ts`,
  `import { css } from 'lit';

/** What only <${tag}> needs; the shared look is src/ui/styles.ts. */
export const styles = css\`
  .label {
    margin-block: 0;
    color: var(--egov-color-muted, #57606a);
  }
\`;
`,
);
write(
  `src/${name}/${name}.ts`,
  `import { html } from 'lit';
import { msg } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderState } from '../ui/states.js';
import { baseStyles } from '../ui/styles.js';
import { heading } from '../ui/heading.js';
import { define } from '../core/define.js';
import { recordCheck, type ${type} } from './${name}.data.js';
import { styles } from './${name}.styles.js';

/**
 * A ${en} record by its id, from \`GET /${name}/{id}\`.
 *
 * @summary ${en}.
 *
 * @csspart base - The root wrapper (carries \`lang\`, \`dir\`, \`aria-busy\`).
 * @csspart label - What the widget shows.
 * @csspart title - The record's title.
 * @csspart loading - Loading skeleton.
 * @csspart error - Error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart not-found - Not-found panel.
 *
 * @event egov-load - The record was loaded (or given) and is valid; \`detail\` is the record.
 * @event egov-error - Loading failed; \`detail\` is \`{ kind, status?, path? }\`.
 */
export class ${cls} extends EgovElement<${type}> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    recordId: { attribute: 'record-id' },
    record: { attribute: false },
  };

  /** The id to read from \`GET /${name}/{id}\`. */
  declare recordId: string | undefined;
  /** The record itself (no request is made); validated like fetched data. */
  declare record: unknown;

  readonly data: ApiController<${type}> = new ApiController(this, {
    path: () => (this.recordId ? \`/${name}/\${encodeURIComponent(this.recordId.trim())}\` : undefined),
    value: () => this.record,
    check: recordCheck,
  });

  protected override renderContent(): unknown {
    return renderState(
      this.data,
      (r) => html\`<p class="label" part="label">\${msg('${fa.replace(/'/g, "\\'")}')}</p>
        \${heading(this.heading, r.title, '', 'title', '', 'auto')}\`,
    );
  }
}
define('${tag}', ${cls});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}
`,
);
write(
  `src/${name}.ts`,
  `/** \`<${tag}>\`: importing this module defines the element. */
export { ${cls} } from './${name}/${name}.js';
export type { ${type} } from './${name}/${name}.data.js';
`,
);
write(`locales/en/${name}.json`, JSON.stringify({ [fa]: en }, null, 2) + '\n');

// Its story, test, README section and demo page.
write(
  `stories/${name}.stories.ts`,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ${cls} } from '../src/${name}.js';

interface Args {
  apiBase?: string;
  recordId?: string;
  record?: unknown;
}

/** A ${en} record by its id, from the reference API (sample data). Switch Persian/English in the toolbar. */
const meta: Meta<Args> = {
  title: 'Widgets/${en}',
  component: '${tag}',
  render: (a) => html\`<${tag} api-base=\${ifDefined(a.apiBase)} record-id=\${ifDefined(a.recordId)} .record=\${a.record}></${tag}>\`,
  args: { recordId: 'sample' },
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    recordId: { control: 'text', description: 'Record id (sample)' },
    record: { control: 'object', description: 'Property mode: the record, nothing fetched' },
  },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: ${cls}.name },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Given: Story = { args: { recordId: undefined, record: { id: 'given', title: 'داده‌ای که صفحه دارد' } } };
export const NotFound: Story = { args: { recordId: 'none' } };
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout' } };
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };
export const NetworkError: Story = { args: { apiBase: '/api/_fault/network' } };
export const NotJson: Story = { args: { apiBase: '/api/_fault/html' } };
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid' } };
`,
);
write(
  `test/${name}.test.ts`,
  `import { expect, fixture, html } from '@open-wc/testing';
import '../src/${name}.js';
import type { ${cls} } from '../src/${name}.js';
import { apiSession, nextEvent, q, until } from './support/helpers.js';

const TITLE = '${TITLE}';
const open = (base: string, id: string, lang = 'fa') =>
  fixture<${cls}>(html\`<${tag} api-base=\${base} record-id=\${id} lang=\${lang}></${tag}>\`);

describe('<${tag}>', () => {
  it('shows the record from the API, right to left in Persian, with one request', async () => {
    const s = apiSession();
    const el = await open(s.base(), 'sample');
    await until(() => q(el, '[part="title"]'), 'no title');
    expect(q(el, '[part="title"]')!.textContent).to.equal(TITLE);
    expect(q(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect((await s.stats()).total).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('speaks English in English, left to right', async () => {
    const el = await open(apiSession().base(), 'sample', 'en');
    await until(() => q(el, '[part="title"]'), 'no title');
    expect(q(el, '[part="label"]')!.textContent).to.equal(${JSON.stringify(en)});
    expect(q(el, '[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('fires egov-load with the record', async () => {
    const s = apiSession();
    const el = document.createElement('${tag}');
    el.setAttribute('api-base', s.base());
    el.setAttribute('record-id', 'sample');
    const loaded = nextEvent<{ title: string }>(el, 'egov-load');
    document.body.append(el);
    try {
      expect((await loaded).detail.title).to.equal(TITLE);
    } finally {
      el.remove();
    }
  });

  it('says so when there is no such record, and on a server error offers a retry', async () => {
    const s = apiSession();
    const missing = await open(s.base(), 'none');
    await until(() => q(missing, '[part~="not-found"]'), 'no not-found panel');
    const failing = await open(s.base('500'), 'sample');
    await until(() => q(failing, '[part="retry-button"]'), 'no retry button');
    await expect(failing).to.be.accessible();
  });
});
`,
);
write(
  `docs/elements/${name}.md`,
  `## \`<${tag}>\`: ${en}

\`\`\`html
<script type="module" src="https://cdn.example/egov-widgets/dist/cdn/autoloader.js"></script>
<${tag} record-id="sample"></${tag}>
\`\`\`

Reads \`GET /${name}/{id}\` (\`dev/api/openapi.json\`) and shows the record's title.

| Attribute / property | What it does |
| --- | --- |
| \`record-id\` | The id to read. |
| \`record\` (property) | The record itself: nothing is fetched. |
| \`api-base\`, \`heading-level\` | As every element (README "Configure the API", "Headings"). |

Events: \`egov-load\` (\`detail\`: the record), \`egov-error\`. Parts: \`base\`, \`label\`, \`title\`, and the shared
\`loading\`, \`error\`, \`retry-button\`, \`not-found\`.
`,
);
write(
  `dev/elements/${name}.html`,
  `<!doctype html>
<html lang="fa" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${tag} — ${fa}</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
    <script type="module" src="/src/${name}.ts"></script>
    <link rel="stylesheet" href="./elements.css" />
  </head>
  <body>
    <h1>&lt;${tag}&gt;</h1>
    <div lang="fa" dir="rtl"><${tag} record-id="sample"></${tag}></div>
    <div lang="en" dir="ltr"><${tag} record-id="sample"></${tag}></div>
    <div lang="fa" dir="rtl"><${tag} record-id="none"></${tag}></div>
    <div lang="fa" dir="rtl"><${tag} api-base="/api/_fault/500" record-id="sample"></${tag}></div>
  </body>
</html>
`,
);

// The reference API: a fixture, a route, the OpenAPI path.
write(
  `dev/api/data/${name}.mjs`,
  `/** The ${en} records of the reference API (\`GET /${name}/{id}\`): sample data. */
/** @type {Record<string, { id: string, title: string }>} */
const RECORDS = { sample: { id: 'sample', title: '${TITLE}' } };

/** @param {string} id */
export const find${pascal} = (id) => RECORDS[id];
`,
);
edit('dev/api/routes.mjs', (s) =>
  before(
    "    case 'openapi.json':",
    `    case '${name}':\n      if (rest.length === 1) {\n        const record = find${pascal}(rest[0]);\n        return record ? { status: 200, body: record } : notFound(\`no ${name} record with id "\${rest[0]}"\`);\n      }\n      break;\n`,
  )(before('\n/**', `import { find${pascal} } from './data/${name}.mjs';\n`, 'import { findInquiry }')(s)),
);
edit('dev/api/openapi.json', (s) => {
  const doc = JSON.parse(s);
  doc.paths[`/${name}/{id}`] = {
    get: {
      summary: `One ${en} record`,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The record', content: { 'application/json': { schema: { $ref: `#/components/schemas/${type}` } } } },
        404: { description: 'No record with this id', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    },
  };
  doc.components.schemas[type] = {
    type: 'object',
    required: ['id', 'title'],
    additionalProperties: false,
    properties: { id: { type: 'string' }, title: { type: 'string' } },
  };
  return JSON.stringify(doc, null, 2) + (s.endsWith('\n') ? '\n' : '');
});

// The lists the registry checks.
const entry = `  {
    tag: '${tag}',
    name: '${name}',
    className: '${cls}',
    loader: '${name}.js',
    names: { fa: ${JSON.stringify(fa)}, en: ${JSON.stringify(en)} },
    data: 'record',
    events: ['egov-load', 'egov-error'],
    reactTypes: ['${type}'],
    preset: { 'record-id': 'sample' },
    budget: 19.0,
  },
`;
edit('elements.registry.mjs', before('  // new:element inserts here', entry));
edit('src/events.ts', (s) =>
  before(
    '\n}',
    `\n  '${tag}': EgovDataEvents<${type}>;`,
    'export interface EgovElementEvents {',
  )(before('\n\n', `\nimport type { ${type} } from './${name}.js';`, 'import type { EgovStatusChangeDetail')(s)),
);
edit('src/element-props.ts', (s) =>
  before(
    '\n}',
    `\n  '${tag}': Shared & { recordId?: string; record?: ${type} };`,
    'export interface EgovElementProps {',
  )(before('\n', `\nimport type { ${type} } from './${name}.js';`, 'import type { Inquiry }')(s)),
);
edit('package.json', (s) => {
  const pkg = JSON.parse(s);
  const exports = {};
  for (const [k, v] of Object.entries(pkg.exports)) {
    if (k === './provider.js') exports[`./${name}.js`] = { types: `./dist/types/${name}.d.ts`, default: `./dist/${name}.js` };
    exports[k] = v;
  }
  pkg.exports = exports;
  pkg.sideEffects.splice(pkg.sideEffects.indexOf('./dist/provider.js'), 0, `./dist/${name}.js`);
  return JSON.stringify(pkg, null, 2) + '\n';
});
const placeholder = (s) =>
  before(
    ' {\n  display: block;',
    `,\n${tag}:not(:defined)`,
  )(s)
    .replace(/(egov-inquiry-tracker:not\(:defined\) \{ min-block-size: 26em; \}\n)/, `$1${tag}:not(:defined) { min-block-size: 8em; }\n`)
    .replace(
      /( {2}egov-inquiry-tracker:not\(:defined\) \{ min-block-size: 48em; \}\n)/,
      `$1  ${tag}:not(:defined) { min-block-size: 10em; }\n`,
    );
edit('dev/before-defined.css', placeholder);
edit('README.md', (s) => {
  const [head, rest] = s.split('\n## Before the script loads');
  return `${head}\n## Before the script loads${placeholder(rest)}`;
});
edit('dev/csp.html', before('      </egov-provider>', `        <section class="block"><${tag} record-id="sample"></${tag}></section>\n`));

// The example apps show every element.
const htmlLine = `      <${tag} record-id="sample"></${tag}>\n`;
edit('examples/html/index.html', before('    </egov-provider>', htmlLine));
edit('examples/html/autoloader.html', before('    </egov-provider>', htmlLine));
edit('examples/html/app.js', before("  else if (tag === 'egov-service-list')", `  else if (tag === '${tag}') add(tag, d.title);\n`));
edit('examples/react/src/App.tsx', (s) =>
  before(
    '      </main>',
    `        <${cls} recordId="sample" onEgovLoad={(e) => add('${tag}', e.detail.title)} />\n`,
  )(before('  EgovMaturityGauge,', `  ${cls},\n`)(s)),
);
edit(
  'examples/vue/src/App.vue',
  before('    </main>', `      <${tag} record-id="sample" @egov-load="(e) => add('${tag}', e.detail.title)" />\n`),
);

for (const [f, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, f)), { recursive: true });
  writeFileSync(join(root, f), text);
}
const run = (script, ...a) => execFileSync('node', [join(root, 'scripts', script), ...a], { cwd: root, stdio: 'inherit' });
// Written as Prettier writes them, so `npm run verify`'s format step passes on a new element
// (ignored files, such as the HTML pages, are left as written).
const format = (list) =>
  execFileSync('npx', ['prettier', '--write', '--log-level=warn', '--ignore-unknown', ...list], { cwd: root, stdio: 'inherit' });
format(Object.keys(files));
run('registry.mjs');
execFileSync('npm', ['run', 'analyze', '--silent'], { cwd: root, stdio: 'inherit' });
run('i18n.mjs');
run('readme.mjs');
format(['README.md', 'src/index.ts', 'src/autoloader.ts', 'src/react.ts', 'test/stories-a11y.test.ts']);
console.log(`new:element: <${tag}> (${cls}): ${Object.keys(files).length} files written or edited, the generated blocks rewritten.
Next: its page budget in elements.registry.mjs after \`npm run build && npm run size\`, its words, its data; then
  npm run check:registry && npx tsc --noEmit -p tsconfig.json && EGOV_ENGINES=chromium npx wtr --files test/${name}.test.ts`);
