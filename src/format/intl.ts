/**
 * Intl objects are costly to build and cheap to reuse: one cache for all formatters.
 * fa → `fa-IR` (Persian digits, Solar Hijri by default), en → `en-US`.
 */
import type { Locale } from '../core/locale.js';
import type { Calendar } from '../core/config.js';

/** By tag and options (a date tag always names its calendar, a number tag never does). */
const formats = new Map<string, unknown>();

export const intlTag = (locale: Locale, calendar?: Calendar): string =>
  (locale === 'fa' ? 'fa-IR' : 'en-US') + (calendar ? `-u-ca-${calendar}` : '');

function cached<F, O>(Format: new (tag: string, options: O) => F, tag: string, options: O): F {
  const key = tag + JSON.stringify(options);
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = new Format(tag, options)));
  return f;
}

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(Intl.NumberFormat, intlTag(locale), options);

export const dateFormat = (locale: Locale, calendar: Calendar, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, intlTag(locale, calendar), options);
