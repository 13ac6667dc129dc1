/**
 * Pages that load the CDN folder as built (test/support/cdn-under-test.mjs builds it from the
 * current sources and serves it under /cdn-under-test/): an iframe each, so every page starts
 * with no element defined and with the files exactly as a browser downloads them.
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';
import { ELEMENTS as REGISTRY, PROVIDER } from '../../elements.registry.mjs';

export const CDN_BASE = '/cdn-under-test/';

/** The chunk names of the elements, as the build names them after their modules (`service-card-<hash>.js`), provider first. */
const ELEMENTS = [PROVIDER, ...REGISTRY].map((e) => e.loader.replace(/^.*\//, '').replace(/\.js$/, ''));

export interface CdnPage {
  doc: Document;
  win: Window & { __errors: string[] };
  /** Every script file the page has requested, as paths. */
  scripts: () => string[];
  /** The element chunks among them, by element name. */
  elementChunks: () => string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** Opens a page whose head holds `scripts` (CDN files) and whose body is `body`. */
export async function openCdnPage(body: string, { scripts = [`${CDN_BASE}autoloader.js`], lang = 'fa', head = '' } = {}): Promise<CdnPage> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  const tags = head + scripts.map((s) => `<script type="module" src="${s}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
    <script src="/test/support/capture-errors.js"></script>${tags}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as CdnPage['win'];
  const scripts_ = () =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js') && !p.startsWith('/test/'));
  return {
    doc: frame.contentDocument!,
    win,
    scripts: scripts_,
    elementChunks: () => ELEMENTS.filter((name) => scripts_().some((p) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(p))),
  };
}

/** Waits until `el` is defined and shows its content (not loading, not an error). */
export const rendered = async (page: CdnPage, el: Element, part: string): Promise<void> => {
  await until(() => page.win.customElements.get(el.localName), `<${el.localName}> was not defined`);
  await until(() => el.shadowRoot?.querySelector(`[part~="${part}"]`), `<${el.localName}> did not render [part=${part}]`, 10000);
  expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
};
