/** The scoreboard's toolbar: the name filter, the table / chart switch and the CSV download. */
import { type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';

export type View = 'table' | 'chart';

/**
 * `onQuery`: the reader typed in the filter box; `onView`: the reader pressed a view button
 * (the pressed one too). Positional, as the other views' parameters: names in an object
 * would stay in the minified file.
 */
export function renderToolbar(
  query: string,
  view: View,
  onQuery: (query: string) => void,
  onView: (view: View) => void,
  onDownload: () => void,
): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <label class="filter">
      <span>${msg('جست‌وجوی نام دستگاه')}</span>
      <input
        type="search"
        part="filter-input"
        autocomplete="off"
        .value=${query}
        @input=${(e: Event) => onQuery((e.target as HTMLInputElement).value)}
      />
    </label>
    <div class="views" role="group" aria-label=${msg('نوع نمایش')}>
      ${viewButton(view, 'table', msg('جدول'), onView)} ${viewButton(view, 'chart', msg('نمودار'), onView)}
    </div>
    <button
      type="button"
      class="button"
      part="download-button"
      @click=${() => onDownload()}
    >
      <span aria-hidden="true">↓</span> ${msg('دریافت CSV')}
    </button>
  </div>`;
}

function viewButton(current: View, view: View, label: string, onView: (view: View) => void): TemplateResult {
  return html`<button
    type="button"
    class="button"
    part="view-button"
    aria-pressed=${current === view ? 'true' : 'false'}
    @click=${() => onView(view)}
  >
    ${label}
  </button>`;
}
