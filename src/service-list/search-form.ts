/** The list's search form: the search box and a filter `select` for how electronic a service is and whom it serves. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ELECTRONIC, SERVICE_TYPES, electronicLabel, typeLabel } from '../service-card/vocabulary.js';
import type { ElectronicFilter, TypeFilter } from './service-list.data.js';

/** Typing in the search box pauses this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The list's names for its two filters (`kind` is sent as `type=`). */
export type FilterName = 'electronic' | 'kind';

export interface SearchForm {
  /** What is in the search box. */
  typed: string;
  electronic: ElectronicFilter;
  kind: TypeFilter;
  /** Enter in the box: search now. */
  onSubmit: () => void;
  onInput: (e: Event) => void;
  onFilter: (which: FilterName, e: Event) => void;
}

export function renderSearchForm(f: SearchForm): TemplateResult {
  return html`<form role="search" part="search" class="search" @submit=${(e: Event) => (e.preventDefault(), f.onSubmit())}>
    <div class="field grow">
      <label for="q">${msg('جست‌وجو در خدمات')}</label>
      <input id="q" name="q" type="search" part="search-input" dir="auto" autocomplete="off" value=${f.typed} .value=${f.typed} @input=${f.onInput} />
    </div>
    ${filterField(f, 'e', msg('نحوهٔ ارائه'), 'electronic', ELECTRONIC, electronicLabel)}
    ${filterField(f, 't', msg('مخاطب'), 'kind', SERVICE_TYPES, typeLabel)}
  </form>`;
}

/** A filter `select`: all, then each value of the vocabulary in words. */
function filterField<V extends string>(
  f: SearchForm,
  id: string,
  label: string,
  which: FilterName,
  values: readonly V[],
  labelOf: (v: V) => string,
): TemplateResult {
  const current: string = f[which];
  const option = (value: string, words: string) => html`<option value=${value} ?selected=${value === current}>${words}</option>`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${which === 'kind' ? 'type' : which} part="filter" .value=${current} @change=${(e: Event) => f.onFilter(which, e)}>
      ${option('', msg('همه'))} ${values.map((v) => option(v, labelOf(v)))}
    </select>
  </div>`;
}
