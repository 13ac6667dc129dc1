/**
 * The plain tags in React (`egov-widgets/jsx.js` types), for a page that loads the library
 * on its own (the CDN file) after React has hydrated.
 */
import type {} from '../../src/jsx.js';

export function PlainApp({ base }: { base: string }) {
  return (
    <egov-provider api-base={base} lang="fa">
      <egov-service-card service-id="13061408000"></egov-service-card>
      <egov-maturity-gauge></egov-maturity-gauge>
      <egov-service-list page-size={3}></egov-service-list>
    </egov-provider>
  );
}
