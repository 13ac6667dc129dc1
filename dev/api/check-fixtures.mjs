#!/usr/bin/env node
/**
 * Validate the reference API's answers against openapi.json (strict: no keys the
 * schema does not name) and check the figures tests rely on. Starts the middleware
 * on an ephemeral port, so it needs no running server:
 *   node dev/api/check-fixtures.mjs
 * Exits 1 and lists every problem when anything is off.
 * @module
 */

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApiMiddleware } from './middleware.mjs';
import { validateAgainst } from './schema-check.mjs';
import { SPECIAL_IDS } from './data/special-services.mjs';
import { INQUIRY_CODES } from './data/inquiries.mjs';

const doc = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8'));
/** @type {string[]} */
const problems = [];
let checked = 0;

const api = createApiMiddleware({ base: '/api', timeoutMs: 300 });
const server = createServer((req, res) =>
  api(req, res, () => {
    res.statusCode = 599;
    res.end();
  }),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

/**
 * Fetch, check headers and status, validate the body.
 * @param {string} path under /api
 * @param {string} schema component name
 * @param {number} [status]
 * @returns {Promise<any>}
 */
async function expect(path, schema, status = 200) {
  checked++;
  const res = await fetch(`${origin}/api${path}`);
  const where = `GET ${path}`;
  if (res.status !== status) problems.push(`${where}: status ${res.status}, expected ${status}`);
  if (res.headers.get('access-control-allow-origin') !== '*') problems.push(`${where}: no Access-Control-Allow-Origin: *`);
  if (res.headers.get('cache-control') !== 'no-store') problems.push(`${where}: no Cache-Control: no-store`);
  if (res.headers.get('content-type') !== 'application/json; charset=utf-8')
    problems.push(`${where}: content-type ${res.headers.get('content-type')}`);
  const body = await res.json();
  for (const e of validateAgainst(doc, schema, body, { strict: true })) problems.push(`${where}: ${e.path}: ${e.message}`);
  return body;
}

/**
 * @param {boolean} ok
 * @param {string} message
 */
function assert(ok, message) {
  checked++;
  if (!ok) problems.push(message);
}

// Services: every special fixture, then the whole directory page by page.
for (const id of Object.values(SPECIAL_IDS)) await expect(`/services/${id}`, 'Service');
const first = await expect('/services?page=1&pageSize=100', 'ServicePage');
assert(first.total >= 5800, `total services ${first.total} < 5800`);
const agencies = new Set();
const ids = new Set();
for (let page = 1; page <= Math.ceil(first.total / 100); page++) {
  const body = page === 1 ? first : await expect(`/services?page=${page}&pageSize=100`, 'ServicePage');
  for (const s of body.items) {
    agencies.add(s.agency.id);
    ids.add(s.id);
  }
}
assert(ids.size === first.total, `paging saw ${ids.size} distinct ids, total says ${first.total}`);
assert(agencies.size >= 100, `services span ${agencies.size} agencies, expected ≥ 100`);
assert(
  [...ids].every((id) => /^\d{11}$/.test(id)),
  'a service id is not 11 digits',
);

const past = await expect(`/services?page=${Math.ceil(first.total / 20) + 1}`, 'ServicePage');
assert(past.items.length === 0 && past.total === first.total, 'page past the end must be empty with the real total');
const clamped = await expect('/services?pageSize=1000', 'ServicePage');
assert(clamped.pageSize === 100 && clamped.items.length === 100, 'pageSize must clamp to 100');
const tiny = await expect('/services?pageSize=0', 'ServicePage');
assert(tiny.pageSize === 1 && tiny.items.length === 1, 'pageSize must clamp to 1');

/** @param {Record<string, string>} params */
const list = (params) => expect(`/services?${new URLSearchParams(params)}`, 'ServicePage');
const arabicQuery = await list({ q: 'كارت هوشمند كشاورزي', pageSize: '100' });
const persianQuery = await list({ q: 'کارت هوشمند کشاورزی', pageSize: '100' });
assert(arabicQuery.total === persianQuery.total && arabicQuery.total > 1, 'Arabic and Persian spellings must find the same services');
assert(
  persianQuery.items.some((/** @type {any} */ s) => s.id === SPECIAL_IDS.arabicLetters),
  'Persian query must find the Arabic-spelled fixture',
);
assert(
  arabicQuery.items.some((/** @type {any} */ s) => s.title.includes('کارت')),
  'Arabic query must find Persian-spelled titles',
);
for (const q of ['گواهینامه بینالمللی', 'گواهی‌نامه بین‌المللی', 'گواهی نامه بین المللی']) {
  const r = await list({ q });
  assert(
    r.items.some((/** @type {any} */ s) => s.id === SPECIAL_IDS.zwnj),
    `"${q}" must find the ZWNJ fixture`,
  );
}
const diacritics = await list({ q: 'ثبت نام آزمون دوره ۲۰ کارشناسی' });
assert(
  diacritics.items.some((/** @type {any} */ s) => s.id === SPECIAL_IDS.diacritics),
  'diacritics/tatweel/digit fixture not found',
);
const byId = await list({ q: '۱۳۰۶۱۴۰۸۰۰۰' });
assert(byId.items[0]?.id === SPECIAL_IDS.centralInsurance, 'search by id in Persian digits must find 13061408000');
const filtered = await list({ agency: 'ins-central', electronic: 'full', type: 'G2C', pageSize: '100' });
assert(
  filtered.items.every((/** @type {any} */ s) => s.agency.id === 'ins-central' && s.electronic === 'full' && s.type === 'G2C'),
  'filters not applied',
);
await list({ agency: 'no-such-agency' });

// Evaluations: every round, every agency of every round.
for (const round of ['1', '2', '3', '4', '5', 'latest']) {
  const summary = await expect(`/evaluations/${round}/summary`, 'EvaluationSummary');
  const board = await expect(`/evaluations/${round}/agencies`, 'Scoreboard');
  assert(board.items.length === summary.agencyCount, `round ${round}: ${board.items.length} agencies, summary says ${summary.agencyCount}`);
  if (round === 'latest') continue;
  for (const row of board.items) {
    const detail = await expect(`/evaluations/${round}/agencies/${row.agency.id}`, 'AgencyEvaluation');
    const rank = 1 + board.items.filter((/** @type {any} */ r) => r.score > row.score).length;
    assert(detail.rank === rank && detail.score === row.score, `round ${round} ${row.agency.id}: rank/score differ from the list`);
  }
  if (Number(round) <= 3)
    assert(
      summary.axes.some(
        (/** @type {any} */ a) =>
          a.label && !['portal', 'web-presence', 'interactive', 'transactional', 'integration', 'participation'].includes(a.key),
      ),
      `round ${round} needs an unknown, labelled axis`,
    );
}
const published = await expect('/evaluations/5/summary', 'EvaluationSummary');
assert(
  JSON.stringify(published) ===
    JSON.stringify({
      round: 5,
      agencyCount: 105,
      serviceCount: 2200,
      score: 62.8,
      axes: [
        { key: 'portal', score: 84 },
        { key: 'web-presence', score: 66.9 },
        { key: 'interactive', score: 70.44 },
        { key: 'transactional', score: 70.22 },
        { key: 'integration', score: 50.19 },
      ],
      history: published.history,
    }) &&
    published.history.at(-1).score === 62.8 &&
    published.history.length === 5,
  'round 5 summary is not the published figures',
);
const board5 = await expect('/evaluations/5/agencies', 'Scoreboard');
const scores5 = board5.items.map((/** @type {any} */ r) => r.score);
assert(board5.items.length === 105, 'round 5 must list exactly 105 agencies');
assert(
  board5.items[0].agency.id === 'ins-central' && board5.items[1].agency.id === 'oietai',
  'round 5 must start with ins-central, oietai',
);
assert(scores5.filter((/** @type {number} */ s) => s < 40).length >= 12, 'round 5 needs ≥ 12 agencies under 40');
assert(
  scores5.filter((/** @type {number} */ s, /** @type {number} */ i) => scores5.indexOf(s) !== i).length >= 2,
  'round 5 needs ≥ 2 ties',
);
assert(new Set(scores5.slice(0, 10)).size < 10, 'round 5 needs a tie in the top 10');
assert(
  scores5.every((/** @type {number} */ s) => /^\d+\.\d{1,2}$/.test(String(s))),
  'round 5 scores need one or two decimals',
);
const withPrevious = board5.items.filter((/** @type {any} */ r) => r.previousScore !== undefined).length;
assert(withPrevious > 52 && withPrevious < 105, 'previousScore must be present for most but not all');
await expect('/evaluations/6/summary', 'Error', 404);
await expect('/evaluations/x/summary', 'Error', 400);
await expect('/evaluations/5/agencies/no-such-agency', 'Error', 404);

// Inquiries: every fixture, both code spellings, the advancing one in a fresh session.
const statuses = new Set();
for (const code of Object.values(INQUIRY_CODES)) {
  const inquiry = await expect(`/inquiries/${code}`, 'Inquiry');
  const again = await expect(`/inquiries/${code.replace(/-/g, '')}`, 'Inquiry');
  assert(again.trackingCode === code, `${code}: digits-only lookup failed`);
  statuses.add(inquiry.status);
}
assert(statuses.size === 6, `inquiry fixtures cover ${[...statuses]} (need all 6 statuses)`);
const overdue = await expect(`/inquiries/${INQUIRY_CODES.overdue}`, 'Inquiry');
assert(Math.abs(Date.parse(overdue.dueAt) - (Date.now() - 3 * 86_400_000)) < 120_000, 'overdue fixture must be due 3 days ago');
const dueSoon = await expect(`/inquiries/${INQUIRY_CODES.notYetDue}`, 'Inquiry');
assert(Math.abs(Date.parse(dueSoon.dueAt) - (Date.now() + 5 * 86_400_000)) < 120_000, 'not-yet-due fixture must be due in 5 days');
const long = await expect(`/inquiries/${INQUIRY_CODES.longHistory}`, 'Inquiry');
assert(long.events.length >= 12 && long.events.every((/** @type {any} */ e) => e.note), 'long history needs 12+ events with notes');
const steps = [];
for (let i = 0; i < 5; i++) steps.push((await expect(`/_s/check-advancing/inquiries/${INQUIRY_CODES.advancing}`, 'Inquiry')).status);
assert(steps.join() === 'registered,sent,in-review,answered,answered', `advancing inquiry went ${steps}`);
await expect('/inquiries/1403-0725-11884', 'Error', 400);
await expect('/inquiries/1403-0725-118843', 'Error', 404);

// Errors and helpers.
await expect('/services/00000000000', 'Error', 404);
await expect('/nope', 'Error', 404);
await expect('/services?page=0', 'Error', 400);
await expect('/_fault/500/services/13061408000', 'Error', 500);
await expect('/_fault/503/services/13061408000', 'Error', 503);
await expect('/_fault/404/services/13061408000', 'Error', 404);
await expect('/_fault/timeout/services/13061408000', 'Error', 504);
await expect('/_fault/bogus/services/13061408000', 'Error', 400);
await expect('/_fault/429-4/inquiries/1403-0725-118842', 'Error', 429);
await expect('/_fault/503-30/services/13061408000', 'Error', 503);
const busy = await fetch(`${origin}/api/_fault/429-4/services/13061408000`);
assert(busy.headers.get('retry-after') === '4', `429-4 sends Retry-After: ${busy.headers.get('retry-after')}`);
const invalid = await (await fetch(`${origin}/api/_fault/invalid/services/13061408000`)).json();
for (const schema of ['Service', 'ServicePage', 'EvaluationSummary', 'AgencyEvaluation', 'Scoreboard', 'Inquiry']) {
  assert(validateAgainst(doc, schema, invalid).length > 0, `the invalid fault body passes as ${schema}`);
}
await expect('/_s/check-flaky/_fault/flaky/services/13061408000', 'Error', 500);
await expect('/_s/check-flaky/_fault/flaky/services/13061408000', 'Service');
const stats = await expect('/_stats/check-flaky', 'Stats');
assert(stats.total === 2 && stats.byPath['/services/13061408000'] === 2, `stats: ${JSON.stringify(stats)}`);
const served = await (await fetch(`${origin}/api/openapi.json`)).json();
assert(JSON.stringify(served) === JSON.stringify(doc), 'GET /api/openapi.json differs from openapi.json');

server.close();
if (problems.length) {
  console.error(`${problems.length} problem(s) in ${checked} checks:\n- ${problems.slice(0, 200).join('\n- ')}`);
  process.exit(1);
}
console.log(`reference API fixtures OK: ${checked} checks against openapi.json`);
