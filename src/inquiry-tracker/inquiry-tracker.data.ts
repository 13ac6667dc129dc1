/**
 * An inter-agency inquiry (`GET /inquiries/{trackingCode}`, `dev/api/openapi.json`): its shape,
 * checked at runtime, the words for its statuses, and the tracking-code rules the form applies
 * before any request.
 */
import { msg } from '@lit/localize';
import { arr, id, isoDate, obj, oneOf, opt, text, type Checked } from '../core/validate.js';
import { parseDate } from '../format/dates.js';
import { toAsciiDigits } from '../format/text.js';

export type InquiryStatus = 'registered' | 'sent' | 'in-review' | 'answered' | 'rejected' | 'closed';

/** Each status with its words, in the order an inquiry goes through them. Call during render (msg()). */
const STATUS_WORDS: Record<InquiryStatus, () => string> = {
  registered: () => msg('ثبت شده'),
  sent: () => msg('ارسال شده'),
  'in-review': () => msg('در حال بررسی'),
  answered: () => msg('پاسخ داده شده'),
  rejected: () => msg('رد شده'),
  closed: () => msg('بسته شده'),
};
export const STATUSES = Object.keys(STATUS_WORDS) as readonly InquiryStatus[];
export const statusLabel = (s: InquiryStatus): string => STATUS_WORDS[s]();

/** `egov-status-change` detail: the same inquiry now has another status. */
export interface EgovStatusChangeDetail {
  trackingCode: string;
  status: InquiryStatus;
  previousStatus: InquiryStatus;
}

/** After these nothing more happens: polling stops and no delay is counted. They are the last three of STATUSES. */
export const isFinal = (s: InquiryStatus): boolean => STATUSES.indexOf(s) > 2;

const agency = obj({ id, name: text });
const status = oneOf(...STATUSES);

export const eventCheck = obj({ status, at: isoDate, note: opt(text) });

/**
 * Required: the tracking code and the status. Everything else is shown when present and
 * must have the right shape when it is; `events` absent is an empty history.
 */
export const inquiryCheck = obj({
  trackingCode: text,
  status,
  subject: opt(text),
  from: opt(agency),
  to: opt(agency),
  submittedAt: opt(isoDate),
  dueAt: opt(isoDate),
  events: opt(arr(eventCheck)),
});

export type Inquiry = Checked<typeof inquiryCheck>;
export type InquiryEvent = Checked<typeof eventCheck>;

/** Events oldest first, whatever order the server sent; equal times keep the server's order (sort is stable). */
export const sortedEvents = (events: readonly InquiryEvent[] = []): InquiryEvent[] =>
  events
    .map((e) => [e, +parseDate(e.at)!] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([e]) => e);

/** The outcome of reading a typed tracking code. */
export type CodeReading = { code: string } | { code?: undefined; error: 'empty' | 'chars' | 'length'; digits: number };

/**
 * A tracking code as typed → the canonical `YYYY-MMDD-NNNNNN`. Persian and Arabic-Indic
 * digits become ASCII; spaces, dashes of any kind, slashes, dots and the invisible bidi
 * marks a copy from RTL text carries are ignored. Anything else, or not exactly 14 digits,
 * is an error the form explains (and nothing is sent).
 */
export function readTrackingCode(input: string): CodeReading {
  const s = toAsciiDigits(input).replace(/[\s\-\u2010-\u2015\u2212_/.\u200c-\u200f\u202a-\u202e\u2066-\u2069\u061c\u0640]/g, '');
  const digits = s.replace(/\D/g, '').length;
  if (!s) return { error: 'empty', digits };
  if (/\D/.test(s)) return { error: 'chars', digits };
  if (digits !== 14) return { error: 'length', digits };
  return { code: s.replace(/^(.{4})(.{4})/, '$1-$2-') };
}
