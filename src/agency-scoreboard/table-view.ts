/** The scoreboard's table view: a caption, sortable column headers and one row per agency. */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';
import { langAttr } from '../ui/display.js';
import { nextSort, type SortSpec } from './ranking.js';
import type { ShownRows } from './shown-rows.js';
import { keep } from './keep.js';

/**
 * The rows shown as a table: a caption with the round and how many agencies it has, a sort
 * button in each column header (`sortBy` gets the sort it asks for), one row per agency.
 */
export function renderTable(
  round: number,
  { all, columns, shown, spec, text }: Pick<ShownRows, 'all' | 'columns' | 'shown' | 'spec' | 'text'>,
  locale: Locale,
  sortBy: (spec: SortSpec) => void,
): TemplateResult {
  const belowWords = msg('زیر آستانه');
  const newWord = msg('جدید');
  return html`<div class="scroll" part="table-wrapper" tabindex="0" role="region" aria-label=${msg('جدول رتبه‌بندی')}>
    <table part="table">
      <caption>
        ${msg(str`رتبه‌بندی دستگاه‌های اجرایی در دور ${formatNumber(round, locale, 0)} ارزیابی (${formatNumber(all.length, locale)} دستگاه)`)}
      </caption>
      <thead>
        <tr>
          ${columns.map((c) => {
            const sorted = spec.key === c.key;
            return html`<th
              scope="col"
              class=${c.key === 'rank' || c.key === 'agency' ? c.key : 'num'}
              aria-sort=${sorted ? spec.direction : nothing}
            >
              <button type="button" part="sort-button" @click=${() => sortBy(nextSort(spec, c.key))}>
                <span>${c.label}</span
                ><span class="sort-icon" aria-hidden="true">${sorted ? (spec.direction === 'ascending' ? '▲' : '▼') : '⇅'}</span>
              </button>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          // Rows by position, not keyed: a re-sort writes each row's texts into the row now in
          // its place, which costs no more than moving the rows (`npm run bench`, re-sort) and
          // spares every page with a scoreboard or a list lit's `repeat` (`npm run size`).
          // A row's texts are made once per row (anew when the locale or threshold changes), so
          // a row whose agency did not move is not walked again.
          (r) => {
            const v = text(r);
            return keep(
              v,
              () => html`<tr class=${v.below ? 'below' : ''} part=${v.below ? 'row row-below' : 'row'}>
              <td class="rank">${v.rank}</td>
              <th scope="row" class="agency"><bdi lang=${langAttr(r.name, locale)}>${r.name}</bdi></th>
              <td class="num">
                ${v.score}${
                  v.below ? html`<span class="flag" part="below-threshold"><span aria-hidden="true">⚠</span> ${belowWords}</span>` : nothing
                }
              </td>
              ${v.axes.map((a) => html`<td class="num">${a}</td>`)}
              <td class="num">
                ${
                  v.change === undefined
                    ? html`<span class="muted">${newWord}</span>`
                    : html`<span class="arrow" aria-hidden="true">${v.trend}</span>${v.change}`
                }
              </td>
            </tr>`,
            );
          },
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * A control focused inside the scrolling table comes fully into view beside the sticky
 * columns: browsers leave a partly shown one where it is, and their own focus scrolling
 * ignores `scroll-padding`, which `scrollIntoView` honours (its value: the styles).
 * A `focusin` listener on the shadow root: focus moving inside it never reaches the host.
 */
export function revealFocused(e: FocusEvent): void {
  const t = e.composedPath()[0];
  if (t instanceof HTMLElement && t.closest('.scroll') && !t.closest('.rank, .agency'))
    t.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
