import { css } from 'lit';

/**
 * Card styles: logical properties only, tokens with fallbacks, the page's font. In forced
 * colours the badges clip their text's backplate, which would cover their border
 * (src/ui/styles.ts says why).
 */
export const styles = css`
  [hidden] {
    display: none !important;
  }
  .card {
    display: grid;
    gap: 0.5em;
    padding: var(--egov-space, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
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
    color: var(--_muted);
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
    border: 1px solid var(--_border);
    border-radius: var(--egov-radius, 0.5em);
    background: transparent;
    color: var(--egov-color-link, var(--_d-accent));
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
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  [data-electronic='full'] {
    border-color: var(--_success);
  }
  [data-electronic='full'] .mark {
    color: var(--_success);
  }
  [data-electronic='partial'] .mark,
  .essential .mark {
    color: var(--_warning);
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
    color: var(--egov-color-link, var(--_d-accent));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (forced-colors: active) {
    .badge {
      overflow: hidden;
    }
  }
  @media print {
    .clamp {
      display: block;
      -webkit-line-clamp: none;
      line-clamp: none;
      overflow: visible;
    }
    .button.primary {
      background: none;
      color: var(--egov-color-link, var(--_d-accent));
      border: 0;
      padding: 0;
    }
    .facts > div,
    .channels,
    details {
      break-inside: avoid;
    }
  }
  :host {
    --_reserve: 36em;
    --_reserve-m: 42em;
    --_reserve-s: 66em;
  }
  :host([variant='compact']) {
    --_reserve: 9em;
    --_reserve-m: 9em;
    --_reserve-s: 11em;
  }
`;
