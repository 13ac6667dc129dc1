/**
 * The events of every element, by tag name, with each element's own `detail` type: one
 * table that the React wrappers (`egov-widgets/react.js`), the JSX types
 * (`egov-widgets/jsx.js`) and the Vue types (`egov-widgets/vue.js`) read, so `onEgovLoad`
 * on a card gives a `Service` and on a gauge an `Evaluation`. Types only: nothing here
 * runs. Every event bubbles and is composed (README "Elements").
 */
import type { EgovDataEventMap } from './core/base-element.js';
import type { Service } from './service-card.js';
import type { EgovSearchDetail, ServicePage } from './service-list.js';
import type { Evaluation } from './maturity-gauge.js';
import type { AgencyScores } from './agency-scoreboard.js';
import type { EgovStatusChangeDetail, Inquiry } from './inquiry-tracker.js';

/** `egov-submit` detail: the reader asked for this tracking code (ASCII digits). */
export interface EgovSubmitDetail {
  trackingCode: string;
}

/** The two events every data widget fires, with its data type. */
export type EgovDataEvents<T> = EgovDataEventMap<T>;

/** Event name → event, per tag name. */
export interface EgovElementEvents {
  'egov-provider': Record<never, never>; // fires no events
  'egov-service-card': EgovDataEvents<Service>;
  'egov-service-list': EgovDataEvents<ServicePage> & { 'egov-search': CustomEvent<EgovSearchDetail> };
  'egov-maturity-gauge': EgovDataEvents<Evaluation>;
  'egov-agency-scoreboard': EgovDataEvents<AgencyScores>;
  'egov-inquiry-tracker': EgovDataEvents<Inquiry> & {
    'egov-submit': CustomEvent<EgovSubmitDetail>;
    'egov-status-change': CustomEvent<EgovStatusChangeDetail>;
  };
}

export type EgovTagName = keyof EgovElementEvents;

type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;

/** `egov-load` → `onEgovLoad`. */
export type EgovEventPropName<E extends string> = `on${Pascal<E>}`;

/** `egov-load` → `onEgovLoad`: the handler props of the React wrappers and Vue's templates. */
export type EgovEventProps<Tag extends EgovTagName> = {
  [E in keyof EgovElementEvents[Tag] & string as EgovEventPropName<E>]?: (event: EgovElementEvents[Tag][E]) => void;
};

/** `egov-load` → `onegov-load`: React 19 listens for these on a plain custom-element tag. */
export type EgovLowercaseEventProps<Tag extends EgovTagName> = {
  [E in keyof EgovElementEvents[Tag] & string as `on${E}`]?: (event: EgovElementEvents[Tag][E]) => void;
};

/** The `detail` of one element's event: `EgovEventDetail<'egov-service-card', 'egov-load'>` is `Service`. */
export type EgovEventDetail<Tag extends EgovTagName, E extends keyof EgovElementEvents[Tag]> =
  EgovElementEvents[Tag][E] extends CustomEvent<infer D> ? D : never;
