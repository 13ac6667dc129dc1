/**
 * Hydration in `egov-widgets.js` (README "Server rendering"), in place of src/hydrate.ts, which
 * the npm entry imports: the all-in-one file defines its elements at once on a page without
 * server-rendered widgets, and only a page that has some loads Lit's hydration support, before
 * any element is defined (a widget defined without it would render a second copy).
 *
 * The support is a lazy chunk that holds no lit of its own: it is a function given the parts of
 * lit it uses, taken from this file's lit (scripts/hydration-chunk.mjs builds both sides). A chunk
 * that imported lit would make the bundler move lit out of `egov-widgets.js` into a second file
 * every page loads.
 */
import { LitElement } from 'lit';
import litParts from 'egov:lit-parts';
import { defineAfter } from './core/define.js';

type Install = (lit: { LitElement: typeof LitElement }) => void;

// A module script runs once the page is parsed; one that runs earlier (`async`) cannot know
// what is still to come, so it loads the support too.
if (
  document.readyState === 'loading' ||
  [...document.querySelectorAll(':not(:defined)')].some((el) => el.shadowRoot && el.localName.startsWith('egov-'))
)
  defineAfter(
    import('egov:hydrate-support').then(
      ({ default: support }) => {
        support(litParts);
        const install = (globalThis as { litElementHydrateSupport?: Install }).litElementHydrateSupport;
        // Installed already when lit loaded after another copy's support: it then defines LitElement's own `observedAttributes`.
        if (install && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) install({ LitElement });
      },
      // The elements are defined all the same (they then render anew), as on a page without it.
      (e: unknown) => console.error('egov-widgets: could not load hydration support', e),
    ),
  );
