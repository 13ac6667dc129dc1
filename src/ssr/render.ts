/// <reference types="node" />
/**
 * `renderHTML(html, options)`: an agency's page (or a fragment of one) in, the same page out
 * with every egov widget server-rendered into a declarative shadow root, its data embedded
 * so the browser hydrates it without asking again (README "Server rendering").
 *
 * How: the page is parsed (parse5, with source offsets) only to find the widgets and what
 * encloses them; the output is the input with one `<template shadowrootmode>` inserted right
 * after each rendered widget's start tag, so every byte outside is the input's own. Data is
 * read first (all widgets at once, one request per distinct URL), with the library's client;
 * then each widget is rendered synchronously by Lit's server renderer, under its own locale:
 * `msg()` answers in the locale that is active during a synchronous render, so two renders
 * in different locales running at the same time never mix.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { DEFAULT_API_BASE, DEFAULT_TIMEOUT_MS, joinUrl, type Calendar, type EgovConfig, type ProviderConfig } from '../core/config.js';
import { request, requestOptions } from '../core/client.js';
import { EgovError } from '../core/errors.js';
import { loadLocale, normalizeLocale, withLocale, type Locale } from '../core/locale.js';
import { toHeadingLevel, type HeadingLevel } from '../core/heading-level.js';
import { EMBEDDED_DATA_ATTR, type Embedded, type ServerDefaults } from '../core/base-element.js';
import type { Seed } from '../core/api-controller.js';
// The elements, without the hydration support the browser entry loads first (src/hydrate.ts).
import '../provider.js';
import '../service-card.js';
import '../service-list.js';
import '../maturity-gauge.js';
import '../agency-scoreboard.js';
import '../inquiry-tracker.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /** Absolute API base for widgets with none of their own or from a provider (a server has no page URL to resolve `/api` against). */
  apiBase?: string;
  /** Locale for widgets with no `lang` on them or around them (default `fa`). */
  lang?: string;
  /** `persian` or `gregory`, for widgets whose provider sets none (default: the locale's). */
  calendar?: Calendar;
  /** Heading level (1–6) for widgets whose provider sets none (default 2). */
  headingLevel?: number;
  /** Extra request headers (an API key), sent with every request. */
  headers?: Record<string, string>;
  /** A custom fetch (say, one that reaches the API inside the data centre). */
  fetch?: typeof fetch;
  /** Per-request time-out in ms (default 10 000); a widget whose request times out is left as written. */
  timeoutMs?: number;
  /** Put on every `<style>` written, for a CSP without 'unsafe-inline' (README "Server rendering"). */
  nonce?: string;
}

/** The widgets that read data; the provider is left as written (it renders only a slot). */
const WIDGETS = new Set([
  'egov-service-card',
  'egov-service-list',
  'egov-maturity-gauge',
  'egov-agency-scoreboard',
  'egov-inquiry-tracker',
]);
const PROVIDER = 'egov-provider';

/** What the element being rendered (and the widgets it renders in its shadow root) render with. */
interface Scope {
  locale: Locale;
  provider: ProviderConfig | undefined;
  nonce: string | undefined;
}
let scope: Scope | undefined;

/** What the server renderer needs of our elements (src/core/base-element.ts, api-controller.ts). */
interface EgovLike extends HTMLElement {
  locale: Locale;
  serverProvider: ProviderConfig | undefined;
  data: { readonly path: string | undefined; seed(seed: Seed): void };
}
const isEgov = (el: unknown): el is EgovLike => !!el && typeof el === 'object' && 'serverProvider' in el && 'data' in el;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lit's element renderer, giving our widgets (nested ones too) the render's locale, provider and nonce. */
class EgovRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    const el = this.element;
    if (isEgov(el) && scope) {
      el.locale = scope.locale;
      el.serverProvider = scope.provider;
    }
    super.connectedCallback();
  }

  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo);
    if (result && scope?.nonce && result[0] === '<style>') result[0] = `<style nonce="${escapeAttr(scope.nonce)}">`;
    return result;
  }
}

/** One widget found in the page, with what encloses it. */
interface Found {
  el: Element;
  lang: string | undefined;
  provider: Element | undefined;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The outermost widgets, in document order, each with its nearest `lang` and provider. */
function findWidgets(root: Node): Found[] {
  const found: Found[] = [];
  const visit = (node: Node, lang: string | undefined, provider: Element | undefined) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const own = attr(child, 'lang');
      const here = own || lang;
      if (WIDGETS.has(child.tagName)) {
        if (!alreadyRendered(child)) found.push({ el: child, lang: here, provider });
        continue; // its light-DOM children belong to it
      }
      visit(child, here, child.tagName === PROVIDER ? child : provider);
    }
  };
  visit(root, undefined, undefined);
  return found;
}

/** Rendered before (by an earlier pass or a framework): left alone. */
const alreadyRendered = (el: Element) =>
  el.childNodes.some((c) => 'tagName' in c && c.tagName === 'template' && (attr(c, 'shadowrootmode') || attr(c, 'shadowroot')));

function providerConfig(p: Element | undefined, options: RenderOptions): ProviderConfig {
  const config: ProviderConfig = {};
  const base = p && attr(p, 'api-base');
  if (base) config.apiBase = base;
  const calendar = (p && attr(p, 'calendar')) || options.calendar;
  if (calendar === 'persian' || calendar === 'gregory') config.calendar = calendar;
  const level: HeadingLevel | undefined = toHeadingLevel(p && attr(p, 'heading-level')) ?? toHeadingLevel(options.headingLevel);
  if (level) config.headingLevel = level;
  const timeout = Number(p && attr(p, 'timeout-ms'));
  if (timeout > 0) config.timeoutMs = timeout;
  return config;
}

type Answer = { seed: Seed } | { failed: unknown };

/**
 * Renders one widget: its shadow root's HTML, or undefined to leave it as written (its
 * request failed, or it could not be rendered).
 */
async function renderWidget(
  found: Found,
  options: RenderOptions,
  read: (url: string, cfg: EgovConfig) => Promise<Answer>,
): Promise<string | undefined> {
  const { el } = found;
  const locale = normalizeLocale(found.lang || options.lang);
  const given = providerConfig(found.provider, options);
  // On the page, the provider gives only what it sets (calendar and heading level fall back
  // per widget); the options stand for what the page would set.
  const provider = found.provider || options.calendar || options.headingLevel ? given : undefined;
  const renderer = new EgovRenderer(el.tagName);
  const element = renderer.element;
  if (!isEgov(element)) return undefined;
  const local: Scope = { locale, provider, nonce: options.nonce };
  const inScope = <T>(fn: () => T): T => {
    const previous = scope;
    scope = local;
    try {
      return withLocale(locale, fn);
    } finally {
      scope = previous;
    }
  };
  for (const { name, value } of el.attrs) renderer.setAttribute(name, value);
  inScope(() => renderer.connectedCallback());
  const path = element.data.path;
  let seed: Seed | undefined;
  if (path !== undefined) {
    const cfg: EgovConfig = {
      apiBase: attr(el, 'api-base') || given.apiBase || options.apiBase || DEFAULT_API_BASE,
      headers: { ...options.headers },
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: given.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    const answer = await read(joinUrl(cfg.apiBase, path), cfg);
    if ('failed' in answer) return undefined;
    seed = { ...answer.seed, path };
    element.data.seed(seed);
  }
  await loadLocale(locale);
  const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions ?? {};
  const renderInfo: RenderInfo = {
    elementRenderers: [EgovRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [element],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = inScope(() => collectResultSync(renderer.renderShadow(renderInfo) ?? []));
  // What the options gave that nothing on the page says, for the browser to keep. Only for a
  // widget with no provider around: the browser takes them as its provider's configuration.
  const defaults: ServerDefaults = {};
  if (!found.provider) {
    if (!found.lang && options.lang) defaults.lang = locale;
    if (!attr(found.el, 'heading-level') && given.headingLevel) defaults.headingLevel = given.headingLevel;
    if (given.calendar) defaults.calendar = given.calendar;
  }
  const data: Embedded | undefined =
    seed || Object.keys(defaults).length ? { ...seed, ...(Object.keys(defaults).length ? { provider: defaults } : {}) } : undefined;
  let embedded = '';
  if (data) {
    // `<` escaped, so no API text can close the script element or open a comment.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    embedded = `<script type="application/json" ${EMBEDDED_DATA_ATTR}>${json}</script>`;
  }
  return `<template shadowroot="${mode}" shadowrootmode="${mode}"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${shadow}${embedded}</template>`;
}

/**
 * Server-renders every egov widget in `html` (a document or a fragment). Never rejects
 * because of one widget: a widget whose request failed, or that could not be rendered, is
 * left as written for the browser to render.
 */
export async function renderHTML(html: string, options: RenderOptions = {}): Promise<string> {
  const isDocument = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
  const tree = isDocument ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const widgets = findWidgets(tree);
  if (!widgets.length) return html;

  // One request per distinct resource in this render.
  const answers = new Map<string, Promise<Answer>>();
  const read = (url: string, cfg: EgovConfig): Promise<Answer> => {
    const req = requestOptions(url, cfg);
    let answer = answers.get(req.key);
    if (!answer) {
      answer = request(req, { fresh: true }).then(
        (json): Answer => ({ seed: { path: '', json } }),
        (e: unknown): Answer => (e instanceof EgovError && e.kind === 'not-found' ? { seed: { path: '', notFound: true } } : { failed: e }),
      );
      answers.set(req.key, answer);
    }
    return answer;
  };

  const rendered = await Promise.all(
    widgets.map(async (found) => {
      try {
        return await renderWidget(found, options, read);
      } catch (e) {
        // Left as written: the browser renders it.
        console.warn(`egov-widgets: <${found.el.tagName}> was not server-rendered:`, e);
        return undefined;
      }
    }),
  );

  let out = '';
  let at = 0;
  widgets.forEach((found, i) => {
    const shadow = rendered[i];
    const end = found.el.sourceCodeLocation?.startTag?.endOffset;
    if (shadow === undefined || end === undefined) return;
    out += html.slice(at, end) + shadow;
    at = end;
  });
  return out + html.slice(at);
}
