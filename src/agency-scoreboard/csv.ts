/**
 * The scoreboard's current view as CSV, for spreadsheet programs:
 * - UTF-8 with a BOM, or Excel reads the Persian as mojibake;
 * - numbers in ASCII digits with a `.` decimal point, unquoted, so they stay numbers;
 * - text always quoted, `"` doubled;
 * - text starting with = + - @ (or a tab / carriage return) gets a leading `'`, so a
 *   name such as `=HYPERLINK(…)` is shown, never run as a formula (CSV injection).
 * Lines end with CRLF (RFC 4180).
 */
export type CsvCell = string | number | undefined;

const BOM = '\ufeff';

/** One cell: a number as plain ASCII, text quoted and neutralised, nothing as empty. */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Header row plus data rows → the file's text, BOM first. */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Offers `text` as a file download: a Blob and a temporary `<a download>`, clicked once. */
export function downloadCsv(text: string, filename: string, parent: Node): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
