/**
 * The service profile (شناسنامه خدمت) as `dev/api/openapi.json` fixes it (the Service
 * schema). Only `id`, `title` and `agency` are required; every other field may be missing
 * (the card hides it) but, when present, must have the contract's type, else the card
 * shows the `invalid` state naming the field. Unknown extra fields are dropped, so a later
 * API version can add some.
 */
import { arr, fail, id, isoDate, num, obj, oneOf, opt, str, text, type Check, type Checked } from '../core/validate.js';
import { CHANNEL_KINDS, ELECTRONIC, LEVELS, SERVICE_TYPES, type ChannelKind } from './vocabulary.js';

const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));

/** A number ≥ 0 (days, visits, rials). */
const nonNegative: Check<number> = (v, p) => (num(v, p) < 0 ? fail(p, 'a number ≥ 0') : (v as number));

const channel = obj({ kind: str, url: opt(str), phone: opt(str) });

/**
 * Channels are an open list: a kind this version does not know (say a future «kiosk»)
 * is left out rather than failing the whole card. A channel that is not an object, or
 * has no kind string, is still invalid.
 */
const channelList = arr(channel);
const channels: Check<{ kind: ChannelKind; url?: string; phone?: string }[]> = (v, p) =>
  channelList(v, p).filter((c): c is { kind: ChannelKind } => (CHANNEL_KINDS as readonly string[]).includes(c.kind));

/** `null` is meaningful (free), so it is kept apart from "absent" (not shown). */
const amount = opt(obj({ amount: nonNegative, currency: opt(oneOf('IRR')) }));
const fee: Check<{ amount: number; currency?: string } | null | undefined> = (v, p) => (v === null ? null : amount(v, p));

export const serviceCheck = obj({
  id,
  title: text,
  agency: obj({ id, name: text, website: opt(str) }),
  description: opt(str),
  type: opt(oneOf(...SERVICE_TYPES)),
  level: opt(oneOf(...LEVELS)),
  electronic: opt(oneOf(...ELECTRONIC)),
  essential: opt(bool),
  channels: opt(channels),
  fee,
  durationDays: opt(nonNegative),
  inPersonVisits: opt(nonNegative),
  documents: opt(arr(str)),
  lifeEvents: opt(arr(str)),
  legalBasis: opt(str),
  updatedAt: opt(isoDate),
});

/** A validated service profile. */
export type Service = Checked<typeof serviceCheck>;
