import { css } from 'lit';

/** Directory styles: logical properties only, tokens with fallbacks, the page's font. */
export const styles = css`
  .results {
    /* While loading, about a page of cards: each card (about 9.1em wide, 10.6em on a phone)
       with its gap, and the pager; --_rows is the page size, set on the element. */
    --_reserve: calc(var(--_rows, 20) * 9.85em + 3em);
    --_reserve-s: calc(var(--_rows, 20) * 11.3em + 3em);
  }
  .root {
    display: grid;
    gap: 0.75em;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.2em;
    flex: 0 1 10em;
    min-inline-size: 0;
  }
  .field.grow {
    flex: 1 1 14em;
  }
  label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  input,
  select {
    font: inherit;
    inline-size: 100%;
    block-size: 2.6em;
    padding-block: 0.2em;
    padding-inline: 0.6em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_input-border);
    border-radius: var(--egov-radius, 0.5em);
  }
  .count {
    margin: 0;
    font-weight: 600;
    min-block-size: 1.7em;
  }
  .items {
    display: grid;
    gap: 0.75em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.35em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav button {
    font: inherit;
    cursor: pointer;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
    color: var(--egov-color-link, var(--_d-accent));
  }
  nav button[aria-current='page'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: underline;
  }
  nav button[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .gap {
    align-self: center;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    nav button[aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .search,
    nav {
      display: none;
    }
    .items > li {
      break-inside: avoid;
    }
  }
`;
