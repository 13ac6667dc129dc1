/**
 * Defines every egov element and re-exports them with the data client (`api.js`). The
 * formatting helpers are an entry of their own, `egov-widgets/format.js`.
 */
// First, before lit loads: server-rendered widgets are hydrated, not rendered twice.
import './hydrate.js';
export * from './provider.js';
export * from './api.js';
// This order is the one egov-widgets.js compresses best in (29.74 KiB gz against 29.94 for the
// order it had; every order of the five was measured with `npm run size`'s gzip, 2026-12-02). It has
// no other effect: each module defines its own tag, and the list imports the card either way.
export * from './service-list.js';
export * from './service-card.js';
export * from './inquiry-tracker.js';
export * from './maturity-gauge.js';
export * from './agency-scoreboard.js';
// Each element's events and their `detail` types, by tag name (types only).
export type * from './events.js';
