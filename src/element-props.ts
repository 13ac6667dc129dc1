/**
 * The attributes and properties of every element, by tag name: one table that the JSX
 * types (`egov-widgets/jsx.js`, as kebab-case attributes), the Vue types
 * (`egov-widgets/vue.js`, as camelCase props) and the Svelte types (`egov-widgets/svelte.js`,
 * both spellings) all read, so a new attribute is typed for all or for none. `npm run typecheck` compares it with custom-elements.json
 * (scripts/element-props-check.mjs): every attribute there must be here, and everything
 * here must be an attribute or a public property there. Types only: nothing here runs.
 */
import type { HeadingLevel } from './core/heading-level.js';
import type { Service } from './service-card.js';
import type { ServicePage } from './service-list.js';
import type { Evaluation, ScoreBand } from './maturity-gauge.js';
import type { AgencyScores } from './agency-scoreboard.js';
import type { Inquiry } from './inquiry-tracker.js';
import type { EgovTagName } from './events.js';

/** A number attribute: written as a number (a property binding) or as its text. */
type Num = number | string;
type Round = number | 'latest' | (string & {});

/** What every element has, the provider too (README "Configure the API", "Headings"). */
interface Shared {
  /** The API base: a widget's own (overrides the provider and `configure()`), or a provider's for the widgets inside. */
  apiBase?: string;
  /** The main heading's level, 1–6: a widget's own, or a provider's for the widgets inside (default 2). */
  headingLevel?: HeadingLevel | `${HeadingLevel}`;
}

/** Attribute and property names (camelCase) → their types, per tag name. */
export interface EgovElementProps {
  'egov-provider': Shared & {
    calendar?: 'persian' | 'gregory';
    timeoutMs?: Num;
    /** Properties only. */
    headers?: Record<string, string>;
    fetch?: typeof globalThis.fetch;
  };
  'egov-service-card': Shared & { serviceId?: string; variant?: 'full' | 'compact'; service?: Service };
  'egov-service-list': Shared & { agency?: string; q?: string; pageSize?: Num; services?: ServicePage };
  'egov-maturity-gauge': Shared & {
    agencyId?: string;
    round?: Round;
    value?: Num;
    history?: boolean;
    evaluation?: Evaluation;
    bands?: ScoreBand[];
  };
  'egov-agency-scoreboard': Shared & {
    round?: Round;
    limit?: Num;
    threshold?: Num;
    view?: 'table' | 'chart';
    sort?: string;
    scores?: AgencyScores;
  };
  'egov-inquiry-tracker': Shared & { trackingCode?: string; pollInterval?: Num; inquiry?: Inquiry };
}

type Kebab<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}` : S;

/** The same table with attribute names as HTML writes them: `serviceId` → `service-id`. */
export type EgovElementAttributes<Tag extends EgovTagName> = KebabKeys<EgovElementProps[Tag]>;

// Mapped over `keyof P` itself, so each key stays optional (and keeps its doc comment).
type KebabKeys<P> = { [K in keyof P as Kebab<K & string>]: P[K] };
