/**
 * Defines every egov element and re-exports them with the data client (`api.js`). The
 * formatting helpers are an entry of their own, `egov-widgets/format.js`.
 */
export * from './provider.js';
export * from './api.js';
// In this order egov-widgets.js compresses best (gzip finds more of each element's code in the
// one before it; `npm run size` shows the figure). It has no other effect: each module defines
// its own tag, and the list imports the card either way.
export * from './service-list.js';
export * from './service-card.js';
export * from './inquiry-tracker.js';
export * from './maturity-gauge.js';
export * from './agency-scoreboard.js';
// Each element's events and their `detail` types, by tag name (types only).
export type * from './events.js';
