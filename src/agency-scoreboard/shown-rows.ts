/**
 * The rows as the reader sees them: ranked once per data, filtered by name, cut to the top
 * `limit` unless all are asked for, then sorted. Each step is kept while its inputs stay, so
 * a render that changes nothing of them (a language switch of the page, the chart loading)
 * does no work, and a re-sort only sorts (each row's texts are kept: table-view.ts).
 */
import type { Locale } from '../core/locale.js';
import type { AgencyScores } from './agency-scoreboard.data.js';
import { filterRows, parseSort, rankItems, sortRows, type RankedRow, type SortSpec } from './ranking.js';
import { columnsOf, rowTexts, type Column, type RowText } from './table.js';
import { Memo } from './memo.js';

export class ShownRows {
  #ranked = new Memo<RankedRow[]>();
  #sorted = new Memo<RankedRow[]>();
  #texts = new Memo<(row: RankedRow) => RowText>();
  /** Every row of the round, ranked. */
  all: RankedRow[] = [];
  /** The rows the filter leaves, before the limit. */
  matched: readonly RankedRow[] = [];
  /** The rows shown, in their order. */
  shown: RankedRow[] = [];
  columns: Column[] = [];
  spec!: SortSpec;
  /** Each row's formatted cells. */
  text!: (row: RankedRow) => RowText;
  /** The limit in force: a whole number, or 0 for none. */
  limit = 0;

  /**
   * Works the rows out for this data and view; call during render (the column labels use
   * msg()). `sort`: the attribute; `query`: what the reader typed in the filter box; `limit`:
   * the attribute (unset, 0 or not a number: all rows); `whole`: every matched row, past the
   * limit (the reader asked for all, or the page prints). Positional: names in an object
   * would stay in the minified file.
   */
  update(
    data: AgencyScores,
    locale: Locale,
    threshold: number,
    sort: string,
    query: string,
    limit: number | undefined,
    whole: boolean | undefined,
  ): this {
    const all = (this.all = this.#ranked.get([data.items], () => rankItems(data.items)));
    const axes = data.axes ?? [];
    const axisKeys = axes.map((a) => a.key);
    this.columns = columnsOf(axes);
    this.text = this.#texts.get([all, locale, threshold, axisKeys.join()], () => rowTexts(locale, axisKeys, threshold));
    const spec = (this.spec = parseSort(sort, axisKeys));
    const matched = (this.matched = filterRows(all, query));
    const n = (this.limit = Number(limit) > 0 ? Math.floor(Number(limit)) : 0);
    const limited = n && !whole ? matched.slice(0, n) : matched;
    this.shown = this.#sorted.get([limited.length, all, spec.key, spec.direction, query, locale, n, whole], () =>
      sortRows(limited, spec, locale),
    );
    return this;
  }
}
