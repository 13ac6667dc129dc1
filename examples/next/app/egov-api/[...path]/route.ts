/**
 * `/egov-api/*`, the base both pages' providers choose, passed on to the API at
 * `EGOV_API_BASE` (where a site would put this in its reverse proxy instead).
 */
import { apiBase } from '../../api-base';

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const url = `${apiBase()}/${path.map(encodeURIComponent).join('/')}${new URL(request.url).search}`;
  const answer = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  return new Response(answer.body, {
    status: answer.status,
    headers: { 'Content-Type': answer.headers.get('Content-Type') ?? 'application/json', 'Cache-Control': 'no-store' },
  });
}
