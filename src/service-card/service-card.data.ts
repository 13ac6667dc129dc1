/**
 * The service profile (شناسنامه خدمت) as DESIGN.md fixes it. Only `id`, `title` and
 * `agency` are required; every other field may be missing (the card hides it) but, when
 * present, must have the contract's type, else the card shows the `invalid` state naming
 * the field. Unknown extra fields are dropped, so a later API version can add some.
 */
import { arr, bool, id, num, obj, oneOf, opt, str, text, type Check, type Checked } from '../core/validate.js';
import { EgovError } from '../core/errors.js';

const bad = (p: string, expected: string): never => {
  throw new EgovError('invalid', `${p}: expected ${expected}`, { path: p });
};

/** A number ≥ 0 (days, visits, rials). */
const count: Check<number> = (v, p) => (num(v, p) < 0 ? bad(p, 'a number ≥ 0') : (v as number));

export const CHANNEL_KINDS = ['web', 'mobile', 'counter', 'in-person', 'phone'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const channel = obj({ kind: str, url: opt(str), phone: opt(str) });

/**
 * Channels are an open list: a kind this version does not know (say a future «kiosk»)
 * is left out rather than failing the whole card. A channel that is not an object, or
 * has no kind string, is still invalid.
 */
const channels: Check<{ kind: ChannelKind; url?: string; phone?: string }[]> = (v, p) =>
  arr(channel)(v, p).filter((c): c is { kind: ChannelKind } => (CHANNEL_KINDS as readonly string[]).includes(c.kind));

/** `null` is meaningful (free), so it is kept apart from "absent" (not shown). */
const fee: Check<{ amount: number; currency?: string } | null | undefined> = (v, p) =>
  v === null ? null : opt(obj({ amount: count, currency: opt(oneOf('IRR')) }))(v, p);

/** An ISO date string that is a real date. */
const isoDate: Check<string> = (v, p) => (Number.isNaN(Date.parse(str(v, p))) ? bad(p, 'a date') : (v as string));

export const serviceCheck = obj({
  id,
  title: text,
  agency: obj({ id, name: text, website: opt(str) }),
  description: opt(str),
  type: opt(oneOf('G2C', 'G2B', 'G2G')),
  level: opt(oneOf('national', 'provincial', 'city', 'rural')),
  electronic: opt(oneOf('full', 'partial', 'none')),
  essential: opt(bool),
  channels: opt(channels),
  fee,
  durationDays: opt(count),
  inPersonVisits: opt(count),
  documents: opt(arr(str)),
  lifeEvents: opt(arr(str)),
  legalBasis: opt(str),
  updatedAt: opt(isoDate),
});

/** A validated service profile. */
export type Service = Checked<typeof serviceCheck>;
