/** What the tracker shows for a found inquiry: subject, status, details, delay and the timeline of events. */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Calendar } from '../core/config.js';
import type { Locale } from '../core/locale.js';
import { below, heading, type HeadingLevel } from '../ui/heading.js';
import { formatDate, parseDate } from '../format/dates.js';
import { formatDateTime, wholeDaysBetween } from '../format/date-time.js';
import { formatDays } from '../format/numbers.js';
import { bdi, code } from '../format/bidi.js';
import { localDigits } from '../format/text.js';
import { apiText, langAttr } from '../ui/display.js';
import { isFinal, STATUSES, sortedEvents, statusLabel, type Inquiry, type InquiryStatus } from './inquiry-tracker.data.js';

/** One glyph per status, beside its word (never colour alone), in the order of STATUSES: ✎ registered … ■ closed. */
const icon = (s: InquiryStatus): string => '✎✉⧗✓✕■'[STATUSES.indexOf(s)]!;

/** What the view reads of its element (the tracker passes itself). */
export interface InquiryView {
  locale: Locale;
  calendar: Calendar;
  heading: HeadingLevel;
}

/** `stale` is set while the last poll failed, so the inquiry on screen may be old: why, and when it is asked again. */
export function renderInquiry(d: Inquiry, view: InquiryView, stale: string | undefined): TemplateResult {
  const { locale: L, calendar: C, heading: level } = view;
  const events = sortedEvents(d.events);
  const due = parseDate(d.dueAt);
  const time = (at: string | undefined, format = formatDate) => (at ? html`<time datetime=${at}>${format(at, L, C)}</time>` : nothing);
  const row = (label: string, value: unknown) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing);
  let delay: unknown = nothing;
  if (due && !isFinal(d.status)) {
    const days = wholeDaysBetween(due, new Date());
    delay =
      days >= 0
        ? html`<p part="overdue" class="late">
            <span aria-hidden="true">⚠</span> ${days ? msg(str`${formatDays(days, L)} تأخیر`) : msg('مهلت پاسخ گذشته است')}
          </p>`
        : html`<p class="muted">${msg(str`${formatDays(-days, L)} تا پایان مهلت`)}</p>`;
  }
  return html`<article part="inquiry" class="panel">
    ${d.subject ? heading(level, d.subject, 'heading', 'subject', '', 'auto') : nothing}
    <p part="status" class="status" data-status=${d.status}>
      <span class="icon" aria-hidden="true">${icon(d.status)}</span>
      <span><span class="visually-hidden">${msg('وضعیت')}: </span>${statusLabel(d.status)}</span>
    </p>
    <dl part="details">
      ${row(msg('از دستگاه'), d.from && bdi(apiText(d.from.name, L)))} ${row(msg('به دستگاه'), d.to && bdi(apiText(d.to.name, L)))}
      ${row(msg('تاریخ ثبت'), time(d.submittedAt))} ${row(msg('مهلت پاسخ'), d.dueAt && html`${time(d.dueAt)} ${delay}`)}
      ${row(msg('کد رهگیری'), code(localDigits(d.trackingCode, L)))}
    </dl>
    ${stale ? html`<p part="stale" class="muted">${stale}</p>` : nothing}
    ${heading(d.subject ? below(level) : level, msg('روند رسیدگی'), 'subheading')}
    ${
      events.length
        ? html`<ol part="timeline">
          ${events.map(
            (e, i) =>
              html`<li part="event" data-status=${e.status} aria-current=${i === events.length - 1 ? 'step' : nothing}>
                <span class="icon" aria-hidden="true">${icon(e.status)}</span>
                <div>
                  <strong>${statusLabel(e.status)}</strong>${time(e.at, formatDateTime)}
                  ${e.note ? html`<p dir="auto" lang=${langAttr(e.note, L)}>${e.note}</p>` : nothing}
                </div>
              </li>`,
          )}
        </ol>`
        : html`<p part="empty" class="muted">${msg('هنوز رویدادی ثبت نشده است.')}</p>`
    }
  </article>`;
}
