/**
 * The evaluation data the gauge reads (`dev/api/openapi.json`: `GET /evaluations/{round}/summary` and
 * `/evaluations/{round}/agencies/{agencyId}`), as runtime checks. Every score is a finite
 * percentage 0–100; anything else is an `invalid` error naming the path, never a drawing.
 */
import { arr, id, num, obj, opt, str, text, type Checked } from '../core/validate.js';
import { score } from '../evaluation/score.js';

const axisCheck = obj({ key: text, score, label: opt(str) });
const pointCheck = obj({ round: num, score });

/** A national summary, or one agency's evaluation (the same shape plus `agency` and `rank`). */
export const evaluationCheck = obj({
  round: num,
  /** Absent or null: the round has no published score yet (the empty state). */
  score: opt(score),
  axes: opt(arr(axisCheck)),
  history: opt(arr(pointCheck)),
  agencyCount: opt(num),
  serviceCount: opt(num),
  agency: opt(obj({ id, name: text })),
  rank: opt(num),
});

export type Evaluation = Checked<typeof evaluationCheck>;
export type EvaluationAxis = Checked<typeof axisCheck>;
export type HistoryPoint = Checked<typeof pointCheck>;

/** The latest round before this one in the history, for "change since the previous round". */
export function previousPoint(e: Evaluation): HistoryPoint | undefined {
  let prev: HistoryPoint | undefined;
  for (const p of e.history ?? []) if (p.round < e.round && (!prev || p.round > prev.round)) prev = p;
  return prev;
}
