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
import type { EgovLowercaseEventProps as On } from './events.js';
import type { Service } from './service-card.js';
import type { ServicePage } from './service-list.js';
import type { Evaluation, ScoreBand } from './maturity-gauge.js';
import type { AgencyScores } from './agency-scoreboard.js';
import type { Inquiry } from './inquiry-tracker.js';

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
  /** Every data widget: its own API base (overrides the provider and `configure()`). */
  'api-base'?: string;
}

export interface EgovIntrinsicElements {
  'egov-provider': Common & On<'egov-provider'> & {
    calendar?: 'persian' | 'gregory';
    'timeout-ms'?: number | string;
    /** Properties (React 19 sets them on the element). */
    headers?: Record<string, string>;
    fetch?: typeof globalThis.fetch;
  };
  'egov-service-card': Common & On<'egov-service-card'> & { 'service-id'?: string; variant?: 'full' | 'compact'; service?: Service };
  'egov-service-list': Common & On<'egov-service-list'> & { agency?: string; q?: string; 'page-size'?: number | string; services?: ServicePage };
  'egov-maturity-gauge': Common & On<'egov-maturity-gauge'> & { 'agency-id'?: string; round?: number | 'latest' | (string & {}); value?: number | string; history?: boolean; evaluation?: Evaluation; bands?: ScoreBand[] };
  'egov-agency-scoreboard': Common & On<'egov-agency-scoreboard'> & {
    round?: number | 'latest' | (string & {});
    limit?: number | string;
    threshold?: number | string;
    view?: 'table' | 'chart';
    sort?: string;
    scores?: AgencyScores;
  };
  'egov-inquiry-tracker': Common & On<'egov-inquiry-tracker'> & { 'tracking-code'?: string; 'poll-interval'?: number | string; inquiry?: Inquiry };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends EgovIntrinsicElements {}
  }
}
