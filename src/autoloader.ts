/**
 * `dist/cdn/autoloader.js`: one `<script type="module">` for pages without a build step.
 * It defines each `egov-*` element the first time its tag appears, and loads nothing
 * else: a page with one card downloads the card's chunk and the shared chunks (lit and
 * the shared core, each loaded once), never the chunks of the other elements.
 *
 * Where it looks: the document at start, every node added later (one MutationObserver),
 * and the shadow roots of our own elements, where they compose others (the list's cards).
 * Chunks are imported with relative URLs, which the browser resolves against this
 * module's own URL (`import.meta.url`), so the folder works under any base path or host.
 * No inline code and no eval: it runs under `Content-Security-Policy: default-src 'self'`.
 * A tag that is already defined (say by `egov-widgets.js` on the same page) is left alone,
 * and each element module defines its tag only if it is still free (`src/core/define.ts`).
 *
 * README: "Embed with one script tag".
 */

/**
 * Every tag this package defines, and the module that defines it (the registry's `loader`):
 * static `import()`s, so the bundler makes each its own chunk.
 */
// registry:start (generated from elements.registry.mjs by `npm run registry`: edit the registry, not these lines)
const chunks: Record<string, () => Promise<unknown>> = {
  'egov-provider': () => import('./provider.js'),
  'egov-service-card': () => import('./service-card.js'),
  'egov-service-list': () => import('./service-list.js'),
  'egov-maturity-gauge': () => import('./maturity-gauge.js'),
  'egov-agency-scoreboard': () => import('./agency-scoreboard.js'),
  'egov-inquiry-tracker': () => import('./inquiry-tracker.js'),
};
// registry:end

const PROVIDER = 'egov-provider';
const tags = Object.keys(chunks);
const selector = tags.join(',');
const requested = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();
let providerReady: Promise<unknown> = Promise.resolve();
/** Lit's hydration support, loaded before any element chunk on pages with server-rendered widgets (and only there). */
let hydration: Promise<unknown> | undefined;

/** Loads the chunk for `tag` once. A provider's chunk goes first: the widgets inside ask it for their configuration when they connect. */
function load(tag: string): Promise<unknown> {
  let p = requested.get(tag);
  if (!p) {
    const run = () =>
      customElements.get(tag)
        ? undefined
        : chunks[tag]!().catch((e: unknown) => {
            requested.delete(tag); // a failed download may be retried when the tag appears again
            console.error(`egov-widgets: could not load <${tag}>`, e);
          });
    p = tag === PROVIDER ? (providerReady = Promise.resolve(hydration).then(run)) : providerReady.then(() => hydration).then(run);
    requested.set(tag, p);
    // Once defined, its instances' shadow roots may hold further tags.
    void p.then(() => customElements.whenDefined(tag)).then(() => rescan());
  }
  return p;
}

/** Looks at `root` (a document, a shadow root or an added element) and whatever it contains. */
function scan(root: ParentNode): void {
  const found: Element[] = [];
  if (root instanceof Element && tags.includes(root.localName)) found.push(root);
  found.push(...root.querySelectorAll(selector));
  // A shadow root on a tag not defined yet came in the HTML: a server-rendered widget
  // (README "Server rendering"), hydrated rather than rendered again.
  if (!hydration && found.some((el) => el.shadowRoot && !customElements.get(el.localName))) {
    hydration = import('./hydrate.js').catch((e: unknown) => console.error('egov-widgets: could not load hydration support', e));
  }
  // The provider first, so its chunk is on its way before any widget inside it.
  const names = new Set(found.map((el) => el.localName));
  if (names.has(PROVIDER)) void load(PROVIDER);
  for (const name of names) if (!customElements.get(name)) void load(name);
  for (const el of found) if (el.shadowRoot) watch(el.shadowRoot);
}

/** Observes a root for added nodes, once. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
  }).observe(root, { childList: true, subtree: true });
  scan(root);
}

/** After an element is defined its shadow roots exist: watch them too. */
function rescan(): void {
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll(selector)) {
      if (el.shadowRoot) {
        watch(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
}

watch(document);
export {};
