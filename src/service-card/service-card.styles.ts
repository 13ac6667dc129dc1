import { css } from 'lit';

/** Card styles: logical properties only, tokens with fallbacks, the page's font. */
export const styles = css`
  [hidden] {
    display: none !important;
  }
  .card {
    display: grid;
    gap: 0.5em;
    padding: var(--egov-space, 1rem);
    border: 1px solid var(--egov-color-border, #d0d7de);
    border-radius: var(--egov-radius, 0.5rem);
    background: var(--egov-color-surface, #fff);
    min-inline-size: 0;
  }
  .card > *,
  p,
  dl,
  dd,
  ul {
    margin: 0;
    min-inline-size: 0;
  }
  .title {
    font-size: 1.15em;
    line-height: 1.5;
  }
  .agency,
  .label,
  dt {
    color: var(--egov-color-muted, #57606a);
    font-size: 0.9em;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .more,
  .copy {
    font: inherit;
    font-size: 0.85em;
    justify-self: start;
    cursor: pointer;
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid var(--egov-color-border, #d0d7de);
    border-radius: var(--egov-radius, 0.5rem);
    background: transparent;
    color: var(--egov-color-link, #0b57d0);
  }
  .badges,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    padding-inline: 0.6em;
    border: 1px solid var(--egov-color-border, #d0d7de);
    border-radius: 1em;
    font-size: 0.85em;
  }
  [data-electronic='full'] {
    border-color: var(--egov-color-success, #1a7f37);
  }
  [data-electronic='full'] .mark {
    color: var(--egov-color-success, #1a7f37);
  }
  [data-electronic='partial'] .mark,
  .essential .mark {
    color: var(--egov-color-warning, #9a6700);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: 0.5em 1em;
  }
  .facts .wide {
    grid-column: 1 / -1;
  }
  .facts dd {
    font-weight: 500;
  }
  .button.primary {
    display: inline-block;
    text-decoration: none;
    margin-block-end: 0.4em;
  }
  ul {
    padding-inline-start: 1.2em;
  }
  summary {
    cursor: pointer;
    color: var(--egov-color-link, #0b57d0);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
