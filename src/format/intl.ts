/**
 * Intl objects are costly to build and cheap to reuse: one cache for all formatters.
 * fa → `fa-IR` (Persian digits, Solar Hijri by default), en → `en-US`.
 */
import type { Locale } from '../core/locale.js';
import type { Calendar } from '../core/config.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export const intlTag = (locale: Locale, calendar?: Calendar): string =>
  (locale === 'fa' ? 'fa-IR' : 'en-US') + (calendar ? `-u-ca-${calendar}` : '');

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(intlTag(locale), options)));
  return f;
}

export function dateFormat(locale: Locale, calendar: Calendar, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + calendar + JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(intlTag(locale, calendar), options)));
  return f;
}
