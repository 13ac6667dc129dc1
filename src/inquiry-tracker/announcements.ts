/**
 * What the tracker says in its live region (src/core/announcer.ts), and the stale notice it
 * also shows: call inside `announcer.say()` or during render, so the words are in the
 * widget's language.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { isBusy, type EgovError } from '../core/errors.js';
import { waitWords } from '../ui/states.js';
import { apiText, forDisplay } from '../ui/display.js';
import { code } from '../format/bidi.js';
import { localDigits } from '../format/text.js';
import { statusLabel, type Inquiry, type InquiryStatus } from './inquiry-tracker.data.js';

/** Why the inquiry on screen may be old (`refreshError`: the last poll's failure), and when it is asked again. */
export const staleWords = (e: EgovError | undefined): string =>
  isBusy(e) && e?.retryAfter !== undefined
    ? msg(str`سامانه شلوغ است و وضعیت به‌روز نشد؛ ${waitWords(e.retryAfter)} دیگر دوباره پرسیده می‌شود.`)
    : msg('به‌روزرسانی وضعیت ممکن نشد؛ کمی بعد دوباره تلاش می‌شود.');

/** A newer answer for the same code has another status. */
export const statusChangeWords = (to: InquiryStatus): string => msg(str`وضعیت استعلام به «${statusLabel(to)}» تغییر کرد.`);

/** The answer to a submitted code: the subject (in its own language) and the status. */
export function foundWords(inquiry: Inquiry, locale: Locale): unknown {
  const d = forDisplay(inquiry, locale);
  const status = msg(str`وضعیت: ${statusLabel(d.status)}`);
  return d.subject ? html`${apiText(d.subject, locale)}${msg('؛')} ${status}` : status;
}

/** A submitted code the server does not know, with the code in the reader's digits. */
export const notFoundWords = (trackingCode: string, locale: Locale): unknown =>
  html`${msg('کد رهگیری یافت نشد')}: ${code(localDigits(trackingCode, locale))}`;
