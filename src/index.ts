/**
 * Defines every egov element and re-exports them with the data client (`api.js`). The
 * formatting helpers are an entry of their own, `egov-widgets/format.js`.
 */
// First, before lit loads: server-rendered widgets are hydrated, not rendered twice.
import './hydrate.js';
// The shared and the elements' style sheets, then the data-element base, ahead of the elements:
// the bundler lays modules out in import order, and like text side by side gzips smaller in
// the all-in-one file (its gzip window is a third of the file; README "Performance").
// Every element imports these anyway, and they run before it either way: nothing else changes.
import './ui/styles.js';
import './agency-scoreboard/agency-scoreboard.styles.js';
import './maturity-gauge/maturity-gauge.styles.js';
import './inquiry-tracker/inquiry-tracker.styles.js';
import './service-list/service-list.styles.js';
import './service-card/service-card.styles.js';
import './core/base-element.js';
export * from './provider.js';
export * from './api.js';
// Every element (each module defines its own tag), in the registry's INDEX_ORDER.
// registry:start (generated from elements.registry.mjs by `npm run registry`: edit the registry, not these lines)
export * from './service-list.js';
export * from './agency-scoreboard.js';
export * from './inquiry-tracker.js';
export * from './service-card.js';
export * from './maturity-gauge.js';
// registry:end
// Each element's events and their `detail` types, by tag name (types only).
export type * from './events.js';
