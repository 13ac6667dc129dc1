import type { Calendar } from '../core/config.js';
import type { Locale } from '../core/locale.js';
import { dateFormat } from './intl.js';

/**
 * Dates are shown in Tehran time whatever the reader's machine says: a counter office
 * and the agency must read the same day for the same deadline.
 */
export const TIME_ZONE = 'Asia/Tehran';

/** An ISO date or date-time → Date, or undefined when it is not a real date. */
export function parseDate(value: string | Date | undefined | null): Date | undefined {
  if (!value) return undefined; // undefined, null or ''
  const d = value instanceof Date ? value : new Date(value);
  return isNaN(d.getTime()) ? undefined : d;
}

/** `2024-03-20` → `۱ فروردین ۱۴۰۳` (fa, Solar Hijri) / `March 20, 2024` (en, Gregorian). */
export function formatDate(value: string | Date, locale: Locale, calendar: Calendar): string {
  const d = parseDate(value);
  return d ? dateFormat(locale, calendar, { dateStyle: 'long', timeZone: TIME_ZONE }).format(d) : '';
}
