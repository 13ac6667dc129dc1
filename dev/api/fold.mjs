/**
 * Persian/Arabic search folding for the reference API.
 *
 * Iranian users type with Persian keyboards (ی ک, Persian digits) while many
 * government databases still hold Arabic code points (ي ك) or Arabic-Indic digits,
 * so matching must map every variant to one form on both sides (query and data).
 * The table is the widgets' own (src/format/fold-table.js), so the server and the
 * widgets' filters can never disagree on what matches.
 *
 * Pure ESM, no Node imports, so a browser test may import it too.
 * @module
 */

import { foldText } from '../../src/format/fold-table.js';

/**
 * Fold text for matching: one form for letters (hamza and madda folded) and digits
 * (ASCII), no diacritics, tatweel or ZWNJ, single spaces, trimmed, Latin lower-cased.
 * @param {unknown} text any value; `null`/`undefined` fold to `''`
 * @returns {string}
 * @example fold('كارت  شناسايي ١٤٠٣') === 'کارت شناسایی 1403'
 */
export function fold(text) {
  if (text == null) return '';
  return foldText(String(text));
}

/**
 * Split a query into folded words; an item matches when it contains every word.
 * @param {unknown} query
 * @returns {string[]}
 */
export function foldWords(query) {
  const folded = fold(query);
  return folded ? folded.split(' ') : [];
}
