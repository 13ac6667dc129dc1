import { html, type TemplateResult } from 'lit';

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

/**
 * Folds Persian/Arabic spelling variants so a search matches however it was typed:
 * ي ى → ی, ك → ک, ة ۀ → ه, أ إ آ stay (they are distinct in Persian), all digit forms
 * → ASCII, diacritics (U+064B–U+065F, U+0670), tatweel (U+0640) and ZWNJ (U+200C)
 * removed, spaces collapsed, Latin lower-cased. `normalize('NFKC')` does none of this.
 */
export function foldForSearch(s: string): string {
  return toAsciiDigits(s)
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\u0629\u06c0]/g, '\u0647')
    .replace(/[\u064b-\u065f\u0670\u0640\u200c]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Arabic letter forms the registry's data often has, written the Persian way: ي ى → ی,
 * ك → ک (a final «ي» with dots under it reads as a spelling error to a Persian reader).
 * For showing text in fa only; the data keeps what the API sent (README "Locales and calendar").
 */
export const persianLetters = (s: string): string => s.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9');

/**
 * Codes, tracking numbers, URLs and Latin runs inside RTL text reorder unless
 * isolated: `12-345-678` would read `678-345-12`. Codes read left to right.
 */
export const code = (value: string): TemplateResult => html`<bdi dir="ltr">${value}</bdi>`;

/** Isolates text of unknown direction (an agency name in English inside Persian). */
export const bdi = (value: unknown): TemplateResult => html`<bdi>${value}</bdi>`;

/**
 * Between items of a run-in list ("round 5 · 105 agencies"). Not a middle dot in Persian:
 * «·» beside Persian digits reads as a zero «۰»; the Persian comma «،» is what is written.
 */
export const listSeparator = (locale: 'fa' | 'en'): string => (locale === 'fa' ? '، ' : ' · ');
