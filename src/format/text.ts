const PERSIAN_ZERO = 0x06f0;

/** `۱۴۰۳` / `١٤٠٣` → `1403`: user input in any digit form, sent as ASCII. */
export const toAsciiDigits = (s: string): string =>
  // Both zeros (U+06F0, U+0660) end in hex 0, so a digit's value is its code's last hex digit.
  s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) & 0xf));

/** The other way, for codes shown in fa: `13061408000` → `۱۳۰۶۱۴۰۸۰۰۰` (keep it in a `<bdi>`). */
export const localDigits = (s: string, locale: 'fa' | 'en'): string =>
  locale === 'fa' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + +d)) : s;

/**
 * Arabic letter forms the registry's data often has, written the Persian way: ي ى → ی,
 * ك → ک (a final «ي» with dots under it reads as a spelling error to a Persian reader).
 * For showing text in fa only; the data keeps what the API sent (README "Locales and calendar").
 */
export const persianLetters = (s: string): string => s.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9');
