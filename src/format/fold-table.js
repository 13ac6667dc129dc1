/**
 * The one Persian/Arabic search-folding table, shared by the list's query and the
 * scoreboard's filter (src/format/fold.ts) and by the reference API's matching
 * (dev/api/fold.mjs). Plain ESM with no imports so Node, Vite and a browser test all load
 * this same file; its types are in fold-table.d.ts.
 *
 * Iranian users type with Persian keyboards (ی ک, Persian digits, often without hamza
 * or madda) while government data holds Arabic code points (ي ك), Arabic-Indic digits
 * and careful spellings («تأیید», «مؤسسه», «آزمون»), so matching maps every variant to
 * one form on both sides. `normalize('NFKC')` does none of this.
 */

/**
 * Replacement per character; characters mapped to '' are removed. ZWNJ is removed rather
 * than turned into a space so «گواهی‌نامه», «گواهینامه» and, word by word, «گواهی نامه» match.
 * @type {Readonly<Record<string, string>>}
 */
export const FOLD_TABLE = (() => {
  /** @type {Record<string, string>} */
  const t = {};
  for (const [to, from] of [
    ['ی', 'يىئ'], // Arabic yeh, alef maksura; yeh with hamza
    ['ک', 'ك'], // Arabic kaf
    ['ه', 'ةۀ'], // teh marbuta, heh with hamza
    ['ا', 'أإآٱ'], // alef with hamza above / below, with madda, wasla
    ['و', 'ؤ'], // waw with hamza
    ['', 'ء\u0670\u0640\u200c'], // a lone hamza («جزء» = «جز»), superscript alef, tatweel, ZWNJ
  ]) {
    for (const ch of from) t[ch] = to;
  }
  for (let d = 0; d <= 9; d++) {
    t[String.fromCharCode(0x660 + d)] = t[String.fromCharCode(0x6f0 + d)] = String(d); // Arabic-Indic ٠–٩, Persian ۰–۹
  }
  // Harakat and the combining hamza/madda marks (U+064B–U+065F): «تأ» typed as ا + U+0654 too.
  for (let c = 0x64b; c <= 0x65f; c++) t[String.fromCharCode(c)] = '';
  return Object.freeze(t);
})();

/** Runs of characters the table changes; one callback per run is about twice as fast as one pass per rule. */
const VARIANTS = new RegExp(`[${Object.keys(FOLD_TABLE).join('')}]+`, 'g');

/** @param {string} run */
const replaceRun = (run) => {
  let out = '';
  for (const ch of run) out += FOLD_TABLE[ch];
  return out;
};

/**
 * Folds text for matching: the table above, single spaces, trimmed, Latin lower-cased.
 * @param {string} text
 * @returns {string}
 * @example foldText('تأیید  مؤسسه ١٤٠٣') === 'تایید موسسه 1403'
 */
export const foldText = (text) => text.replace(VARIANTS, replaceRun).replace(/\s+/g, ' ').trim().toLowerCase();
