/**
 * The empty panel, with the element's own words: for the list, the gauge and the
 * scoreboard (the card has no empty state, so a card page does not load it).
 */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from './tight.js';

export function renderEmpty(message: unknown, action: unknown = nothing): TemplateResult {
  return html`<div class="panel" part="empty" role="status" data-state="empty">
    <p>${message}</p>
    ${action}
  </div>`;
}
