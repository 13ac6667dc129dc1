/**
 * The only URLs that may become links: absolute http(s). `javascript:`, `data:`,
 * `vbscript:`, protocol-relative `//evil` and relative paths all give undefined, so the
 * widget shows the text with no link at all.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
