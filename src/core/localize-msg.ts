/**
 * The two names the widgets take from `@lit/localize`: `msg` and `str`. The CDN build
 * resolves `@lit/localize` to this module (vite.cdn.config.ts), so it ships these and not
 * the package's index, whose `configureLocalization` (unused here: ./locale.ts installs our
 * own `msg()`) would keep the message lookup and its hashing on every page. The source keeps
 * importing `@lit/localize`, which is what `npm run i18n` reads.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
