/** `<egov-service-list>`: importing this module defines it (and `<egov-service-card>`). */
export { EgovServiceList } from './service-list/service-list.js';
export type { EgovSearchDetail, ServicePage } from './service-list/service-list.data.js';
