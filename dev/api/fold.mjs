/**
 * Persian/Arabic search folding for the reference API.
 *
 * Iranian users type with Persian keyboards (ی ک, Persian digits) while many
 * government databases still hold Arabic code points (ي ك) or Arabic-Indic digits,
 * so matching must map every variant to one form on both sides (query and data).
 * `String.prototype.normalize('NFKC')` does none of this, hence a hand-written table.
 *
 * Pure ESM, no Node imports, so a browser test may import it too.
 * @module
 */

/**
 * Replacement per code point; characters mapped to '' are removed:
 * harakat and hamza/madda marks (U+064B–U+065F), superscript alef (U+0670),
 * tatweel (U+0640) and ZWNJ (U+200C). ZWNJ is removed rather than turned into a
 * space so «گواهی‌نامه», «گواهینامه» and, word by word, «گواهی نامه» all match.
 * @type {Record<string, string>}
 */
const MAP = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', '\u0670': '', '\u0640': '', '\u200C': '' };
for (let d = 0; d <= 9; d++) {
  MAP[String.fromCharCode(0x660 + d)] = String(d); // Arabic-Indic ٠–٩
  MAP[String.fromCharCode(0x6f0 + d)] = String(d); // Persian ۰–۹
}
for (let c = 0x64b; c <= 0x65f; c++) MAP[String.fromCharCode(c)] = '';

/** Runs of characters that change; one callback per run keeps folding ~2× faster than one pass per rule. */
// eslint-disable-next-line no-misleading-character-class -- a set of code points: each mark is folded on its own
const VARIANTS = /[يىكةۀ\u0660-\u0669\u06F0-\u06F9\u064B-\u065F\u0670\u0640\u200C]+/g;

/** @param {string} run */
function replaceRun(run) {
  let out = '';
  for (const ch of run) out += MAP[ch];
  return out;
}

/**
 * Fold text for matching: one form for letters and digits (ASCII), no diacritics,
 * tatweel or ZWNJ, single spaces, trimmed, Latin lower-cased.
 * @param {unknown} text any value; `null`/`undefined` fold to `''`
 * @returns {string}
 * @example fold('كارت  شناسايي ١٤٠٣') === 'کارت شناسایی 1403'
 */
export function fold(text) {
  if (text == null) return '';
  return String(text).replace(VARIANTS, replaceRun).replace(/\s+/g, ' ').trim().toLowerCase();
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
