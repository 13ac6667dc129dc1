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
import type { RankedRow } from './ranking.js';
import type { CsvCell } from './csv.js';
import type { BarChartInput } from './bar-chart.js';

export interface Column {
  key: string;
  label: string;
  num: boolean;
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
  { key: 'rank', label: msg('رتبه'), num: true },
  { key: 'agency', label: msg('دستگاه'), num: false },
  { key: 'score', label: msg('امتیاز کل'), num: true },
  ...axes.map((a) => ({ key: a.key, label: axisLabel(a.key, a.label), num: true })),
  { key: 'change', label: msg('تغییر از دور قبل'), num: true },
];

/** Recomputes only when one of its inputs changed (compared by identity). */
export class Memo<T> {
  private deps: unknown[] | undefined;
  private value!: T;
  get(deps: unknown[], compute: () => T): T {
    if (!this.deps || deps.some((d, i) => d !== this.deps![i])) {
      this.deps = deps;
      this.value = compute();
    }
    return this.value;
  }
}

/** Each row's text, made on first use and kept while the rows, locale, axes and threshold stay. */
export class RowTexts {
  private readonly texts = new Memo<Map<RankedRow, RowText>>();
  private map = new Map<RankedRow, RowText>();
  private axisKeys: readonly string[] = [];
  private locale: Locale = 'fa';
  private threshold = 0;

  /** Sets what the texts depend on; a change of any starts a new cache. */
  use(rows: readonly RankedRow[], locale: Locale, axisKeys: readonly string[], threshold: number): void {
    this.map = this.texts.get([rows, locale, threshold, axisKeys.join()], () => new Map());
    Object.assign(this, { axisKeys, locale, threshold });
  }

  of(row: RankedRow): RowText {
    let t = this.map.get(row);
    if (!t) {
      const { locale } = this;
      this.map.set(
        row,
        (t = {
          rank: formatNumber(row.rank, locale, 0),
          score: formatScore(row.score, locale),
          axes: this.axisKeys.map((k) => {
            const v = row.axes[k];
            return v === undefined ? '—' : formatScore(v, locale);
          }),
          change: row.change === undefined ? undefined : formatSigned(row.change, locale),
          trend: !row.change ? '' : row.change > 0 ? '▲' : '▼',
          below: row.score < this.threshold,
        }),
      );
    }
    return t;
  }
}

/** The bar chart's input for the rows shown, with the element's colours and font. */
export function chartInput(host: Element, rows: readonly RankedRow[], threshold: number, locale: Locale, rtl: boolean): BarChartInput {
  const style = getComputedStyle(host);
  const css = (name: string) => paintColor(host.shadowRoot ?? host, `var(--_chart-${name})`);
  return {
    labels: rows.map((r) => (r.score < threshold ? `⚠ ${r.name}` : r.name)),
    values: rows.map((r) => r.score),
    below: rows.map((r) => r.score < threshold),
    threshold,
    rtl,
    intlLocale: intlTag(locale),
    format: (n) => formatScore(n, locale),
    seriesLabel: msg('امتیاز کل'),
    belowWords: msg('زیر آستانه'),
    font: style.fontFamily,
    colors: {
      bar: css('bar'),
      below: css('below'),
      line: css('line'),
      text: css('text'),
      grid: css('grid'),
    },
  };
}

/** The rows as shown → CSV rows (header first), numbers as numbers. */
export const csvRows = (cols: readonly Column[], rows: readonly RankedRow[]): CsvCell[][] => [
  cols.map((c) => c.label),
  ...rows.map((r) =>
    cols.map((c) => (c.key === 'rank' ? r.rank : c.key === 'agency' ? r.name : c.key === 'score' ? r.score : c.key === 'change' ? r.change : r.axes[c.key])),
  ),
];
