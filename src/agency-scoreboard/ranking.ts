/**
 * Ranking, sorting and filtering of the scoreboard's rows, as pure functions (no DOM,
 * no Lit) so they are unit-tested on their own and shared by the element, the CSV
 * export and the benchmark.
 *
 * - Rank is standard competition ranking ("1224"): equal scores share a rank and the
 *   next rank skips, so 91, 88.5, 88.5, 87 → 1, 2, 2, 4.
 * - Names compare with `Intl.Collator` for the locale (Persian order in fa: پ after ب,
 *   چ after ج, ژ after ز, گ after ک), numbers numerically.
 * - Every sort is total and stable: equal primary values fall back to rank, then name,
 *   then id, always ascending; rows without a value (a new agency has no change, an
 *   axis may be missing) go last in both directions.
 */
import { foldForSearch } from '../format/fold.js';
import { scoreChange } from '../evaluation/score.js';
import type { AgencyItem } from './agency-scoreboard.data.js';

export interface RankedRow {
  id: string;
  name: string;
  score: number;
  axes: Readonly<Record<string, number>>;
  previousScore?: number;
  /** score − previousScore, rounded to 2 decimals; undefined for an agency new in this round. */
  change?: number;
  /** Competition rank, 1 = best. */
  rank: number;
  /** The name folded for search (ي/ك, digits, ZWNJ, diacritics). */
  folded: string;
}

export type SortDirection = 'ascending' | 'descending';
/** `rank`, `agency`, `score`, `change`, or an axis key. */
export interface SortSpec {
  key: string;
  direction: SortDirection;
}

export const BUILTIN_COLUMNS = ['rank', 'agency', 'score', 'change'] as const;

/** Rows in rank order (best first; equal scores keep the order they came in) with their rank. */
export function rankItems(items: readonly AgencyItem[]): RankedRow[] {
  let rank = 0;
  // Array.prototype.sort is stable.
  return [...items]
    .sort((a, b) => b.score - a.score)
    .map((item, i, sorted): RankedRow => {
      if (i === 0 || item.score !== sorted[i - 1]!.score) rank = i + 1;
      return {
        id: item.agency.id,
        name: item.agency.name,
        score: item.score,
        axes: item.axes ?? {},
        previousScore: item.previousScore,
        change: item.previousScore === undefined ? undefined : scoreChange(item.score, item.previousScore),
        folded: foldName(item.agency.name),
        rank,
      };
    });
}

/** How many rows score under the threshold. */
export const countBelow = (rows: readonly RankedRow[], threshold: number): number => rows.filter((r) => r.score < threshold).length;

const collators = new Map<string, Intl.Collator>();
/** One collator per locale (building one is costly; comparing is cheap). */
export function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

/** The value a column sorts by (and the CSV shows): a number, the name, or undefined (no value → last). */
export const sortValue = (row: RankedRow, key: string): number | string | undefined =>
  key === 'agency'
    ? row.name
    : (BUILTIN_COLUMNS as readonly string[]).includes(key)
      ? row[key as 'rank' | 'score' | 'change']
      : row.axes[key];

/** Names read A→Z first; numbers read best (highest) first. */
export const defaultDirection = (key: string): SortDirection => (key === 'agency' || key === 'rank' ? 'ascending' : 'descending');

/**
 * A new array of the rows in the order asked for. The input is not changed.
 * Ties fall back to rank, then name, then id (all ascending), so the order never
 * depends on the order the rows came in.
 */
export function sortRows(rows: readonly RankedRow[], spec: SortSpec, locale: string): RankedRow[] {
  const collator = collatorFor(locale);
  const sign = spec.direction === 'descending' ? -1 : 1;
  const key = spec.key;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va !== vb) {
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      // A column holds numbers, or names (the agency column).
      const c = typeof va === 'number' ? va - (vb as number) : collator.compare(va, vb as string);
      if (c !== 0) return sign * c;
    }
    return a.rank - b.rank || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * `sort` attribute text → a sort: a column key with an optional leading `-` for
 * descending (`score`, `-score`, `agency`, `-portal`). A key the data does not have
 * falls back to rank ascending.
 */
export function parseSort(value: string | null | undefined, axisKeys: readonly string[]): SortSpec {
  const text = (value ?? '').trim();
  const descending = text.startsWith('-');
  const key = descending ? text.slice(1) : text;
  if ((BUILTIN_COLUMNS as readonly string[]).includes(key) || axisKeys.includes(key)) {
    return { key, direction: descending ? 'descending' : 'ascending' };
  }
  return { key: 'rank', direction: 'ascending' };
}

export const formatSort = (spec: SortSpec): string => (spec.direction === 'descending' ? '-' : '') + spec.key;

/** Clicking a header: the sorted column flips; another column starts in its natural direction. */
export const nextSort = (current: SortSpec, key: string): SortSpec => ({
  key,
  direction: current.key !== key ? defaultDirection(key) : current.direction === 'ascending' ? 'descending' : 'ascending',
});

/**
 * Search folding, plus: spaces are dropped, because people type «سرمایه گذاری» with a
 * space where the name has a ZWNJ («سرمایه‌گذاری») and folding already drops the ZWNJ.
 */
const foldName = (s: string): string => foldForSearch(s).replace(/ /g, '');

/** Rows whose name contains the query, however it was typed (ي/ی, ك/ک, digits, ZWNJ or space). */
export function filterRows(rows: readonly RankedRow[], query: string): readonly RankedRow[] {
  const q = foldName(query);
  return q ? rows.filter((r) => r.folded.includes(q)) : rows;
}
