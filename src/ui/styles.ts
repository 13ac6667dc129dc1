/**
 * Shared styles: design tokens as `--egov-*` custom properties, the panels, buttons and
 * skeleton. Logical properties only, so RTL needs no mirror rules.
 *
 * - Immune to the host page: `:host` starts from `all: initial` (every inherited
 *   property: line height, letter and word spacing, text alignment (back to `start`),
 *   transform, indent, white space, font style and weight…) and inherits back only the page's font family
 *   and size, its `color-scheme`, visibility and pointer events. Sizes are in `em` of
 *   that font size, never `rem` (old themes set `html { font-size: 62.5% }`).
 * - Palettes (src/ui/palette.ts): each `--egov-color-*` token is read once on `:host` into a
 *   private `--_*` colour, which falls back to the `--_d-*` default: the light
 *   value first, for every engine of the browser floor (README "Browser support"), then,
 *   where `light-dark()` is supported, a `light-dark()` value, so the page's `color-scheme`
 *   picks the light or the dark palette; a page's own `--egov-*` values still win. (A
 *   custom property holding `light-dark()` is kept as written by an engine without it, and
 *   every `var()` reading it is then invalid: no background, no border. Hence `@supports`.) Text and surfaces come from
 *   tokens, never from the page's `color`: a page that paints itself dark without
 *   `color-scheme` keeps light, readable widgets. README "Dark mode and high contrast".
 *   A default only one element uses is declared in that element's own `:host` (the gauge's
 *   "up" colour, the scoreboard's header and below-threshold backgrounds), so the card's
 *   page does not carry it.
 * - List items align to their own text's start: the user-agent styles of WebKit and of older
 *   Chromium (the browser floor) give `li` `text-align: match-parent`, which sets a Persian note
 *   inside an English widget's list to the left.
 * - Layouts hold without container queries: where they are not supported, the same rules
 *   follow the viewport's width instead (`@supports not (container-type: inline-size)`).
 * - Forced colours and print: only the rules each needs (README "Dark mode and high
 *   contrast", "Print"); system colours appear nowhere else. In forced colours the browser
 *   paints a backplate behind text, as tall as the font's ascent and descent: a tall Persian
 *   font (Noto Sans Arabic) reaches past a small box's line box, and the backplate covers its
 *   border. So buttons clip their content to the padding box there (`overflow: hidden`: Firefox
 *   does not clip a button's backplate with `clip`; the focus outline is not clipped either
 *   way); the card's badges and the gauge's band do the same.
 */
import { css } from 'lit';
import { palette, type Palette } from './palette.js';

/** The shared palette: [token, light, dark] (src/ui/palette.ts). */
const PALETTE: Palette = [
  ['text', '#1f2328', '#e6edf3'],
  ['muted', '#57606a', '#9198a1'],
  ['accent', '#0b57d0', '#6ca4f8'],
  ['on-accent', '#fff', '#0d1117'],
  ['surface', '#fff', '#0d1117'],
  ['border', '#d0d7de', '#3d444d'],
  ['input-border', '#8c959f', '#7d8590'],
  ['danger', '#b42318', '#ff8182'],
  ['success', '#1a7f37', '#3fb950'],
  ['warning', '#9a6700', '#d29922'],
  ['skeleton', '#eaeef2', '#21262d'],
  ['skeleton-shine', '#f6f8fa', '#2d333b'],
];

export const baseStyles = css`
  :host {
    all: initial;
    font-family: inherit;
    font-size: var(--egov-font-size, 1em);
    color-scheme: inherit;
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--egov-color-background, var(--_surface));
    line-height: 1.7;
    overflow-wrap: anywhere;
  }
  ${palette(PALETTE)}
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    min-inline-size: 0;
  }
  a {
    color: var(--egov-color-link, var(--_d-accent));
  }
  li {
    text-align: start;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    font: inherit;
    cursor: pointer;
    padding-block: 0.35em;
    padding-inline: 0.9em;
    border-radius: var(--egov-radius, 0.5em);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:hover {
    filter: brightness(0.95);
  }
  :focus-visible {
    outline: 2px solid var(--egov-color-focus, var(--_d-accent));
    outline-offset: 2px;
  }
  .panel {
    padding-block: var(--egov-space, 1em);
    padding-inline: var(--egov-space, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--egov-radius, 0.5em);
    background: var(--_surface);
  }
  .panel > p {
    margin-block: 0 0.5em;
  }
  .panel-title {
    font-weight: 600;
  }
  .panel-error {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .panel-error .icon {
    color: var(--_danger);
  }
  [aria-busy='true'] {
    container-type: inline-size;
  }
  .skeleton {
    display: grid;
    align-content: start;
    gap: 0.6em;
    padding-block: var(--egov-space, 1em);
    min-block-size: var(--egov-loading-size, var(--_reserve, 0));
  }
  @container (inline-size < 56em) {
    .skeleton {
      min-block-size: var(--egov-loading-size, var(--_reserve-m, var(--_reserve, 0)));
    }
  }
  @container (inline-size < 30em) {
    .skeleton {
      min-block-size: var(--egov-loading-size, var(--_reserve-s, var(--_reserve-m, var(--_reserve, 0))));
    }
  }
  @supports not (container-type: inline-size) {
    @media (max-width: 56em) {
      .skeleton {
        min-block-size: var(--egov-loading-size, var(--_reserve-m, var(--_reserve, 0)));
      }
    }
    @media (max-width: 30em) {
      .skeleton {
        min-block-size: var(--egov-loading-size, var(--_reserve-s, var(--_reserve-m, var(--_reserve, 0))));
      }
    }
  }
  .skeleton-line {
    display: block;
    block-size: 0.9em;
    border-radius: 0.3em;
    background: linear-gradient(90deg,
      var(--_skeleton) 30%,
      var(--_skeleton-shine) 50%,
      var(--_skeleton) 70%);
    background-size: 300% 100%;
    animation: egov-shimmer 1.4s ease-in-out infinite;
    /* Lines 1, 4, 7… (children 2, 5, 8…: the status words come first) are 90 %, then 70 %, then 50 %. */
    inline-size: 50%;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 90%;
  }
  .skeleton-line:nth-child(3n) {
    inline-size: 70%;
  }
  @keyframes egov-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /*
     * A system colour, so the ring reaches the text's contrast with Canvas in every theme; an
     * element with forced-color-adjust: none (primary link, current page, pressed view
     * button) would otherwise keep the accent, 3.29:1 on a dark theme's black.
     */
    :focus-visible {
      outline-color: CanvasText;
    }
    .skeleton-line {
      border: 1px solid GrayText;
    }
    button {
      overflow: hidden;
    }
    .button.primary {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      background: none;
    }
    button,
    .skeleton {
      display: none;
    }
    a[href]::after {
      content: ' \\2066(' attr(href) ')\\2069';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    details::details-content {
      content-visibility: visible;
    }
    summary {
      list-style: none;
      font-weight: 600;
    }
    .panel,
    tr,
    li {
      break-inside: avoid;
    }
  }
`;
