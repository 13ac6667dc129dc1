/**
 * One page of the service directory: `GET /services?q=&agency=&page=&pageSize=` →
 * `{ items, total, page, pageSize }`. Each item is checked as a full service profile
 * (the card's check), so a bad item names its place: `items[3].fee`; the cards then
 * take their items as checked and do not check them again.
 */
import { arr, fail, num, obj, opt, type Check, type Checked } from '../core/validate.js';
import { serviceCheck } from '../service-card/service-card.data.js';
import type { Electronic, ServiceType } from '../service-card/vocabulary.js';

/** A whole number ≥ `min` (a total ≥ 0, a page ≥ 1). */
const whole =
  (min: number): Check<number> =>
  (v, p) => {
    const n = num(v, p);
    return Number.isInteger(n) && n >= min ? n : fail(p, `a whole number ≥ ${min}`);
  };

export const servicePageCheck = obj({
  items: arr(serviceCheck),
  total: whole(0),
  page: opt(whole(1)),
  pageSize: opt(whole(1)),
});

/** A validated page of the directory. */
export type ServicePage = Checked<typeof servicePageCheck>;

/** A filter: one value, or '' for all. */
export type ElectronicFilter = '' | Electronic;
export type TypeFilter = '' | ServiceType;

/** What `egov-search` carries: the criteria of the request that is about to be made. */
export interface EgovSearchDetail {
  /** The query as sent: folded (ی/ک, ASCII digits, no diacritics or ZWNJ). */
  q: string;
  electronic: ElectronicFilter;
  type: TypeFilter;
  page: number;
}

/** The request for one page of the directory: only the criteria that are set, then the page. */
export function servicesPath({ q, electronic, type, page }: EgovSearchDetail, agency: string | undefined, pageSize: number): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (agency) p.set('agency', agency);
  if (electronic) p.set('electronic', electronic);
  if (type) p.set('type', type);
  p.set('page', String(page));
  p.set('pageSize', String(pageSize));
  return `/services?${p}`;
}
