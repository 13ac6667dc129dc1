import { fail, num, type Check } from '../core/validate.js';

/**
 * Score rounding: the change between two rounds' scores (percentages with up to two
 * decimals) is rounded to two decimals, so 62.8 − 58.6 reads 4.2, not 4.199999999999996.
 * The gauge's "change since the previous round" and the scoreboard's change column agree.
 */
export const scoreChange = (score: number, previous: number): number => Math.round((score - previous) * 100) / 100;

/** A finite number within [min, max] (scores are percentages 0–100). */
export const numIn =
  (min: number, max: number): Check<number> =>
  (v, p) => {
    const n = num(v, p);
    return n >= min && n <= max ? n : fail(p, `a number from ${min} to ${max}`);
  };

/** A score on the API's 0–100 percentage scale. */
export const score: Check<number> = numIn(0, 100);
