/**
 * What the scoreboard says in its live region (src/core/announcer.ts) after the reader
 * filters, sorts, switches the view or shows all rows. Call inside `announcer.say()`: the
 * words are made at the next render, in the widget's language.
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';
import type { SortDirection } from './ranking.js';
import type { View } from './toolbar.js';

/** «نمایش ۱ از ۱۰۵ دستگاه»: also the status line under the summary while rows are hidden. */
export const shownOfAll = (shown: number, all: number, locale: Locale): string =>
  msg(str`نمایش ${formatNumber(shown, locale)} از ${formatNumber(all, locale)} دستگاه`);

/** The rows shown, in words (said after the filter changed). */
export const shownWords = (shown: number, all: number, locale: Locale): string =>
  !shown
    ? msg('دستگاهی با این نام یافت نشد.')
    : shown < all
      ? shownOfAll(shown, all, locale)
      : msg(str`نمایش همهٔ ${formatNumber(all, locale)} دستگاه`);

/** After «show all» / «show the top N». */
export const showAllWords = (showAll: boolean | undefined, shown: number, limit: number, locale: Locale): string =>
  showAll
    ? msg(str`نمایش همهٔ ${formatNumber(shown, locale)} دستگاه`)
    : msg(str`${formatNumber(limit, locale)} دستگاه نخست نمایش داده می‌شود`);

export const viewWords = (view: View): string => (view === 'chart' ? msg('نمایش به صورت نمودار') : msg('نمایش به صورت جدول'));

/** After a header's sort button: the column's label and the direction. */
export const sortWords = (label: string, direction: SortDirection): string =>
  direction === 'ascending' ? msg(str`مرتب‌شده بر اساس ${label}، صعودی`) : msg(str`مرتب‌شده بر اساس ${label}، نزولی`);
