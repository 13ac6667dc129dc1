/** Search folding (the list's and the scoreboard's filters); its own module so no other element loads it. */
import { foldText } from './fold-table.js';

/**
 * Folds Persian/Arabic spelling variants so a search matches however it was typed, with
 * the table the reference API matches with (src/format/fold-table.js): ي ى → ی, ك → ک,
 * ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و, ئ → ی, a lone ء dropped, all digit forms → ASCII,
 * diacritics (U+064B–U+065F, U+0670), tatweel (U+0640) and ZWNJ (U+200C) removed,
 * spaces collapsed, Latin lower-cased.
 */
export const foldForSearch = (s: string): string => foldText(s);
