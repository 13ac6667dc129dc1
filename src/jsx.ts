/**
 * JSX types for the elements, so TSX checks their attributes (`egov-widgets/jsx.js`):
 *
 *   // React 17–19: one import, anywhere in the project
 *   import type {} from 'egov-widgets/jsx.js';
 *
 *   // Preact / Solid: extend their JSX namespace with the same interface
 *   import type { EgovIntrinsicElements } from 'egov-widgets/jsx.js';
 *   declare module 'preact' { namespace JSX { interface IntrinsicElements extends EgovIntrinsicElements {} } }
 *
 * The React wrappers (`egov-widgets/react.js`) are typed on their own; these are for the
 * plain tags. React 19 listens for an `on` + event-name prop on a custom element, so
 * `<egov-service-card onegov-load={(e) => e.detail.title} />` is typed with the card's
 * `Service` (React 18 does not wire these: use the wrappers there).
 */
import type {} from 'react';
import type { EgovLowercaseEventProps as On, EgovTagName } from './events.js';
import type { EgovElementAttributes } from './element-props.js';

export type * from './events.js';

/** Global attributes a page commonly puts on any element. */
interface Common {
  id?: string;
  class?: string;
  className?: string;
  lang?: 'fa' | 'en' | (string & {});
  dir?: 'rtl' | 'ltr' | 'auto';
  slot?: string;
  hidden?: boolean;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
}

/**
 * Each tag's attributes in kebab case, and its properties (src/element-props.ts; React 19
 * sets a prop the element has as a property), and its `on…` event handlers.
 */
type Table = { [Tag in EgovTagName]: Common & On<Tag> & EgovElementAttributes<Tag> };
export interface EgovIntrinsicElements extends Table {}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace; merging into it is the only way in
  namespace JSX {
    interface IntrinsicElements extends EgovIntrinsicElements {}
  }
}
