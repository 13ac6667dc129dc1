/** The list's search form: the search box and a filter `select` for how electronic a service is and whom it serves. */
import { type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';
import { ELECTRONIC, SERVICE_TYPES, electronicLabel, typeLabel } from '../service-card/vocabulary.js';
import type { ElectronicFilter, TypeFilter } from './service-list.data.js';

/** Typing in the search box pauses this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The list's names for its two filters (`kind` is sent as `type=`). */
export type FilterName = 'electronic' | 'kind';

type OnFilter = (which: FilterName, e: Event) => void;

/**
 * `typed`: what is in the search box; `onSubmit`: Enter in the box, search now. Positional:
 * names in an object would stay in the minified file.
 */
export function renderSearchForm(
  typed: string,
  electronic: ElectronicFilter,
  kind: TypeFilter,
  onSubmit: () => void,
  onInput: (e: Event) => void,
  onFilter: OnFilter,
): TemplateResult {
  return html`<form role="search" part="search" class="search" @submit=${(e: Event) => (e.preventDefault(), onSubmit())}>
    <div class="field grow">
      <label for="q">${msg('جست‌وجو در خدمات')}</label>
      <input id="q" name="q" type="search" part="search-input" dir="auto" autocomplete="off" value=${typed} .value=${typed} @input=${onInput} />
    </div>
    ${filterField(electronic, onFilter, 'e', msg('نحوهٔ ارائه'), 'electronic', ELECTRONIC, electronicLabel)}
    ${filterField(kind, onFilter, 't', msg('مخاطب'), 'kind', SERVICE_TYPES, typeLabel)}
  </form>`;
}

/** A filter `select`: all, then each value of the vocabulary in words. */
function filterField<V extends string>(
  current: string,
  onFilter: OnFilter,
  id: string,
  label: string,
  which: FilterName,
  values: readonly V[],
  labelOf: (v: V) => string,
): TemplateResult {
  const option = (value: string, words: string) => html`<option value=${value} ?selected=${value === current}>${words}</option>`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${which === 'kind' ? 'type' : which} part="filter" .value=${current} @change=${(e: Event) => onFilter(which, e)}>
      ${option('', msg('همه'))} ${values.map((v) => option(v, labelOf(v)))}
    </select>
  </div>`;
}
