/**
 * Hydration of server-rendered widgets (README "Server rendering"): with it, a widget whose
 * shadow root came in the HTML takes over that DOM instead of rendering it again; a widget
 * without one renders as always.
 *
 * Lit's hydration support installs itself when LitElement loads, so it must be evaluated
 * before lit: `egov-widgets.js` imports this module first. The autoloader loads it only on
 * pages with server-rendered widgets, and there lit (in the shared chunk it imports) may have
 * loaded first: then the support is installed here, before any element chunk defines its tag.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Install = (lit: { LitElement: typeof LitElement }) => void;
const install = (globalThis as { litElementHydrateSupport?: Install }).litElementHydrateSupport;
// Installed already when lit loaded after the support: it then defines LitElement's own `observedAttributes`.
if (install && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) install({ LitElement });
