/**
 * One page of the service directory: `GET /services?q=&agency=&page=&pageSize=` →
 * `{ items, total, page, pageSize }`. Each item is checked as a full service profile
 * (the card's check), so a bad item names its place: `items[3].fee`.
 */
import { arr, num, obj, opt, type Check, type Checked } from '../core/validate.js';
import { EgovError } from '../core/errors.js';
import { serviceCheck } from '../service-card/service-card.data.js';

/** A whole number ≥ 0 (total) or ≥ 1 (page, pageSize). */
const whole =
  (min: number): Check<number> =>
  (v, p) => {
    const n = num(v, p);
    if (!Number.isInteger(n) || n < min) throw new EgovError('invalid', `${p}: expected a whole number ≥ ${min}`, { path: p });
    return n;
  };

export const servicePageCheck = obj({
  items: arr(serviceCheck),
  total: whole(0),
  page: opt(whole(1)),
  pageSize: opt(whole(1)),
});

/** A validated page of the directory. */
export type ServicePage = Checked<typeof servicePageCheck>;

export type ElectronicFilter = '' | 'full' | 'partial' | 'none';
export type TypeFilter = '' | 'G2C' | 'G2B' | 'G2G';
