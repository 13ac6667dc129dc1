/**
 * A "hostile host page", as the agencies' CMS themes are (README "Theming"): a root font
 * of 10 px with body text set back to 16 px in `rem`, every inherited text property at an
 * extreme value, a page that paints itself dark without `color-scheme`, and an `<h1>` +
 * `<h2>` outline the widget sits under. The neutral page has the same outline and nothing
 * else, so a widget can be measured on both and compared.
 *
 *   const page = hostPage({ hostile: true, lang: 'en' });
 *   const el = await page.mount<EgovServiceCard>(html`<egov-service-card …>`);
 *   …
 *   page.remove();   // or hostPageCleanup() in afterEach
 *
 * Widths the tests use: `HOST_WIDTHS` (a small phone and a desktop).
 */
import { render, type TemplateResult } from 'lit';

export const HOST_WIDTHS = [320, 1280] as const;

/** The theme of an old CMS page, at its worst. `html` and `body` rules apply to the whole test page while mounted. */
export const HOSTILE_CSS = `
html { font-size: 62.5%; }
body {
  font-size: 1.6rem;
  line-height: 2.2;
  text-align: justify;
  text-align-last: justify;
  letter-spacing: .3em;
  word-spacing: 1em;
  text-transform: uppercase;
  text-indent: 4em;
  white-space: pre;
  font-style: italic;
  font-weight: 700;
  font-variant: small-caps;
  text-shadow: 1px 1px 2px #f0f;
  word-break: break-all;
  hyphens: auto;
  color: #e0e0e0;
  background: #121212;
  cursor: crosshair;
}
h1, h2 { font-size: 3.2rem; margin: 0; white-space: normal; }
p, li, td, th, a, span, div, button, input, select { line-height: 3 !important; letter-spacing: .5em; }
`;

export interface HostPage {
  /** The page wrapper (`<div class="host-page">`) with the `<h1>`, the `<section>` and its `<h2>`. */
  readonly page: HTMLElement;
  /** The section under the `<h2>` where widgets go. */
  readonly slot: HTMLElement;
  /** Renders `template` into the section and resolves with its first element once it has updated. */
  mount<E extends HTMLElement>(template: TemplateResult): Promise<E>;
  /** Takes the page (and its global styles) away. */
  remove(): void;
}

const live = new Set<HostPage>();

/**
 * A page with `<h1>` and a `<section>` headed `<h2>` (`outline: 'h1'`: the section has no
 * heading, as on a page with an `<h1>` and no `<h2>`); `hostile` adds `HOSTILE_CSS` to the
 * document; `lang` sets the page's language (and direction); `width` the page's inline size
 * in px (else the viewport's).
 */
export function hostPage({
  hostile = false,
  lang = 'fa',
  width,
  outline = 'h1-h2',
}: { hostile?: boolean; lang?: 'fa' | 'en'; width?: number; outline?: 'h1' | 'h1-h2' } = {}): HostPage {
  const style = document.createElement('style');
  style.dataset.hostPage = '';
  if (hostile) {
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  }
  const page = document.createElement('div');
  page.className = 'host-page';
  page.lang = lang;
  page.dir = lang === 'fa' ? 'rtl' : 'ltr';
  if (width) page.style.inlineSize = `${width}px`;
  const h1 = document.createElement('h1');
  h1.textContent = lang === 'fa' ? 'درگاه خدمات استان' : 'Provincial services portal';
  const slot = document.createElement('section');
  const h2 = document.createElement('h2');
  h2.textContent = lang === 'fa' ? 'خدمات' : 'Services';
  if (outline === 'h1-h2') slot.append(h2);
  page.append(h1, slot);
  document.body.append(page);
  const handle: HostPage = {
    page,
    slot,
    async mount<E extends HTMLElement>(template: TemplateResult) {
      const holder = document.createElement('div');
      slot.append(holder);
      render(template, holder);
      const el = holder.firstElementChild as E;
      await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
      return el;
    },
    remove() {
      page.remove();
      style.remove();
      live.delete(handle);
    },
  };
  live.add(handle);
  return handle;
}

/** Removes every host page still mounted (for `afterEach`). */
export function hostPageCleanup(): void {
  for (const p of [...live]) p.remove();
}
