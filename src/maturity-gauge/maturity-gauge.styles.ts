import { css } from 'lit';

export const styles = css`
  h3,
  h4,
  p {
    margin: 0;
  }
  h3 {
    font-size: var(--egov-gauge-title-size, 1.15em);
    line-height: 1.5;
  }
  h4 {
    font-size: 1em;
    margin-block-end: 0.5rem;
  }
  .head {
    margin-block-end: var(--egov-space, 1rem);
  }
  .body,
  .history-body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space, 1rem) 2rem;
    align-items: flex-start;
  }
  .summary {
    flex: 1 1 12rem;
    display: grid;
    justify-items: center;
    gap: 0.4rem;
    text-align: center;
    text-wrap: balance;
  }
  .axes {
    flex: 999 1 17rem;
    min-inline-size: 0;
  }
  .gauge {
    container-type: inline-size;
    position: relative;
    inline-size: var(--egov-gauge-size, 13rem);
    max-inline-size: 100%;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  [dir='rtl'] svg {
    transform: scaleX(-1);
  }
  path {
    fill: none;
    stroke-width: 12;
  }
  .track,
  .bar {
    stroke: var(--egov-gauge-track-color, #e6eaef);
    background: var(--egov-gauge-track-color, #e6eaef);
  }
  .arc {
    stroke: var(--tone);
  }
  .value {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    font-size: var(--egov-gauge-value-size, 17cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  [data-tone] {
    --tone: var(--egov-color-accent, #0b57d0);
  }
  [data-tone='weak'] {
    --tone: var(--egov-band-weak-color, #b42318);
  }
  [data-tone='developing'] {
    --tone: var(--egov-band-developing-color, #b54708);
  }
  [data-tone='advanced'] {
    --tone: var(--egov-band-advanced-color, #067647);
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
    color: var(--egov-color-up, #067647);
  }
  [data-trend='down'] .delta {
    color: var(--egov-color-danger, #b42318);
  }
  [data-trend='same'] .delta {
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  .axis {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }
  .axis > :first-child {
    flex: 1 1 8rem;
    min-inline-size: 0;
  }
  .axis > :last-child {
    flex: 999 1 10rem;
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .bar {
    flex: 1 1 auto;
    display: block;
    block-size: 0.75rem;
    border-radius: 999px;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--v, 0) * 1%);
    background: var(--tone);
  }
  .num {
    min-inline-size: 4em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .history {
    margin-block-start: var(--egov-space, 1rem);
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--egov-color-border, #d0d7de);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .history-body {
    margin-block-start: 0.75rem;
  }
  .chart {
    flex: 999 1 16rem;
    min-inline-size: 0;
    position: relative;
    block-size: var(--egov-gauge-chart-height, 12rem);
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
    flex: 1 1 auto;
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
    border-block-end: 1px solid var(--egov-color-border, #d0d7de);
  }
  thead th + th {
    text-align: end;
  }
`;
