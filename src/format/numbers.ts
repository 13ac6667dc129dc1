import { msg } from '@lit/localize';
import { withLocale, type Locale } from '../core/locale.js';
import { numberFormat } from './intl.js';

/** 450000 → `۴۵۰٬۰۰۰` (fa) / `450,000` (en). */
export const formatNumber = (n: number, locale: Locale, maximumFractionDigits = 2): string =>
  numberFormat(locale, { maximumFractionDigits }).format(n);

/**
 * A fee in rials, as Iranian sites write it: the number, then «ریال» (Intl's IRR
 * currency style puts the symbol first behind an invisible LRM). null → «رایگان».
 */
export function formatRials(amount: number | null | undefined, locale: Locale): string {
  return withLocale(locale, () =>
    amount === null || amount === undefined || amount === 0 ? msg('رایگان') : `${formatNumber(amount, locale, 0)} ${msg('ریال')}`,
  );
}

/** 3 → `۳ روز` / `3 days`, 1 → `1 day` (Intl picks the plural). */
export const formatDays = (days: number, locale: Locale): string =>
  numberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(days);
