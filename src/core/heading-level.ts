/** A heading level, `<h1>`…`<h6>` (README "Headings"). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `3` or `'3'` → 3; anything that is not a whole number 1–6 → undefined. */
export function toHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = Number(value);
  return n >= 1 && n <= 6 && n % 1 === 0 ? (n as HeadingLevel) : undefined;
}
