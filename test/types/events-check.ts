/**
 * Compiled by `npm run typecheck` only (never run): on an element, `egov-load` carries that
 * element's own data; the page-wide events keep working; the data types come from the root.
 */
import type { AgencyScores, Evaluation, Inquiry, Service, ServicePage, EgovEventDetail } from '../../src/index.js';

const card = document.createElement('egov-service-card');
card.addEventListener('egov-load', (e) => e.detail.title satisfies string);
card.addEventListener('egov-error', (e) => e.detail.kind);
card.addEventListener('click', (e) => e.clientX);
document.querySelector('egov-service-list')!.addEventListener('egov-load', (e) => e.detail.items satisfies ServicePage['items']);
document.querySelector('egov-service-list')!.addEventListener('egov-search', (e) => e.detail.q);
document.querySelector('egov-maturity-gauge')!.addEventListener('egov-load', (e) => e.detail.round);
document.querySelector('egov-agency-scoreboard')!.addEventListener('egov-load', (e) => e.detail.items.length);
document.querySelector('egov-inquiry-tracker')!.addEventListener('egov-load', (e) => e.detail.status);
document.querySelector('egov-inquiry-tracker')!.addEventListener('egov-status-change', (e) => e.detail.previousStatus);
// @ts-expect-error a card's data is a Service: no `items`
card.addEventListener('egov-load', (e) => e.detail.items);

export type Details = [
  EgovEventDetail<'egov-service-card', 'egov-load'> extends Service ? true : never,
  EgovEventDetail<'egov-service-list', 'egov-load'> extends ServicePage ? true : never,
  EgovEventDetail<'egov-maturity-gauge', 'egov-load'> extends Evaluation ? true : never,
  EgovEventDetail<'egov-agency-scoreboard', 'egov-load'> extends AgencyScores ? true : never,
  EgovEventDetail<'egov-inquiry-tracker', 'egov-load'> extends Inquiry ? true : never,
];
