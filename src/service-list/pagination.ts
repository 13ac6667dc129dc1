/** The list's pagination: which page numbers to show, and the `nav` of page buttons. */
import { nothing } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';

/** The number of the last page (1 when there are no results). */
export const lastPage = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));

/** Page numbers to show: first, last, and two either side of the current one; 0 = a gap. */
export function pageWindow(page: number, last: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= last; p++) {
    if (p === 1 || p === last || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== 0) out.push(0);
  }
  return out;
}

/**
 * Previous, the window of page numbers (the current one `aria-current="page"`), next; none
 * for a single page. `go(page)` gets the page a button asks for, also one out of range from
 * a step marked `aria-disabled` at either end: it decides, and its promise settles once the
 * page is rendered.
 *
 * The buttons are rendered by position, so the number under a focused page button can change
 * as the window moves; focus then follows the page it asked for, to the button now marked
 * current (what lit's keyed `repeat` would do, without its bytes on every list page: `npm run size`).
 */
export function renderPagination(page: number, last: number, locale: Locale, go: (page: number) => Promise<unknown>): unknown {
  if (last < 2) return nothing;
  const step = (label: string, to: number) =>
    html`<li>
      <button type="button" class="step" aria-disabled=${to < 1 || to > last ? 'true' : 'false'} @click=${() => go(to)}>${label}</button>
    </li>`;
  const open = (e: Event, to: number) => {
    const button = e.currentTarget as HTMLElement;
    const focused = (button.getRootNode() as ShadowRoot).activeElement === button;
    void go(to).then(() => {
      if (focused && button.getAttribute('aria-current') !== 'page')
        button.closest('ul')?.querySelector<HTMLElement>('[aria-current]')?.focus();
    });
  };
  return html`<nav part="pagination" aria-label=${msg('صفحه‌های نتایج')}>
    <ul>
      ${step(msg('قبلی'), page - 1)}
      ${pageWindow(page, last).map((p) =>
        p
          ? html`<li>
              <button
                type="button"
                part="page-button"
                aria-label=${msg(str`صفحهٔ ${formatNumber(p, locale)}`)}
                aria-current=${p === page ? 'page' : nothing}
                @click=${(e: Event) => open(e, p)}
              >
                ${formatNumber(p, locale)}
              </button>
            </li>`
          : html`<li class="gap" aria-hidden="true">…</li>`,
      )}
      ${step(msg('بعدی'), page + 1)}
    </ul>
  </nav>`;
}
