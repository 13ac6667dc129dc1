import { msg } from '@lit/localize';
import { withLocale, type Locale } from '../core/locale.js';
import { numberFormat } from './intl.js';

/** 450000 → `۴۵۰٬۰۰۰` (fa) / `450,000` (en). */
export const formatNumber = (n: number, locale: Locale, maximumFractionDigits = 2): string =>
  numberFormat(locale, { maximumFractionDigits }).format(n);

/** A ratio 0–1 as a percentage: 0.628 → `۶۲٫۸٪` (fa) / `62.8%` (en). */
export const formatPercent = (ratio: number, locale: Locale, maximumFractionDigits = 2): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio);

/** A score on the 0–100 scale the API uses: 62.8 → `۶۲٫۸٪`. */
export const formatScore = (score: number, locale: Locale): string => formatPercent(score / 100, locale);

/**
 * A fee in rials, as Iranian sites write it: the number, then «ریال» (Intl's IRR
 * currency style puts the symbol first behind an invisible LRM). null → «رایگان».
 */
export function formatRials(amount: number | null | undefined, locale: Locale): string {
  return withLocale(locale, () =>
    amount === null || amount === undefined || amount === 0
      ? msg('رایگان')
      : `${formatNumber(amount, locale, 0)} ${msg('ریال')}`,
  );
}

/** 3 → `۳ روز` / `3 days`, 1 → `1 day` (Intl picks the plural). */
export const formatDays = (days: number, locale: Locale): string =>
  numberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(days);

/** A signed change: +4.2 → `+۴٫۲` / `+4.2`, with the sign always shown. */
export const formatSigned = (n: number, locale: Locale): string =>
  numberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(n);
