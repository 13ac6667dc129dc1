/**
 * Reading custom-elements.json (written by `npm run analyze` from the elements' JSDoc) for
 * the docs pages and the embed builder, and writing the copy-paste snippets.
 */
/// <reference types="vite/client" />
import manifestJson from '../../custom-elements.json';

export interface CemType {
  text?: string;
}
export interface CemAttribute {
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  fieldName?: string;
}
export interface CemMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: CemType;
  default?: string;
  description?: string;
  attribute?: string;
}
export interface CemEvent {
  name: string;
  type?: CemType;
  description?: string;
}
export interface CemNamed {
  name: string;
  description?: string;
}
export interface CemElement {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: CemEvent[];
  slots?: CemNamed[];
  cssParts?: CemNamed[];
  cssProperties?: (CemNamed & { default?: string; syntax?: string })[];
}
interface Manifest {
  modules: { path: string; declarations?: (Partial<CemElement> & { kind: string })[] }[];
}

const manifest = manifestJson as unknown as Manifest;

/** Every element in the manifest, by tag name. */
export const ELEMENTS: readonly CemElement[] = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is CemElement & { kind: string } => typeof d.tagName === 'string')
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

export const elementByTag = (tag: string): CemElement | undefined => ELEMENTS.find((e) => e.tagName === tag);

/** Public properties (fields that are not private, protected, static or internal). */
export const publicProperties = (el: CemElement): CemMember[] =>
  (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));

/** An event's `detail`: its declared type, else what its description says after "detail". */
export function eventDetail(ev: CemEvent): string {
  if (ev.type?.text) return ev.type.text;
  const m = /detail(?:`)?(?: is|:)\s*(.+?)(?:\.\s|\.?$)/i.exec(ev.description ?? '');
  return m ? m[1]!.replace(/^the /, '') : '';
}

const versions = import.meta.glob<string>('../../package.json', { eager: true, import: 'version' });
/** The package version this Storybook was built from (pinned in the snippets). */
export const VERSION: string = Object.values(versions)[0] ?? '0.0.0';

/**
 * `dist/cdn/integrity.json`, when `npm run build` wrote it before this Storybook was built;
 * `{}` when it is absent (the snippet then says where the value comes from).
 */
const integrityFiles = import.meta.glob<unknown>('../../dist/cdn/integrity.json', { eager: true, import: 'default' });
const INTEGRITY: unknown = Object.values(integrityFiles)[0];

/**
 * The Subresource Integrity value the build recorded for a CDN file, if any. The file's
 * shape is read loosely: any `sha256-/sha384-/sha512-` string whose key path (object keys,
 * or an array item's `file`/`name`/`path`) names the file.
 */
export function integrityOf(file: string, data: unknown = INTEGRITY): string | undefined {
  const found: [string, string][] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (/^sha(256|384|512)-/.test(node)) found.push([path, node]);
    } else if (Array.isArray(node)) {
      for (const item of node) {
        const rec = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
        walk(item, `${path}/${String(rec['file'] ?? rec['name'] ?? rec['path'] ?? '')}`);
      }
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
    }
  };
  walk(data, '');
  return found.find(([path]) => path.split('/').some((seg) => seg === file || seg.endsWith('/' + file) || seg.endsWith(file)))?.[1];
}

export const AUTOLOADER = 'autoloader.js';
/** Where the CDN files are copied to; a placeholder an agency replaces with its own host. */
export const DEFAULT_CDN_BASE = `https://cdn.example.ir/egov-widgets@${VERSION}/dist/cdn/`;
export const DEFAULT_API_BASE = 'https://api.example.ir/egov';

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="b" …></tag>` with attributes in the given order; `true` = a boolean attribute. */
export function elementTag(tag: string, attrs: Record<string, string | true | undefined>): string {
  const parts = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (v === true ? k : `${k}="${escapeAttr(v as string)}"`));
  return `<${tag}${parts.length ? ' ' + parts.join(' ') : ''}></${tag}>`;
}

/** The agency-page snippet: the autoloader script tag (pinned, with integrity when known) and the element. */
export function agencySnippet(elementHtml: string, cdnBase = DEFAULT_CDN_BASE): string {
  const base = cdnBase.endsWith('/') ? cdnBase : cdnBase + '/';
  const sri = integrityOf(AUTOLOADER);
  const script = sri
    ? `<script type="module" src="${base}${AUTOLOADER}" integrity="${sri}" crossorigin="anonymous"></script>`
    : `<!-- integrity: the value for ${AUTOLOADER} in dist/cdn/integrity.json (written by npm run build) -->\n<script type="module" src="${base}${AUTOLOADER}" integrity="sha384-…" crossorigin="anonymous"></script>`;
  return `${script}\n\n${elementHtml}`;
}

/** The npm snippet: install, import the element's entry, use the tag. */
export function npmSnippet(tag: string, elementHtml: string): string {
  const entry = tag.replace(/^egov-/, '');
  return `npm install egov-widgets@${VERSION}\n\n// in your bundle\nimport 'egov-widgets/${entry}.js';\n\n<!-- in your page or template -->\n${elementHtml}`;
}

/** Attributes for a snippet from story args (args are the element's property names). */
export function attributesFromArgs(el: CemElement, args: Record<string, unknown>): Record<string, string | true | undefined> {
  const out: Record<string, string | true | undefined> = {};
  for (const a of el.attributes ?? []) {
    const value = args[a.fieldName ?? a.name];
    if (value === undefined || value === null || value === false || typeof value === 'object') continue;
    out[a.name] = value === true ? true : String(value);
  }
  if (!out['api-base'] || String(out['api-base']).startsWith('/api')) out['api-base'] = DEFAULT_API_BASE;
  return out;
}
