/**
 * The shape of `GET /evaluations/{round}/agencies` (`dev/api/openapi.json`) and its validation.
 * Only `round` and `items[].agency` / `items[].score` are required; scores are
 * percentages, finite and within 0–100, or the data is `invalid`.
 */
import { arr, fail, isRecord, num, obj, opt, text, id, type Check, type Checked } from '../core/validate.js';
import { score } from '../evaluation/score.js';

/** An object used as a map, e.g. `{ portal: 95, … }`. */
const dict =
  <T>(check: Check<T>): Check<Record<string, T>> =>
  (v, p) => {
    if (!isRecord(v)) return fail(p, 'an object');
    const out: Record<string, T> = {};
    for (const [k, value] of Object.entries(v)) out[k] = check(value, `${p}.${k}`);
    return out;
  };

const itemCheck = obj({
  agency: obj({ id, name: text }),
  score,
  axes: opt(dict(score)),
  previousScore: opt(score),
});

const shapeCheck = obj({
  round: num,
  axes: opt(arr(obj({ key: text, label: opt(text) }))),
  items: arr(itemCheck),
});

export type AgencyItem = Checked<typeof itemCheck>;
export type AgencyScores = Checked<typeof shapeCheck>;

/** The shape, plus one rule the rows rely on: each agency appears once (one row each; the last tie-break of a sort is the id). */
export const scoresCheck: Check<AgencyScores> = (value, path) => {
  const data = shapeCheck(value, path);
  const seen = new Set<string>();
  data.items.forEach((item, i) => {
    if (seen.has(item.agency.id)) fail(`items[${i}].agency.id`, 'each agency once');
    seen.add(item.agency.id);
  });
  return data;
};
