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
 * plain tags.
 */
import type {} from 'react';

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
  /** Every data widget: its own API base (overrides the provider and `configure()`). */
  'api-base'?: string;
}

export interface EgovIntrinsicElements {
  'egov-provider': Common & { calendar?: 'persian' | 'gregory'; 'timeout-ms'?: number | string };
  'egov-service-card': Common & { 'service-id'?: string; variant?: 'full' | 'compact' };
  'egov-service-list': Common & { agency?: string; q?: string; 'page-size'?: number | string };
  'egov-maturity-gauge': Common & { 'agency-id'?: string; round?: number | 'latest' | (string & {}); value?: number | string; history?: boolean };
  'egov-agency-scoreboard': Common & {
    round?: number | 'latest' | (string & {});
    limit?: number | string;
    threshold?: number | string;
    view?: 'table' | 'chart';
    sort?: string;
  };
  'egov-inquiry-tracker': Common & { 'tracking-code'?: string; 'poll-interval'?: number | string };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends EgovIntrinsicElements {}
  }
}
