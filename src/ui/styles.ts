/**
 * Shared styles: design tokens as `--egov-*` custom properties with light defaults,
 * the panels, buttons and skeleton. Logical properties only, so RTL needs no mirror
 * rules; the font is inherited from the page.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--egov-color-text, #1f2328);
    font-size: var(--egov-font-size, 1rem);
    line-height: 1.7;
    overflow-wrap: anywhere;
  }
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
    color: var(--egov-color-link, #0b57d0);
  }
  .muted {
    color: var(--egov-color-muted, #57606a);
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
    border-radius: var(--egov-radius, 0.5rem);
    border: 1px solid var(--egov-color-accent, #0b57d0);
    background: var(--egov-color-surface, #fff);
    color: var(--egov-color-accent, #0b57d0);
  }
  .button.primary {
    background: var(--egov-color-accent, #0b57d0);
    color: var(--egov-color-on-accent, #fff);
  }
  .button:hover {
    filter: brightness(0.95);
  }
  :focus-visible {
    outline: 2px solid var(--egov-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  .panel {
    padding-block: var(--egov-space, 1rem);
    padding-inline: var(--egov-space, 1rem);
    border: 1px solid var(--egov-color-border, #d0d7de);
    border-radius: var(--egov-radius, 0.5rem);
    background: var(--egov-color-surface, #fff);
  }
  .panel > p {
    margin-block: 0 0.5em;
  }
  .panel-title {
    font-weight: 600;
  }
  .panel-error {
    border-color: var(--egov-color-danger, #b42318);
    border-inline-start-width: 4px;
  }
  .panel-error .icon {
    color: var(--egov-color-danger, #b42318);
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
    padding-block: var(--egov-space, 1rem);
  }
  .skeleton-line {
    display: block;
    block-size: 0.9em;
    border-radius: 0.3em;
    background: linear-gradient(90deg, var(--egov-color-skeleton, #eaeef2) 30%, #f6f8fa 50%, var(--egov-color-skeleton, #eaeef2) 70%);
    background-size: 300% 100%;
    animation: egov-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 90%;
  }
  .skeleton-line:nth-child(3n + 3) {
    inline-size: 70%;
  }
  .skeleton-line:nth-child(3n + 1) {
    inline-size: 50%;
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
`;
