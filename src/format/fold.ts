/** Search folding (the list's and the scoreboard's filters); its own module so no other element loads it. */
import { toAsciiDigits } from './text.js';

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

