'use client';
/**
 * React wrappers (`egov-widgets/react.js`), made with @lit/react: typed props for every
 * attribute and property, and `on…` props for the widgets' events, which React does not
 * wire for custom elements on its own. Each `on…` prop carries the element's own data
 * type (a card's `onEgovLoad` gives `CustomEvent<Service>`). React is an optional peer
 * dependency: only this entry needs it.
 *
 *   import { EgovServiceCard } from 'egov-widgets/react.js';
 *   <EgovServiceCard serviceId="13061408000" onEgovLoad={(e) => console.log(e.detail.title)} />
 */
import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import type { ReactiveElement } from 'lit';
import type { EgovElementEvents, EgovEventPropName, EgovTagName } from './events.js';
import type { EgovElementProps } from './element-props.js';

/** @lit/react's map of `on…` props to event names. */
type EventNames = Record<string, EventName | string>;

/** Property name → attribute name, for the properties of `elementClass` that have one. */
function attributesOf(elementClass: typeof ReactiveElement): Map<string, string> {
  void elementClass.observedAttributes; // finalizes the class, as defining its tag does
  const names = new Map<string, string>();
  for (const [prop, { attribute, state }] of elementClass.elementProperties) {
    if (typeof prop === 'string' && attribute !== false && !state)
      names.set(prop, typeof attribute === 'string' ? attribute : prop.toLowerCase());
  }
  return names;
}

/** `useLayoutEffect` in the browser; on the server, where it would warn in React 18, `useEffect` (which does not run there). */
const useClientLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** What a widget loaded (or failed to), and the handler prop that hears it. */
const LOAD_EVENTS = { 'egov-load': 'onEgovLoad', 'egov-error': 'onEgovError' } as const;

/**
 * Each widget's last `egov-load`/`egov-error`, heard by the page: a server-rendered widget may
 * load before React hydrates it and attaches its handlers.
 */
const lastLoad = new WeakMap<EventTarget, Event>();
if (typeof document !== 'undefined') {
  for (const type of Object.keys(LOAD_EVENTS)) document.addEventListener(type, (e) => lastLoad.set(e.composedPath()[0]!, e), true);
}

/**
 * A widget's wrapper: @lit/react's, which sets every prop as a property in the browser, plus
 * the props that are attributes (`serviceId` → `service-id`, `pageSize` → `page-size`), written
 * as attributes too when their value is a string, a number or `true`. So they are in the
 * server's HTML: a widget that upgrades before hydration asks for the app's key the first
 * time, and only once (README "Configure the API"); the property, set after, is the same value.
 * Such a widget may have loaded before hydration: its `onEgovLoad` (or `onEgovError`) then gets
 * that event when React attaches it.
 */
function component<I extends HTMLElement, E extends EventNames>(options: Omit<Options<I, E>, 'react'>): ReactWebComponent<I, E> {
  const Inner = createComponent({ react: React, ...options });
  let attributes: Map<string, string> | undefined;
  const Outer = React.forwardRef<I, Record<string, unknown>>(function EgovWidget(props, ref) {
    attributes ??= attributesOf(options.elementClass as unknown as typeof ReactiveElement);
    const own = React.useRef<I | null>(null);
    const setRef = React.useCallback(
      (el: I | null) => {
        own.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    // Runs after the inner wrapper attached the handlers (a child's effects run first): an
    // event before this one was missed.
    useClientLayoutEffect(() => {
      const missed = own.current && lastLoad.get(own.current);
      if (!missed) return;
      lastLoad.delete(own.current!);
      const handler = props[LOAD_EVENTS[missed.type as keyof typeof LOAD_EVENTS]];
      if (typeof handler === 'function') (handler as (e: Event) => void)(missed);
    }, []);
    const all: Record<string, unknown> = { ...props, ref: setRef };
    for (const [prop, value] of Object.entries(props)) {
      const attribute = attributes.get(prop);
      if (attribute && (typeof value === 'string' || typeof value === 'number' || value === true))
        all[attribute] = value === true ? '' : String(value);
    }
    return React.createElement(Inner, all as React.ComponentProps<typeof Inner>);
  });
  Outer.displayName = Inner.displayName;
  return Outer as unknown as ReactWebComponent<I, E>;
}

// registry:start (generated from elements.registry.mjs by `npm run registry`: edit the registry, not these lines)
import { EgovServiceCard as EgovServiceCardElement } from './service-card.js';
import { EgovServiceList as EgovServiceListElement } from './service-list.js';
import { EgovMaturityGauge as EgovMaturityGaugeElement } from './maturity-gauge.js';
import { EgovAgencyScoreboard as EgovAgencyScoreboardElement } from './agency-scoreboard.js';
import { EgovInquiryTracker as EgovInquiryTrackerElement } from './inquiry-tracker.js';
import { EgovProvider as EgovProviderElement } from './provider.js';

export type * from './events.js';
export type { Service } from './service-card.js';
export type { ServicePage, EgovSearchDetail } from './service-list.js';
export type { Evaluation } from './maturity-gauge.js';
export type { AgencyScores } from './agency-scoreboard.js';
export type { Inquiry, EgovStatusChangeDetail } from './inquiry-tracker.js';
export type { EgovErrorDetail } from './api.js';

/** `{ onEgovLoad: 'egov-load' }` for a tag, each name typed with that tag's event. */
type EventProps<Tag extends EgovTagName> = {
  [E in keyof EgovElementEvents[Tag] & string as EgovEventPropName<E>]: EventName<EgovElementEvents[Tag][E] & Event>;
};

const onProp = (event: string): string => 'on' + event.replace(/(^|-)([a-z])/g, (_m: string, _d: string, c: string) => c.toUpperCase());

/** The events of one tag as @lit/react wants them (runtime names; types from `EgovElementEvents`). */
function events<Tag extends EgovTagName>(...names: (keyof EgovElementEvents[Tag] & string)[]): EventProps<Tag> {
  return Object.fromEntries(names.map((n) => [onProp(n), n])) as unknown as EventProps<Tag>;
}

export const EgovServiceCard = component({
  tagName: 'egov-service-card',
  elementClass: EgovServiceCardElement,
  events: events<'egov-service-card'>('egov-load', 'egov-error'),
});

export const EgovServiceList = component({
  tagName: 'egov-service-list',
  elementClass: EgovServiceListElement,
  events: events<'egov-service-list'>('egov-load', 'egov-error', 'egov-search'),
});

export const EgovMaturityGauge = component({
  tagName: 'egov-maturity-gauge',
  elementClass: EgovMaturityGaugeElement,
  events: events<'egov-maturity-gauge'>('egov-load', 'egov-error'),
});

export const EgovAgencyScoreboard = component({
  tagName: 'egov-agency-scoreboard',
  elementClass: EgovAgencyScoreboardElement,
  events: events<'egov-agency-scoreboard'>('egov-load', 'egov-error'),
});

export const EgovInquiryTracker = component({
  tagName: 'egov-inquiry-tracker',
  elementClass: EgovInquiryTrackerElement,
  events: events<'egov-inquiry-tracker'>('egov-load', 'egov-error', 'egov-submit', 'egov-status-change'),
});
// registry:end

/** The provider's props: its attributes and properties (src/element-props.ts), and any HTML attribute. */
type ProviderConfigProps = EgovElementProps['egov-provider'];
type HtmlProps = Omit<React.HTMLAttributes<EgovProviderElement>, 'lang'>;
export interface EgovProviderProps extends HtmlProps, ProviderConfigProps {
  lang?: 'fa' | 'en' | (string & {});
  children?: React.ReactNode;
}

/**
 * `<egov-provider>` with its configuration written as real attributes (`api-base`, `lang`,
 * `calendar`, `timeout-ms`, `heading-level`): in the server's HTML too, so a server-rendered
 * widget that upgrades before hydration, or during it (React sets children's properties
 * before their parent's), already sees the provider's API base (README "Configure the API").
 * `headers` and `fetch` cannot be attributes: they are set as properties, in the browser.
 */
export const EgovProvider = React.forwardRef<EgovProviderElement, EgovProviderProps>(function EgovProvider(
  { apiBase, calendar, timeoutMs, headingLevel, headers, fetch, children, ...rest },
  ref,
) {
  const own = React.useRef<EgovProviderElement | null>(null);
  useClientLayoutEffect(() => {
    const el = own.current;
    if (el) Object.assign(el, { headers, fetch });
  }, [headers, fetch]);
  const setRef = React.useCallback(
    (el: EgovProviderElement | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  return React.createElement(
    'egov-provider',
    {
      ...rest,
      'api-base': apiBase,
      calendar,
      'timeout-ms': timeoutMs,
      'heading-level': headingLevel,
      ref: setRef,
      // The element adds nothing to its own light DOM, but React 18 may see attributes it set itself.
      suppressHydrationWarning: true,
    },
    children,
  );
});
