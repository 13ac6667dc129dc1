/** Percentages and signed changes (the gauge's and the scoreboard's); its own module so the other elements do not load it. */
import type { Locale } from '../core/locale.js';
import { numberFormat } from './intl.js';

/** A ratio 0–1 as a percentage: 0.628 → `۶۲٫۸٪` (fa) / `62.8%` (en). */
export const formatPercent = (ratio: number, locale: Locale, maximumFractionDigits = 2): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio);

/** A score on the 0–100 scale the API uses: 62.8 → `۶۲٫۸٪`. */
export const formatScore = (score: number, locale: Locale): string => formatPercent(score / 100, locale);

/** A signed change: +4.2 → `+۴٫۲` / `+4.2`, with the sign always shown. */
export const formatSigned = (n: number, locale: Locale): string =>
  numberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(n);
