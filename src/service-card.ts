/** `<egov-service-card>`: importing this module defines the element. */
export { EgovServiceCard } from './service-card/service-card.js';
export type { Service } from './service-card/service-card.data.js';
