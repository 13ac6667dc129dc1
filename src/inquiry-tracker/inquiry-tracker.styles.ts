import { css } from 'lit';

/**
 * Logical properties only; colours add to the icon and the word, they never replace them. In
 * forced colours the status pill clips its text's backplate, which would cover its border
 * (src/ui/styles.ts says why).
 */
export const styles = css`
  :host {
    --_reserve: 26em;
    --_reserve-m: 31em;
    --_reserve-s: 48em;
  }
  form {
    display: grid;
    gap: 0.3em;
    margin-block-end: var(--egov-space, 1em);
  }
  label,
  .heading,
  .subheading {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input {
    flex: 1 1 11em;
    /* without a width, the field's intrinsic size (20 average characters of an Arabic-script font) overflows 320 px */
    inline-size: 11em;
    min-inline-size: 0;
    font: inherit;
    color: inherit;
    padding-block: 0.35em;
    padding-inline: 0.7em;
    border: 1px solid var(--_input-border);
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
  }
  input[aria-invalid] {
    border: 2px solid var(--_danger);
  }
  p,
  .heading,
  .subheading,
  dd {
    margin: 0;
  }
  .error,
  .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .panel {
    display: grid;
    gap: 0.75em;
  }
  .heading {
    font-size: 1.15em;
  }
  .subheading {
    font-size: 1em;
  }
  [data-status] {
    --c: var(--_accent);
  }
  [data-status='answered'] {
    --c: var(--_success);
  }
  [data-status='rejected'] {
    --c: var(--_danger);
  }
  [data-status='closed'] {
    --c: var(--_muted);
  }
  .status {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.2em;
    padding-inline: 0.3em 0.9em;
    border: 1px solid var(--c);
    border-radius: 2em;
    color: var(--c);
    font-weight: 600;
  }
  .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.7em;
    block-size: 1.7em;
    border: 2px solid var(--c);
    border-radius: 50%;
    color: var(--c);
    background: var(--_surface);
    line-height: 1;
    font-family: system-ui, sans-serif;
  }
  .status .icon,
  [aria-current] .icon {
    background: var(--c);
    color: var(--_on-accent);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.5em 1.5em;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    display: flex;
    gap: 0.75em;
    padding-block-end: 1em;
  }
  li:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 1.9em 0.2em;
    inset-inline-start: calc(0.85em - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  li > div {
    min-inline-size: 0;
  }
  li time {
    margin-inline-start: 0.5em;
  }
  @media (forced-colors: active) {
    .status {
      overflow: hidden;
    }
  }
  @media print {
    form {
      display: none;
    }
    li,
    dl > div {
      break-inside: avoid;
    }
    .status .icon,
    [aria-current] .icon {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
