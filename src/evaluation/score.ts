/**
 * Score rounding: the change between two rounds' scores (percentages with up to two
 * decimals) is rounded to two decimals, so 62.8 − 58.6 reads 4.2, not 4.199999999999996.
 * The gauge's "change since the previous round" and the scoreboard's change column agree.
 */
export const scoreChange = (score: number, previous: number): number => Math.round((score - previous) * 100) / 100;
