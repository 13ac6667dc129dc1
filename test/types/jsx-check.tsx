/**
 * Compiled by `npm run typecheck` only (never run): TSX users get attribute checking.
 * The @ts-expect-error lines fail the type-check if a wrong attribute stopped being an error.
 */
import type {} from '../../src/jsx.js';

export const ok = (
  <egov-provider api-base="/api" lang="fa" calendar="persian" heading-level={3}>
    <egov-service-card service-id="13061408000" variant="compact" heading-level="4" />
    <egov-maturity-gauge agency-id="ins-central" round="latest" history />
    <egov-agency-scoreboard limit={10} view="chart" />
    <egov-inquiry-tracker tracking-code="1403-0725-118842" poll-interval={30} />
  </egov-provider>
);

// @ts-expect-error variant is full or compact
export const badVariant = <egov-service-card variant="huge" />;
// @ts-expect-error a heading level is 1–6
export const badLevel = <egov-maturity-gauge heading-level={7} />;
// @ts-expect-error view is table or chart
export const badView = <egov-agency-scoreboard view="pie" />;

// React 19 wires `on` + the event name on a plain tag: each carries the element's own data.
export const typedPlain = (
  <>
    <egov-service-card onegov-load={(e) => e.detail.title.length} />
    <egov-inquiry-tracker onegov-status-change={(e) => e.detail.previousStatus} onegov-load={(e) => e.detail.subject} />
    <egov-maturity-gauge onegov-load={(e) => e.detail.round} />
  </>
);
// @ts-expect-error a card's egov-load carries a Service, which has no `items`
export const wrongDetail = <egov-service-card onegov-load={(e) => e.detail.items} />;
