/**
 * React wrappers (`egov-widgets/react`), made with @lit/react: typed props for every
 * attribute and property, and `on…` props for the widgets' events, which React does not
 * wire for custom elements on its own. React is an optional peer dependency: only this
 * entry needs it.
 *
 *   import { EgovServiceCard } from 'egov-widgets/react';
 *   <EgovServiceCard serviceId="13061408000" onEgovLoad={(e) => console.log(e.detail)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { EgovErrorDetail } from './core/errors.js';
import { EgovProvider as ProviderElement } from './provider/provider.js';
import { EgovServiceCard as ServiceCardElement } from './service-card/service-card.js';
import { EgovServiceList as ServiceListElement, type EgovSearchDetail } from './service-list/service-list.js';
import { EgovMaturityGauge as GaugeElement } from './maturity-gauge/maturity-gauge.js';
import { EgovAgencyScoreboard as ScoreboardElement } from './agency-scoreboard/agency-scoreboard.js';
import { EgovInquiryTracker as TrackerElement, type EgovStatusChangeDetail } from './inquiry-tracker/inquiry-tracker.js';

/** The events every data widget fires. */
const dataEvents = {
  onEgovLoad: 'egov-load' as EventName<CustomEvent<unknown>>,
  onEgovError: 'egov-error' as EventName<CustomEvent<EgovErrorDetail>>,
};

export const EgovProvider = createComponent({ react: React, tagName: 'egov-provider', elementClass: ProviderElement });

export const EgovServiceCard = createComponent({
  react: React,
  tagName: 'egov-service-card',
  elementClass: ServiceCardElement,
  events: dataEvents,
});

export const EgovServiceList = createComponent({
  react: React,
  tagName: 'egov-service-list',
  elementClass: ServiceListElement,
  events: { ...dataEvents, onEgovSearch: 'egov-search' as EventName<CustomEvent<EgovSearchDetail>> },
});

export const EgovMaturityGauge = createComponent({
  react: React,
  tagName: 'egov-maturity-gauge',
  elementClass: GaugeElement,
  events: dataEvents,
});

export const EgovAgencyScoreboard = createComponent({
  react: React,
  tagName: 'egov-agency-scoreboard',
  elementClass: ScoreboardElement,
  events: dataEvents,
});

export const EgovInquiryTracker = createComponent({
  react: React,
  tagName: 'egov-inquiry-tracker',
  elementClass: TrackerElement,
  events: {
    ...dataEvents,
    onEgovSubmit: 'egov-submit' as EventName<CustomEvent<{ trackingCode: string }>>,
    onEgovStatusChange: 'egov-status-change' as EventName<CustomEvent<EgovStatusChangeDetail>>,
  },
});
