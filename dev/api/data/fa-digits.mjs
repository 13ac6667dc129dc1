/**
 * Persian digits for fixture text: Iranian agencies write numbers in running
 * Persian text with ۰–۹, and the search folding must cope with that.
 * @module
 */

/**
 * @param {number | string} value
 * @returns {string} the same text with ASCII digits replaced by Persian ones
 */
export function faDigits(value) {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
}
