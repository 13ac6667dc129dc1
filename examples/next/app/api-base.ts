/** The API the server reads: `EGOV_API_BASE` (absolute; a server has no page URL to resolve `/egov-api` against). */
export function apiBase(): string {
  const base = process.env.EGOV_API_BASE;
  if (!base || !/^https?:\/\//.test(base)) throw new Error('Set EGOV_API_BASE to the API base URL, e.g. https://api.example.ir/egov');
  return base.replace(/\/+$/, '');
}
