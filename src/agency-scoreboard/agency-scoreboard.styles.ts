import { css } from 'lit';
import { palette, type Palette } from '../ui/palette.js';

/** This element's own colour defaults: [token, light, dark] (src/ui/palette.ts). */
const PALETTE: Palette = [
  ['header-bg', '#f6f8fa', '#161b22'],
  ['below-bg', '#fff5f3', '#2b1416'],
];

/**
 * Logical properties only: the same rules lay out RTL and LTR. On narrow screens the
 * table scrolls inline inside its box while the rank and agency columns stay put.
 *
 * - `:host` may shrink below its intrinsic width in a flex row (the table scrolls inside).
 * - `.root` is a size container, so the narrow layout follows the widget's own width (a
 *   desktop sidebar too). Size containment alone would make the widget 0 wide in a flex
 *   row, an auto grid column or an inline-block, so it gets an intrinsic width, never
 *   wider than the screen; an engine without intrinsic sizes (Safari 16) gets no container.
 *   Without one (the browser floor, README "Browser support"), the same narrow rules follow
 *   the viewport's width, and the caption is at most about the screen's width.
 * - Header and below-threshold backgrounds: light values first, `light-dark()` ones where
 *   supported (src/ui/styles.ts says why).
 * - `.scroll` scrolls horizontally, the inline axis in every writing mode rendered here.
 * - The table breaks only between words, so columns are not squeezed into broken words.
 * - The caption is as wide as the visible box, not the whole table, and stays in view.
 * - Under 24em (phones) the two sticky columns take at most about two thirds of the width.
 * - A control scrolled into view (focus) stops beside the sticky columns, not under them:
 *   `scroll-padding-inline-start` is at least their widest (agency's max + padding, rank, border),
 *   and a sort button's scroll margin keeps its focus ring in view too.
 * - The threshold line of the chart is drawn in the colour of the bars under it.
 * - Rows do not break across pages in print: that rule is the base styles'.
 * (Comments stay out of the CSS text: they would ship in the bundle.)
 */
export const styles = css`
  ${palette(PALETTE)}
  :host {
    min-inline-size: 0;
    --_reserve: 44em;
    --_reserve-m: 64em;
    --_reserve-s: 78em;
    --_chart-bar: var(--_accent);
    --_chart-below: var(--_danger);
    --_chart-text: var(--_text);
    --_chart-grid: var(--_border);
  }
  .root {
    --_rank-size: 4.25em;
  }
  @supports (container-type: inline-size) and (contain-intrinsic-inline-size: 1px) {
    .root {
      container-type: inline-size;
      contain-intrinsic-inline-size: min(48em, 100vw);
    }
  }
  .toolbar {
    display: flex;
    flex-flow: wrap;
    align-items: end;
    gap: 0.5em 0.75em;
    margin-block-end: 0.5em;
  }
  .filter {
    display: grid;
    gap: 0.2em;
    flex: 1 14em;
    min-inline-size: 0;
    font-size: 0.9em;
  }
  .filter input {
    font: inherit;
    font-size: calc(1em / 0.9);
    inline-size: 100%;
    padding-block: 0.35em;
    padding-inline: 0.6em;
    border: 1px solid var(--egov-color-border, var(--_d-input-border));
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
    color: inherit;
  }
  .views {
    display: inline-flex;
  }
  .views :first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .views :last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -1px;
  }
  [aria-pressed=true] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .summary {
    margin-block: 0.25em 0;
    font-weight: 600;
  }
  .status {
    margin-block: 0 0.5em;
    min-block-size: 1em;
  }
  .flag-icon,
  .flag {
    color: var(--_danger);
  }
  .scroll {
    overflow-x: auto;
    scroll-padding-inline-start: calc(var(--_rank-size) + 23.2em + 1px);
    border: 1px solid var(--_border);
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
  }
  table {
    overflow-wrap: break-word;
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    max-inline-size: calc(100vw - 4em);
    max-inline-size: calc(100cqi - 2px);
    position: sticky;
    inset-inline-start: 0;
    padding-block: 0.6em;
    padding-inline: 0.75em;
    font-weight: 600;
  }
  th,
  td {
    padding-block: 0.45em;
    padding-inline: 0.6em;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_header-bg);
    vertical-align: bottom;
    font-size: 0.875em;
  }
  tbody th {
    font-weight: 500;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  thead .num {
    white-space: normal;
    min-inline-size: 5.5em;
  }
  .rank,
  .agency {
    position: sticky;
    z-index: 1;
    background: var(--_surface);
  }
  .rank {
    inset-inline-start: 0;
    inline-size: var(--_rank-size);
    min-inline-size: var(--_rank-size);
    max-inline-size: var(--_rank-size);
    text-align: center;
  }
  .agency {
    inset-inline-start: var(--_rank-size);
    min-inline-size: 10em;
    max-inline-size: 22em;
    border-inline-end: 1px solid var(--_border);
  }
  thead .rank,
  thead .agency {
    background: var(--_header-bg);
    z-index: 2;
  }
  tr.below > * {
    background: var(--_below-bg);
  }
  .flag {
    display: block;
    font-size: 0.8em;
    white-space: nowrap;
  }
  .arrow {
    font-size: 0.75em;
    margin-inline-end: 0.25em;
  }
  th button {
    scroll-margin-inline: 4px;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    display: inline-flex;
    flex-flow: wrap;
    gap: 0 0.3em;
    align-items: baseline;
    text-align: inherit;
  }
  th button:hover span:first-child {
    text-decoration: underline;
  }
  .sort-icon {
    font-size: 0.8em;
    color: var(--_muted);
  }
  [aria-sort] .sort-icon {
    color: var(--_accent);
  }
  .more {
    margin-block: 0.75em 0;
  }
  .chart {
    position: relative;
    inline-size: 100%;
    min-block-size: 8em;
  }
  .chart-note {
    margin-block: 0.5em 0;
  }
  @container (inline-size < 36em) {
    .scroll {
      scroll-padding-inline-start: calc(var(--_rank-size) + 10.9em + 1px);
    }
    .agency {
      min-inline-size: 8em;
      max-inline-size: 10em;
    }
    th,
    td {
      padding-inline: 0.45em;
    }
  }
  @container (inline-size < 24em) {
    .root {
      --_rank-size: 2.75em;
    }
    .scroll {
      scroll-padding-inline-start: calc(var(--_rank-size) + 8.2em + 1px);
    }
    .agency {
      min-inline-size: 6.5em;
      max-inline-size: 8em;
    }
    tbody th,
    td {
      font-size: 0.9em;
    }
  }
  @supports not ((container-type: inline-size) and (contain-intrinsic-inline-size: 1px)) {
    @media (max-width: 36em) {
      .agency {
        min-inline-size: 8em;
        max-inline-size: 10em;
      }
      th,
      td {
        padding-inline: 0.45em;
      }
    }
    @media (max-width: 24em) {
      .root {
        --_rank-size: 2.75em;
      }
      .agency {
        min-inline-size: 6.5em;
        max-inline-size: 8em;
      }
      tbody th,
      td {
        font-size: 0.9em;
      }
    }
  }
  @media (forced-colors: active) {
    :host {
      --_chart-bar: Highlight;
      --_chart-below: CanvasText;
      --_chart-text: CanvasText;
      --_chart-grid: GrayText;
    }
    [aria-pressed=true] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .toolbar,
    .csv-failed,
    .more,
    .sort-icon {
      display: none;
    }
    th button {
      display: contents;
    }
    .scroll {
      overflow: visible;
      border: 0;
    }
    caption,
    .rank,
    .agency {
      position: static;
    }
    .agency {
      max-inline-size: none;
    }
    table {
      font-size: 0.85em;
    }
    tr.below > * {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
