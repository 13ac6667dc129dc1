/**
 * The docs page of every element (`tags: ['autodocs']` in .storybook/preview.ts): what it
 * is for, a live example in fa and in en, the tables from custom-elements.json, the
 * copy-paste snippets for an agency page and for npm, and links to its states.
 */
import { Fragment, useCallback, useContext, type ReactNode } from 'react';
import { Controls, Description, DocsContext, Primary, Source, Title, useOf } from '@storybook/addon-docs/blocks';
import type { TemplateResult } from 'lit';
import { TOKENS } from '../../.storybook/theme.js';
import { LiveLit } from './live.js';
import {
  agencySnippet,
  attributesFromArgs,
  elementByTag,
  elementTag,
  eventDetail,
  npmSnippet,
  publicProperties,
  type CemElement,
} from './manifest.js';

/** Manifest text as React text: backtick spans become code, nothing else is markup. */
export function Text({ children }: { children?: string }) {
  const parts = (children ?? '').split(/`([^`]*)`/);
  return <>{parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : <Fragment key={i}>{p}</Fragment>))}</>;
}

const cell = {
  border: '1px solid #d0d7de',
  padding: '0.35em 0.6em',
  verticalAlign: 'top',
  textAlign: 'start',
  overflowWrap: 'anywhere',
} as const;

function Table({ id, title, head, rows, empty }: { id: string; title: string; head: string[]; rows: ReactNode[][]; empty: string }) {
  return (
    <section data-table={id}>
      <h3 id={`${id}-table`}>{title}</h3>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: 14 }}>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} style={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j} style={cell}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const code = (t?: string) => (t ? <code>{t}</code> : '');
/** A default too long for a table cell (an initialiser, not a value) is left out. */
const shortDefault = (t?: string) => (t && t.length <= 40 ? code(t) : '');

export function ElementTables({ el }: { el: CemElement }) {
  const attrs = el.attributes ?? [];
  const props = publicProperties(el);
  return (
    <>
      <Table
        id="attributes"
        title="Attributes and properties"
        head={['Attribute', 'Property', 'Type', 'Default', 'Description']}
        rows={[
          ...attrs.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), shortDefault(a.default), <Text>{a.description}</Text>]),
          // Documented properties without an attribute (undocumented fields are internal).
          ...props
            .filter((p) => !p.attribute && p.description)
            .map((p) => ['', code(p.name), code(p.type?.text), shortDefault(p.default), <Text>{p.description}</Text>]),
        ]}
        empty="None."
      />
      <Table
        id="events"
        title="Events"
        head={['Event', 'detail', 'When']}
        rows={(el.events ?? []).map((e) => [code(e.name), <Text>{eventDetail(e)}</Text>, <Text>{e.description}</Text>])}
        empty="None."
      />
      <Table
        id="slots"
        title="Slots"
        head={['Slot', 'Description']}
        rows={(el.slots ?? []).map((s) => [code(s.name || '(default)'), <Text>{s.description}</Text>])}
        empty="None."
      />
      <Table
        id="parts"
        title="CSS parts (::part)"
        head={['Part', 'Description']}
        rows={(el.cssParts ?? []).map((p) => [code(p.name), <Text>{p.description}</Text>])}
        empty="None."
      />
      <Table
        id="css-properties"
        title="CSS custom properties"
        head={['Property', 'Default', 'Description']}
        rows={(el.cssProperties ?? []).map((p) => [code(p.name), shortDefault(p.default), <Text>{p.description}</Text>])}
        empty="None."
      />
    </>
  );
}

type Render = (args: Record<string, unknown>) => TemplateResult;

interface StoryInfo {
  id: string;
  name: string;
  initialArgs: Record<string, unknown>;
  originalStoryFn: Render;
}

export function ElementPage() {
  const { csfFile } = useOf('meta', ['meta']);
  const docs = useContext(DocsContext);
  const meta = csfFile.meta as { component?: string; argTypes?: Record<string, unknown> };
  const tag = typeof meta.component === 'string' ? meta.component : '';
  const el = elementByTag(tag);
  // In file order (csfFile.stories is keyed by id).
  const stories = docs.componentStories() as unknown as StoryInfo[];
  const first = stories[0];
  const args = first?.initialArgs ?? {};
  const template = useCallback(() => (first ? first.originalStoryFn(args) : (document.createElement(tag) as HTMLElement)), [first?.id]);
  const html = el ? elementTag(tag, attributesFromArgs(el, args)) : `<${tag}></${tag}>`;
  // The story's own controls and the theme tokens; the manifest's full API is in the tables below.
  const controls = [...Object.keys(meta.argTypes ?? {}), ...TOKENS.map((t) => t.name)];
  return (
    <>
      <Title />
      {el?.summary && (
        <p style={{ fontSize: 18 }}>
          <Text>{el.summary}</Text>
        </p>
      )}
      <Description of="meta" />
      {el?.description && (
        <p>
          <Text>{el.description}</Text>
        </p>
      )}
      <p>
        <code>&lt;{tag}&gt;</code> ·{' '}
        <a href="./?path=/docs/embed-builder--docs" target="_top">
          Embed builder / سازنده کد جاسازی
        </a>
      </p>

      <h2 id="live">Live example · نمونه زنده</h2>
      <LiveLit template={template} locale="fa" label="فارسی (RTL)" />
      <LiveLit template={template} locale="en" label="English (LTR)" />

      <h2 id="playground">Playground</h2>
      <p>The first story with its controls; the toolbar switches locale, colour scheme and viewport.</p>
      <Primary />
      <Controls include={controls} />

      <h2 id="api">API (custom-elements.json)</h2>
      {el ? <ElementTables el={el} /> : <p>Not in custom-elements.json: run npm run analyze.</p>}

      <h2 id="snippets">Copy and paste</h2>
      <h3 id="snippet-agency">On an agency page (one script tag)</h3>
      <Source language="html" code={agencySnippet(html)} dark={false} />
      <h3 id="snippet-npm">From npm</h3>
      <Source language="html" code={npmSnippet(tag, html)} dark={false} />

      <h2 id="states">States · حالت‌ها</h2>
      <ul data-states="">
        {stories.map((s) => (
          <li key={s.id}>
            <a href={`./?path=/story/${s.id}`} target="_top">
              {s.name}
            </a>{' '}
            ·{' '}
            <a href={`./?path=/story/${s.id}&globals=locale:en`} target="_top">
              en
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
