/**
 * The only URLs that may become links: absolute http(s). `javascript:`, `data:`,
 * `vbscript:`, protocol-relative `//evil` and relative paths all give undefined, so the
 * widget shows the text with no link at all.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  if (/^https?:\/\//i.test(s)) {
    try {
      // The scheme is already http(s), so the parsed URL's is too: give its normalised form.
      return new URL(s).href;
    } catch {
      // `http://` with no host, a bad port…: not a URL, so no link.
    }
  }
  return undefined;
}
