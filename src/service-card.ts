/** `<egov-service-card>`: importing this module defines the element. */
export { EgovServiceCard } from './service-card/service-card.js';
export type { Service } from './service-card/service-card.data.js';

// A page that asks for the card shows full profiles: their view comes with it, not after it.
import './service-card/full.js';
