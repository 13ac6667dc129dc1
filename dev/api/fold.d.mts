// Types for fold.mjs.
/** Fold Persian/Arabic letter and digit variants, strip diacritics/tatweel/ZWNJ, collapse spaces, lower-case Latin. */
export function fold(text: unknown): string;
/** Folded query words (empty array for an empty query). */
export function foldWords(query: unknown): string[];
