/**
 * Vue types for the plain tags (`egov-widgets/vue.js`), so `vue-tsc` checks their
 * attributes, `.prop` bindings and events in templates: one import, anywhere in the project.
 *
 *   import type {} from 'egov-widgets/vue.js';
 *
 *   <egov-service-card service-id="13061408000" @egov-load="(e) => title = e.detail.title" />
 *   <egov-maturity-gauge :evaluation.prop="data" />
 *
 * Vue still has to be told that `egov-*` tags are custom elements (README "Vue"). Types
 * only: the elements come from `egov-widgets` or the per-element entries.
 */
import type { DefineComponent } from 'vue';
import type { EgovEventProps } from './events.js';
import type { Service } from './service-card.js';
import type { ServicePage } from './service-list.js';
import type { Evaluation, ScoreBand } from './maturity-gauge.js';
import type { AgencyScores } from './agency-scoreboard.js';
import type { Inquiry } from './inquiry-tracker.js';

export type * from './events.js';

/** Global attributes a template commonly puts on any element (`class` and `style` Vue allows anyway). */
interface Global {
  id?: string;
  slot?: string;
  hidden?: boolean;
  title?: string;
}

interface Common extends Global {
  /** Every data widget: its own API base (overrides the provider and `configure()`). */
  apiBase?: string;
  lang?: 'fa' | 'en' | (string & {});
  dir?: 'rtl' | 'ltr' | 'auto';
}

type Element<Props> = DefineComponent<Props>;

export interface EgovVueComponents {
  'egov-provider': Element<Global & {
    apiBase?: string;
    lang?: 'fa' | 'en' | (string & {});
    calendar?: 'persian' | 'gregory';
    timeoutMs?: number | string;
    headers?: Record<string, string>;
    fetch?: typeof globalThis.fetch;
  }>;
  'egov-service-card': Element<
    Common & EgovEventProps<'egov-service-card'> & { serviceId?: string; variant?: 'full' | 'compact'; service?: Service }
  >;
  'egov-service-list': Element<
    Common & EgovEventProps<'egov-service-list'> & { agency?: string; q?: string; pageSize?: number | string; services?: ServicePage }
  >;
  'egov-maturity-gauge': Element<
    Common &
      EgovEventProps<'egov-maturity-gauge'> & {
        agencyId?: string;
        round?: number | 'latest' | (string & {});
        value?: number | string;
        history?: boolean;
        evaluation?: Evaluation;
        bands?: ScoreBand[];
      }
  >;
  'egov-agency-scoreboard': Element<
    Common &
      EgovEventProps<'egov-agency-scoreboard'> & {
        round?: number | 'latest' | (string & {});
        limit?: number | string;
        threshold?: number | string;
        view?: 'table' | 'chart';
        sort?: string;
        scores?: AgencyScores;
      }
  >;
  'egov-inquiry-tracker': Element<
    Common & EgovEventProps<'egov-inquiry-tracker'> & { trackingCode?: string; pollInterval?: number | string; inquiry?: Inquiry }
  >;
}

declare module 'vue' {
  interface GlobalComponents extends EgovVueComponents {}
}
