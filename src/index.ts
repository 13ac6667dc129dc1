/** Defines every egov element and re-exports the data client and formatting helpers. */
export * from './provider.js';
export * from './api.js';
export * from './agency-scoreboard.js';
export * from './maturity-gauge.js';
export * from './inquiry-tracker.js';
export * from './service-card.js';
export * from './service-list.js';
