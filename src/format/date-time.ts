/**
 * Date with time of day, and whole days between dates: an inquiry's timeline and its
 * deadline (the tracker's alone, so a page without it does not load them).
 */
import type { Calendar } from '../core/config.js';
import type { Locale } from '../core/locale.js';
import { parseDate, TIME_ZONE } from './dates.js';
import { dateFormat } from './intl.js';

/** Date and time of day, e.g. for an inquiry's timeline. */
export function formatDateTime(value: string | Date, locale: Locale, calendar: Calendar): string {
  const d = parseDate(value);
  return d ? dateFormat(locale, calendar, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(d) : '';
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const wholeDaysBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
