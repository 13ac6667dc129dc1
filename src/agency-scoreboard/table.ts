/**
 * What the scoreboard's table, chart and CSV share, kept out of the element class: the
 * columns of a round, each row's formatted text (computed once per data, locale and
 * threshold), the chart's input and the CSV rows of the current view. Call during render
 * (the labels use msg(), so they follow the active locale).
 */
import { msg } from '@lit/localize';
import { axisLabel } from '../evaluation/axes.js';
import { formatNumber } from '../format/numbers.js';
import { formatScore, formatSigned } from '../format/scores.js';
import { intlTag } from '../format/intl.js';
import { paintColor } from '../ui/paint.js';
import type { Locale } from '../core/locale.js';
import type { AgencyScores } from './agency-scoreboard.data.js';
import { sortValue, type RankedRow } from './ranking.js';
import type { CsvCell } from './csv.js';
import type { BarChartInput } from './bar-chart.js';

export interface Column {
  key: string;
  label: string;
}

/** Formatted cells of one row. */
export interface RowText {
  rank: string;
  score: string;
  axes: string[];
  change: string | undefined;
  trend: string;
  below: boolean;
}

/** Rank, agency, overall score, one column per axis of the round, change. */
export const columnsOf = (axes: NonNullable<AgencyScores['axes']>): Column[] => [
  { key: 'rank', label: msg('رتبه') },
  { key: 'agency', label: msg('دستگاه') },
  { key: 'score', label: msg('امتیاز کل') },
  ...axes.map((a) => ({ key: a.key, label: axisLabel(a.key, a.label) })),
  { key: 'change', label: msg('تغییر از دور قبل') },
];

/**
 * Each row's text, made on first use and kept by the returned function (the element keeps
 * that while the rows, locale, axes and threshold stay).
 */
export function rowTexts(locale: Locale, axisKeys: readonly string[], threshold: number): (row: RankedRow) => RowText {
  const map = new Map<RankedRow, RowText>();
  return (row) => {
    let t = map.get(row);
    if (!t) {
      map.set(
        row,
        (t = {
          rank: formatNumber(row.rank, locale, 0),
          score: formatScore(row.score, locale),
          axes: axisKeys.map((k) => {
            const v = row.axes[k];
            return v === undefined ? '—' : formatScore(v, locale);
          }),
          change: row.change === undefined ? undefined : formatSigned(row.change, locale),
          trend: !row.change ? '' : row.change > 0 ? '▲' : '▼',
          below: row.score < threshold,
        }),
      );
    }
    return t;
  };
}

/** The bar chart's input for the rows shown, with the element's colours and font. */
export const chartInput = (host: Element, rows: readonly RankedRow[], threshold: number, locale: Locale, rtl: boolean): BarChartInput => ({
  rows,
  threshold,
  rtl,
  intlLocale: intlTag(locale),
  format: (n) => formatScore(n, locale),
  seriesLabel: msg('امتیاز کل'),
  belowWords: msg('زیر آستانه'),
  font: getComputedStyle(host).fontFamily,
  paint: (name) => paintColor(host.shadowRoot ?? host, `var(--_chart-${name})`),
});

/** The rows as shown → CSV rows (header first), numbers as numbers. */
export const csvRows = (cols: readonly Column[], rows: readonly RankedRow[]): CsvCell[][] => [
  cols.map((c) => c.label),
  ...rows.map((r) => cols.map((c) => sortValue(r, c.key))),
];
