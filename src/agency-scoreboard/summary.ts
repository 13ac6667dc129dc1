/**
 * The lines around the scoreboard's rows: how many agencies are under the threshold, how
 * many rows are shown, a CSV that could not be made, and the show all / top N button.
 */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';
import { countBelow } from './ranking.js';
import type { ShownRows } from './shown-rows.js';
import { shownOfAll } from './announcements.js';

export function renderSummary(
  { all, shown }: Pick<ShownRows, 'all' | 'shown'>,
  threshold: number,
  csvFailed: boolean | undefined,
  locale: Locale,
): TemplateResult {
  const below = countBelow(all, threshold);
  const t = formatNumber(threshold, locale);
  return html`<p class="summary" part="summary">
      ${
        below
          ? html`<span class="flag-icon" aria-hidden="true">⚠</span> ${
              below === 1 ? msg(str`یک دستگاه زیر ${t} درصد`) : msg(str`${formatNumber(below, locale)} دستگاه زیر ${t} درصد`)
            }`
          : msg(str`هیچ دستگاهی زیر ${t} درصد نیست`)
      }
    </p>
    <p class="status muted">${shown.length < all.length ? shownOfAll(shown.length, all.length, locale) : nothing}</p>
    ${
      csvFailed
        ? html`<p class="status csv-failed" role="alert">
          <span class="flag-icon" aria-hidden="true">⚠</span> ${msg('فایل CSV آماده نشد؛ صفحه را دوباره باز کنید.')}
        </p>`
        : nothing
    }`;
}

/** Under the rows while the limit hides some: show all the matched rows, or the top `limit` again. */
export function renderShowAll(
  { limit, matched }: Pick<ShownRows, 'limit' | 'matched'>,
  showAll: boolean | undefined,
  locale: Locale,
  toggle: () => void,
): unknown {
  return limit && matched.length > limit
    ? html`<p class="more">
        <button type="button" class="button" part="show-all" @click=${toggle}>
          ${showAll ? msg(str`نمایش ${formatNumber(limit, locale)} دستگاه نخست`) : msg(str`نمایش همه (${formatNumber(matched.length, locale)})`)}
        </button>
      </p>`
    : nothing;
}
