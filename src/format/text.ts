const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** `۱۴۰۳` / `١٤٠٣` → `1403`: user input in any digit form, sent as ASCII. */
export const toAsciiDigits = (s: string): string =>
  s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= PERSIAN_ZERO ? c - PERSIAN_ZERO : c - ARABIC_ZERO);
  });

/** The other way, for codes shown in fa: `13061408000` → `۱۳۰۶۱۴۰۸۰۰۰` (keep it in a `<bdi>`). */
export const localDigits = (s: string, locale: 'fa' | 'en'): string =>
  locale === 'fa' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + +d)) : s;

