import { css } from 'lit';
import { palette, type Palette } from '../ui/palette.js';

/** This element's own colour defaults: [token, light, dark] (src/ui/palette.ts). */
const PALETTE: Palette = [
  ['up', '#067647', '#3fb950'],
  ['track', '#e6eaef', '#30363d', true],
  ['developing', '#b54708', '#f0883e', true],
  ['area', 'rgba(11, 87, 208, 0.1)', 'rgba(108, 164, 248, 0.15)', true],
];

/*
 * Notes on the rules below (comments stay out of the CSS text: they would ship):
 * - The gauge's own colour defaults (up, track, the developing band, the chart's area) are
 *   light values for every engine, then `light-dark()` ones where it is supported, as the
 *   palette's (src/ui/styles.ts says why); weak and advanced are the danger and up colours.
 * - The value is sized to the gauge: in `cqi` where container units are supported, else from
 *   the gauge's own size (the same figure unless a narrow column shrinks the gauge).
 * - Flex items are blockified, so the axis bar (a span in a flex row) needs no `display`.
 * - The print rule for rows and list items is the base styles'; only the body is added.
 * - In forced colours the band clips its text's backplate, which would cover its border
 *   (src/ui/styles.ts says why).
 */
export const styles = css`
  ${palette(PALETTE)}
  :host {
    --_reserve: 21em;
    --_reserve-s: 34em;
    --_chart-line: var(--egov-gauge-line-color, var(--_d-accent));
    --_chart-area: var(--egov-gauge-area-color, var(--_d-area));
    --_chart-grid: var(--egov-gauge-grid-color, var(--_d-border));
  }
  .heading,
  .subheading,
  p {
    margin: 0;
  }
  .heading {
    font-size: var(--egov-gauge-title-size, 1.15em);
    line-height: 1.5;
  }
  .subheading {
    font-size: 1em;
    margin-block-end: 0.5em;
  }
  .head {
    margin-block-end: var(--egov-space, 1em);
  }
  .body,
  .history-body {
    display: flex;
    flex-flow: wrap;
    gap: var(--egov-space, 1em) 2em;
    align-items: flex-start;
  }
  .summary {
    flex: 1 12em;
    display: grid;
    justify-items: center;
    gap: 0.4em;
    text-align: center;
    text-wrap: balance;
  }
  .axes {
    flex: 999 17em;
    min-inline-size: 0;
  }
  .gauge {
    container-type: inline-size;
    position: relative;
    inline-size: var(--egov-gauge-size, 13em);
    max-inline-size: 100%;
  }
  svg {
    display: block;
    inline-size: 100%;
  }
  [dir=rtl] svg {
    transform: scaleX(-1);
  }
  path {
    fill: none;
    stroke-width: 12;
  }
  .track,
  .bar {
    stroke: var(--egov-gauge-track-color, var(--_d-track));
    background: var(--egov-gauge-track-color, var(--_d-track));
  }
  .arc {
    stroke: var(--tone);
  }
  .value {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    font-size: var(--egov-gauge-value-size, calc(var(--egov-gauge-size, 13em) * 0.17));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  @supports (font-size: 1cqi) {
    .value {
      font-size: var(--egov-gauge-value-size, 17cqi);
    }
  }
  [data-tone] {
    --tone: var(--_accent);
  }
  [data-tone=weak] {
    --tone: var(--egov-band-weak-color, var(--_d-danger));
  }
  [data-tone=developing] {
    --tone: var(--egov-band-developing-color, var(--_d-developing));
  }
  [data-tone=advanced] {
    --tone: var(--egov-band-advanced-color, var(--_d-up));
  }
  .band {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-inline: 0.8em;
    border: 1px solid var(--tone);
    border-radius: 999px;
    font-weight: 600;
  }
  .band::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--tone);
  }
  .change {
    font-size: 0.9em;
  }
  .delta {
    display: block;
    font-weight: 700;
    white-space: nowrap;
    color: var(--_up);
  }
  [data-trend=down] .delta {
    color: var(--_danger);
  }
  [data-trend=same] .delta {
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .axis {
    display: flex;
    flex-flow: wrap;
    align-items: center;
    gap: 0 0.75em;
  }
  .axis > :first-child {
    flex: 1 8em;
    min-inline-size: 0;
  }
  .axis > :last-child {
    flex: 999 10em;
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .bar {
    flex: auto;
    block-size: 0.75em;
    border-radius: 999px;
    overflow: hidden;
  }
  /* An SVG rect as wide as the score: drawn without script and without a style attribute
     (which a CSP without 'unsafe-inline' blocks), so a server-rendered bar shows
     (mirrored in rtl by the svg rule above). */
  .fill {
    display: block;
    block-size: 100%;
    inline-size: 100%;
    fill: var(--tone);
    /* not the track's stroke, inherited from .bar, which would cover the whole rect */
    stroke: none;
  }
  .num {
    min-inline-size: 4em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .history {
    margin-block-start: var(--egov-space, 1em);
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .history-body {
    margin-block-start: 0.75em;
  }
  .chart {
    flex: 999 16em;
    min-inline-size: 0;
    position: relative;
    block-size: var(--egov-gauge-chart-height, 12em);
  }
  .chart > div {
    position: relative;
    block-size: 100%;
  }
  /* Until chart.js sizes it, a canvas is 300 px wide: not wider than a narrow column (Firefox showed it). */
  .chart canvas {
    max-inline-size: 100%;
  }
  .chart > p {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }
  table {
    flex: auto;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding-block: 0.2em;
    padding-inline: 0.6em;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  thead th+th {
    text-align: end;
  }
  @media (forced-colors: active) {
    :host {
      --_chart-line: Highlight;
      --_chart-area: transparent;
      --_chart-grid: GrayText;
    }
    path,
    .bar,
    .fill,
    .band::before,
    .value {
      forced-color-adjust: none;
    }
    .track {
      stroke: GrayText;
    }
    .arc {
      stroke: Highlight;
    }
    .bar {
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .fill {
      fill: Highlight;
    }
    .band::before {
      background: CanvasText;
    }
    .band {
      overflow: hidden;
    }
    .value {
      color: CanvasText;
    }
  }
  @media print {
    .body {
      break-inside: avoid;
    }
    .bar,
    .fill,
    .band::before {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    details.history:not([open]) {
      display: none;
    }
  }
`;
