/**
 * Rounds of the national e-government maturity evaluation (ارزیابی دستگاه‌های اجرایی).
 *
 * Round 5's national summary is the published figure set; everything per agency
 * and all earlier rounds are deterministic sample data shaped to exercise the
 * widgets: ties (one in the top 10), a long tail under the 40% threshold,
 * agencies new in a round (no previousScore), and rounds 1–3 using an older axis
 * set with keys the widgets do not know (so they must show the API's `label`).
 * @module
 */

import { createRandom } from '../prng.mjs';
import { AGENCIES, agencyRef } from './agencies.mjs';
import { countServicesOf } from './services.mjs';

/** @typedef {{ key: string, label?: string }} AxisDef */
/** @typedef {{ key: string, score: number, label?: string }} AxisScore */

export const LATEST_ROUND = 5;

/** Axis sets: the contract says later rounds changed them. Unknown keys carry a Persian label. */
const OLD_AXES = [
  { key: 'e-readiness', label: 'آمادگی الکترونیکی' },
  { key: 'information', label: 'اطلاع‌رسانی' },
  { key: 'interactive' },
  { key: 'transactional' },
];
const ROUND4_AXES = [
  { key: 'portal' },
  { key: 'web-presence' },
  { key: 'interactive' },
  { key: 'transactional' },
  { key: 'integration' },
  { key: 'participation' },
];
const ROUND5_AXES = [{ key: 'portal' }, { key: 'web-presence' }, { key: 'interactive' }, { key: 'transactional' }, { key: 'integration' }];

/**
 * National figures per round. Round 5 is the published one and must not change.
 * @type {Record<number, { agencyCount: number, serviceCount: number, score: number, axes: AxisDef[], axisScores: number[] }>}
 */
const NATIONAL = {
  1: { agencyCount: 70, serviceCount: 1250, score: 41.3, axes: OLD_AXES, axisScores: [48.2, 52.75, 37.4, 26.9] },
  2: { agencyCount: 80, serviceCount: 1600, score: 47.85, axes: OLD_AXES, axisScores: [55.1, 58.3, 44.62, 33.5] },
  3: { agencyCount: 90, serviceCount: 1850, score: 53.6, axes: OLD_AXES, axisScores: [61.45, 63.2, 51.8, 38.07] },
  4: { agencyCount: 98, serviceCount: 2050, score: 58.42, axes: ROUND4_AXES, axisScores: [79.5, 61.3, 64.18, 63.9, 44.75, 36.2] },
  5: { agencyCount: 105, serviceCount: 2200, score: 62.8, axes: ROUND5_AXES, axisScores: [84, 66.9, 70.44, 70.22, 50.19] },
};

/**
 * Round-5 scores of the top ten, in order. Ranks 4 and 5 tie on purpose.
 * The first two are named in the brief: Central Insurance, then OIETAI.
 */
const TOP_TEN = [
  ['ins-central', 93.15],
  ['oietai', 91.4],
  ['tax', 89.72],
  ['ssaa', 88.5],
  ['tamin', 88.5],
  ['customs', 87.06],
  ['sabteahval', 85.9],
  ['isiri', 84.33],
  ['cbi', 83.1],
  ['post', 82.47],
];

const round2 = (/** @type {number} */ x) => Math.round(x * 100) / 100;
const clamp = (/** @type {number} */ x) => Math.min(100, Math.max(0, x));
/** Bends values above 90 towards 99.5, so strong agencies' axes differ instead of piling up at the cap. */
const saturate = (/** @type {number} */ x) => (x <= 90 ? x : 90 + 9.5 * (1 - Math.exp(-(x - 90) / 8)));

/**
 * A score with one or two decimals (never a whole number), as the published tables print them.
 * @param {number} x
 */
function decimalScore(x) {
  let v = round2(clamp(x));
  if (Number.isInteger(v)) v = round2(v + (v >= 99 ? -0.3 : 0.3));
  return v;
}

const rand = createRandom(0xe7a1_0005);

/**
 * The 105 agencies of round 5, in ranking order, with their round-5 score.
 * Also fixes when each joined (the last 7 are new in round 5, etc.).
 */
function buildRound5() {
  const topIds = new Set(TOP_TEN.map(([id]) => id));
  const others = rand.sample(
    AGENCIES.filter((a) => !topIds.has(a.id)).map((a) => a.id),
    105 - TOP_TEN.length,
  );
  // A concave curve from ~81.5 down to ~18: the median lands near 57 and ~20 fall under 40.
  const tail = others
    .map((_, i) => {
      const x = i / (others.length - 1);
      return decimalScore(18 + 63.5 * Math.pow(1 - x, 0.7) + (rand.next() - 0.5) * 2);
    })
    .sort((a, b) => b - a);
  tail[47] = tail[46]; // a second, mid-table tie
  /** @type {{ id: string, score: number }[]} */
  const rows = TOP_TEN.map(([id, score]) => ({ id: String(id), score: Number(score) }));
  others.forEach((id, i) => rows.push({ id, score: tail[i] }));
  return rows;
}

/**
 * @typedef {object} AgencyRound
 * @property {{ id: string, name: string }} agency
 * @property {number} score
 * @property {Record<string, number>} axes
 * @property {number} [previousScore]
 */

/** Per round: its rows sorted by score (ties by name, Persian collation). */
function buildAllRounds() {
  const round5 = buildRound5();
  // Which round each agency first took part in: the top 40 from round 1, then the rest spread out,
  // so the counts per round are 70, 80, 90, 98, 105 and 7 agencies are new in round 5.
  const joinOrder = [...round5.slice(0, 40), ...rand.sample(round5.slice(40), round5.length - 40)];
  /** @type {Map<string, number>} */
  const joined = new Map();
  joinOrder.forEach(({ id }, i) => {
    const firstRound = i < 70 ? 1 : i < 80 ? 2 : i < 90 ? 3 : i < 98 ? 4 : 5;
    joined.set(id, firstRound);
  });

  // Each agency improved over the rounds; earlier scores step back by a random yearly gain.
  /** @type {Map<string, Record<number, number>>} */
  const scores = new Map();
  for (const { id, score } of round5) {
    /** @type {Record<number, number>} */
    const byRound = { 5: score };
    for (let r = 4; r >= /** @type {number} */ (joined.get(id)); r--) {
      byRound[r] = decimalScore(byRound[r + 1] - (rand.next() * 9 - 1.5));
    }
    scores.set(id, byRound);
  }

  const collator = new Intl.Collator('fa');
  /** @type {Record<number, AgencyRound[]>} */
  const rounds = {};
  for (let r = 1; r <= LATEST_ROUND; r++) {
    const axes = NATIONAL[r].axes;
    /** @type {AgencyRound[]} */
    const rows = [];
    for (const { id } of round5) {
      const byRound = /** @type {Record<number, number>} */ (scores.get(id));
      if (byRound[r] === undefined) continue;
      const score = byRound[r];
      /** @type {Record<string, number>} */
      const axisScores = {};
      axes.forEach(({ key }, k) => {
        // The portal axis runs high and integration low, as in the published national figures.
        const bias = key === 'portal' ? 12 : key === 'integration' || key === 'participation' ? -10 : 0;
        const national = NATIONAL[r].axisScores[k] - NATIONAL[r].score;
        axisScores[key] = decimalScore(saturate(score + (bias + national) / 2 + (rand.next() - 0.5) * 16));
      });
      /** @type {AgencyRound} */
      const row = { agency: agencyRef(id), score, axes: axisScores };
      if (byRound[r - 1] !== undefined) row.previousScore = byRound[r - 1];
      rows.push(row);
    }
    rows.sort((a, b) => b.score - a.score || collator.compare(a.agency.name, b.agency.name));
    rounds[r] = rows;
  }
  return { rounds, scores };
}

const { rounds: ROUNDS, scores: SCORES } = buildAllRounds();

/**
 * `latest` or a round number as text → the round, `undefined` when no such round,
 * or `null` when the text is not a round at all (bad request).
 * @param {string} text
 * @returns {number | undefined | null}
 */
export function parseRound(text) {
  if (text === 'latest') return LATEST_ROUND;
  if (!/^\d{1,6}$/.test(text)) return null;
  const round = Number(text);
  return NATIONAL[round] ? round : undefined;
}

/**
 * `GET /evaluations/{round}/summary`.
 * @param {number} round a valid round
 */
export function evaluationSummary(round) {
  const n = NATIONAL[round];
  return {
    round,
    agencyCount: n.agencyCount,
    serviceCount: n.serviceCount,
    score: n.score,
    axes: n.axes.map((axis, k) => ({ ...axis, score: n.axisScores[k] })),
    history: Object.keys(NATIONAL)
      .map(Number)
      .filter((r) => r <= round)
      .map((r) => ({ round: r, score: NATIONAL[r].score })),
  };
}

/**
 * `GET /evaluations/{round}/agencies`: every agency of the round, best first.
 * @param {number} round a valid round
 */
export function evaluationAgencies(round) {
  return { round, axes: NATIONAL[round].axes.map((a) => ({ ...a })), items: ROUNDS[round] };
}

/**
 * `GET /evaluations/{round}/agencies/{agencyId}`: the summary shape for one agency,
 * with its competition rank (ties share a rank: 1, 2, 2, 4).
 * @param {number} round a valid round
 * @param {string} agencyId
 * @returns {object | undefined} undefined when the agency was not evaluated that round
 */
export function agencyEvaluation(round, agencyId) {
  const rows = ROUNDS[round];
  const index = rows.findIndex((row) => row.agency.id === agencyId);
  if (index < 0) return undefined;
  const row = rows[index];
  const rank = 1 + rows.filter((other) => other.score > row.score).length;
  const byRound = /** @type {Record<number, number>} */ (SCORES.get(agencyId));
  const services = countServicesOf(agencyId);
  return {
    round,
    agency: row.agency,
    rank,
    agencyCount: rows.length,
    // Evaluators sample part of an agency's catalogue, more of it in later rounds.
    serviceCount: Math.max(1, Math.round(services * (0.2 + 0.04 * round))),
    score: row.score,
    axes: NATIONAL[round].axes.map((axis) => ({ ...axis, score: row.axes[axis.key] })),
    history: Object.keys(byRound)
      .map(Number)
      .filter((r) => r <= round)
      .sort((a, b) => a - b)
      .map((r) => ({ round: r, score: byRound[r] })),
  };
}
