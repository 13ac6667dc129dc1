/** The scoreboard's toolbar: the name filter, the table / chart switch and the CSV download. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type View = 'table' | 'chart';

export interface Toolbar {
  query: string;
  /** The reader typed in the filter box. */
  onQuery: (query: string) => void;
  view: View;
  /** The reader pressed a view button (the pressed one too). */
  onView: (view: View) => void;
  onDownload: () => void;
}

export function renderToolbar(t: Toolbar): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <label class="filter">
      <span>${msg('جستجوی نام دستگاه')}</span>
      <input
        type="search"
        part="filter-input"
        autocomplete="off"
        .value=${t.query}
        @input=${(e: Event) => t.onQuery((e.target as HTMLInputElement).value)}
      />
    </label>
    <div class="views" role="group" aria-label=${msg('نوع نمایش')}>
      ${viewButton(t, 'table', msg('جدول'))} ${viewButton(t, 'chart', msg('نمودار'))}
    </div>
    <button
      type="button"
      class="button"
      part="download-button"
      @click=${() => t.onDownload()}
    >
      <span aria-hidden="true">↓</span> ${msg('دریافت CSV')}
    </button>
  </div>`;
}

function viewButton(t: Toolbar, view: View, label: string): TemplateResult {
  return html`<button
    type="button"
    class="button"
    part="view-button"
    aria-pressed=${t.view === view ? 'true' : 'false'}
    @click=${() => t.onView(view)}
  >
    ${label}
  </button>`;
}
