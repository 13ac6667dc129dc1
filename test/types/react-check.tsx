/**
 * Compiled by `npm run typecheck` only (never run): the README's React example compiles
 * under `strict`, and each wrapper's `on…` props carry that element's own event detail.
 */
import { useRef, useState } from 'react';
import {
  EgovAgencyScoreboard,
  EgovInquiryTracker,
  EgovMaturityGauge,
  EgovProvider,
  EgovServiceCard,
  EgovServiceList,
  type Service,
} from '../../src/react.js';

export function Readme() {
  const [service, setService] = useState<Service>();
  return (
    <EgovProvider apiBase="https://api.example.ir/egov" lang="fa">
      <EgovServiceCard serviceId="13061408000" onEgovLoad={(e) => console.log(e.detail.title)} />
      <EgovServiceCard serviceId="13061408000" onEgovLoad={(e) => setService(e.detail)} onEgovError={(e) => e.detail.kind} />
      <EgovServiceList onEgovLoad={(e) => e.detail.items.length + e.detail.total} onEgovSearch={(e) => e.detail.q} />
      <EgovMaturityGauge onEgovLoad={(e) => e.detail.axes?.length} />
      <EgovAgencyScoreboard onEgovLoad={(e) => e.detail.items[0]?.agency.name} />
      <EgovInquiryTracker
        onEgovLoad={(e) => e.detail.status}
        onEgovSubmit={(e) => e.detail.trackingCode}
        onEgovStatusChange={(e) => e.detail.previousStatus}
      />
      {service?.agency.name}
    </EgovProvider>
  );
}

// @ts-expect-error a card's egov-load carries a Service, which has no `items`
export const wrongDetail = <EgovServiceCard onEgovLoad={(e) => e.detail.items} />;
// @ts-expect-error a card has no egov-search
export const wrongEvent = <EgovServiceCard onEgovSearch={() => {}} />;

/** The provider: its configuration typed as the element's (src/element-props.ts), a ref to the element. */
export function Provider() {
  const ref = useRef<HTMLElementTagNameMap['egov-provider']>(null);
  return (
    <EgovProvider
      ref={ref}
      apiBase="/api"
      calendar="gregory"
      timeoutMs={8000}
      headingLevel={3}
      headers={{ 'X-Api-Key': 'k' }}
      fetch={fetch}
      className="p"
      id="p"
    >
      <p />
    </EgovProvider>
  );
}
// @ts-expect-error not a calendar
export const wrongCalendar = <EgovProvider calendar="julian" />;
// @ts-expect-error headers are strings
export const wrongHeaders = <EgovProvider headers={{ 'X-Api-Key': 1 }} />;
