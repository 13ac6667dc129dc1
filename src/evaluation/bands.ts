/**
 * Score bands: the product rule that turns a percentage into words. A score belongs to the
 * band with the greatest `min` that is ≤ the score, so each band runs from its `min` up to
 * (not including) the next band's `min`. Default (the national evaluation's reading):
 * under 40 «ضعیف», 40 to under 60 «در حال توسعه», 60 to under 80 «خوب», 80 and over «پیشرفته».
 * Shared with the agency scoreboard; call `defaultBands()` during render (it uses msg()).
 */
import { msg } from '@lit/localize';

export interface ScoreBand {
  /** Lowest score in the band (inclusive). */
  min: number;
  /** The band in words, in the reader's language. */
  label: string;
  /** A styling hook: `weak | developing | good | advanced` by default (colour is never the only cue). */
  tone?: string;
}

export const defaultBands = (): ScoreBand[] => [
  { min: 0, label: msg('ضعیف'), tone: 'weak' },
  { min: 40, label: msg('در حال توسعه'), tone: 'developing' },
  { min: 60, label: msg('خوب'), tone: 'good' },
  { min: 80, label: msg('پیشرفته'), tone: 'advanced' },
];

/** The band a score falls in; below every band's `min` → the lowest band. */
export function bandOf(score: number, bands: readonly ScoreBand[]): ScoreBand | undefined {
  let found: ScoreBand | undefined;
  let lowest: ScoreBand | undefined;
  for (const b of bands) {
    if (!lowest || b.min < lowest.min) lowest = b;
    if (b.min <= score && (!found || b.min > found.min)) found = b;
  }
  return found ?? lowest;
}
