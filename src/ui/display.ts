/**
 * API text as a Persian reader expects it: in fa, every string of the data is shown with
 * Persian letter forms (`persianLetters`, src/format/text.ts); in en it is shown as sent.
 * Applied once, where the shared state switch hands the data to a widget's ready view
 * (`renderState`), so no template has to remember it. Events and `.data` keep what the
 * API sent: this makes a display copy, and only of what it changes.
 */
import { html, nothing } from 'lit';
import { persianLetters } from '../format/text.js';
import { checkedLike } from '../core/validate.js';
import { activeLocale, type Locale } from '../core/locale.js';

/** Links keep their letters: `https://…` (or any `scheme:`) is an address, not text. */
const ADDRESS = /^[a-z][a-z\d+.-]*:/i;

/** Each object → its display form (itself when nothing in it changes; a copy → itself: it is in Persian forms already). */
const shown = new WeakMap<object, unknown>();

function letters(v: unknown): unknown {
  if (typeof v === 'string') return ADDRESS.test(v) ? v : persianLetters(v);
  if (typeof v !== 'object' || v === null) return v;
  let result = shown.get(v);
  if (result === undefined) {
    let changed = false;
    // A loop over the keys, not entries mapped back into an object: this runs for every
    // object of every widget's data at its first render (1000 cards, bench/).
    const out = (Array.isArray(v) ? Array(v.length) : {}) as Record<string, unknown>;
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      const y = (out[k] = letters(x));
      if (y !== x) changed = true;
    }
    result = changed ? out : v;
    if (changed) {
      shown.set(out, out);
      checkedLike(out, v);
    }
    shown.set(v, result);
  }
  return result;
}

/** The data as the widget shows it in `locale`: Persian letter forms in fa, as sent in en. */
export const forDisplay = <T>(data: T, locale: Locale): T => (locale === 'fa' ? (letters(data) as T) : data);

/** Arabic-script letters (Persian, Arabic): text the fa voice must read. */
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Latin letters: with no Arabic-script ones, text an fa voice would only spell out. */
const LATIN = /[a-z]/i;

/**
 * The language of a piece of API text when it is not the widget's (WCAG 3.1.2, language of
 * parts): in en, text in Arabic script is `fa`; in fa, text known to be Latin (Latin letters
 * and no Arabic script) is `en`. Else undefined: it inherits the widget's `lang`.
 */
export function langOf(text: unknown, locale: Locale = activeLocale()): Locale | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  if (locale === 'en') return ARABIC_SCRIPT.test(text) ? 'fa' : undefined;
  return LATIN.test(text) && !ARABIC_SCRIPT.test(text) ? 'en' : undefined;
}

/**
 * API text as text, in its own language: wrapped in `<span lang dir>` when that is not the
 * widget's (`dir` follows: Persian runs right to left inside English, Latin left to right).
 */
export function apiText(text: string | undefined, locale: Locale = activeLocale()): unknown {
  const lang = langOf(text, locale);
  return lang ? html`<span lang=${lang} dir=${lang === 'fa' ? 'rtl' : 'ltr'}>${text}</span>` : (text ?? '');
}

/** For an element that holds only API text: its `lang` and `dir` when not the widget's, else neither. */
export const langAttr = (text: unknown, locale: Locale = activeLocale()): Locale | typeof nothing => langOf(text, locale) ?? nothing;
