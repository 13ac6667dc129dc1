/**
 * Defines every egov element and re-exports them with the data client (`api.js`). The
 * formatting helpers are an entry of their own, `egov-widgets/format.js`.
 */
export * from './provider.js';
export * from './api.js';
export * from './agency-scoreboard.js';
export * from './maturity-gauge.js';
export * from './inquiry-tracker.js';
export * from './service-card.js';
export * from './service-list.js';
// Each element's events and their `detail` types, by tag name (types only).
export type * from './events.js';
