/**
 * The full service profile, the card's default variant: its own module, so a page whose cards
 * are all compact (the list's) does not download it. The card's entry (src/service-card.ts)
 * imports it; a card defined through the list loads it before its first full render
 * (src/service-card/full-view.ts). Running it registers the view.
 */
import { nothing, type TemplateResult } from 'lit';
// `html` without indentation text nodes between tags (see tight.ts); otherwise Lit's own.
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import { langAttr } from '../ui/display.js';
import { formatDate } from '../format/dates.js';
import { formatDays, formatNumber, formatRials } from '../format/numbers.js';
import { localDigits } from '../format/text.js';
import type { Calendar } from '../core/config.js';
import type { Locale } from '../core/locale.js';
import type { Service } from './service-card.data.js';
import { channelLabel, levelLabel, typeLabel } from './vocabulary.js';
import { link } from './link.js';
import { useFullView } from './full-view.js';

/** What the card gives the full view: its state and the pieces both variants share. */
export interface FullViewInput {
  locale: Locale;
  calendar: Calendar;
  /** Title, its toggle, the agency. */
  head: unknown[];
  badge: unknown;
  primary: unknown;
  /** The description's class (clamped or not) and its toggle. */
  description: [string, unknown];
  copy: (id: string) => void;
}

export type FullView = (s: Service, v: FullViewInput) => TemplateResult;

/**
 * One flat template: a fact the profile lacks is rendered `hidden` rather than as a
 * nested template (close to hand-written DOM for 1000 cards, bench/). Text goes in as
 * child text, never through `.textContent`: a server renderer writes children, not
 * properties (README "Server rendering").
 */
export const renderFull: FullView = (s, v) => {
  const { locale } = v;
  const docs = s.documents?.filter(Boolean) ?? [];
  const events = s.lifeEvents?.filter(Boolean) ?? [];
  const both = docs.length > 0 && events.length > 0;
  const { type, level, fee, durationDays: days, inPersonVisits: visits, updatedAt } = s;
  const [title, more, agency] = v.head;
  const [dcls, dmore] = v.description;
  return html`<article class="card" part="card">
    <div class="badges" part="badges" ?hidden=${!s.electronic && !s.essential}>
      ${v.badge}
      <span class="badge essential" part="essential-badge" ?hidden=${!s.essential}>
        <span class="mark" aria-hidden="true">★</span>
        <span>${msg('ضروری')}</span>
      </span>
    </div>
    ${title}
    ${more}
    <p class="agency" part="agency" dir="auto">${agency}</p>
    <p class="description ${dcls}" part="description" dir="auto" lang=${langAttr(s.description)} ?hidden=${!s.description}>${s.description ?? ''}</p>
    ${dmore}
    <dl class="facts" part="facts">
      <div>
        <dt>${msg('شناسه خدمت')}</dt>
        <dd>
          <bdi dir="ltr" part="service-id">${localDigits(s.id, locale)}</bdi> <button
            type="button"
            class="copy"
            part="copy-button"
            aria-label=${msg('کپی شناسه خدمت')}
            @click=${() => v.copy(s.id)}>${msg('کپی')}</button>
        </dd>
      </div>
      <div ?hidden=${!type}>
        <dt>${msg('مخاطب')}</dt>
        <dd>${type ? typeLabel(type) : ''}</dd>
      </div>
      <div ?hidden=${!level}>
        <dt>${msg('سطح')}</dt>
        <dd>${level ? levelLabel(level) : ''}</dd>
      </div>
      <div ?hidden=${fee === undefined}>
        <dt>${msg('هزینه')}</dt>
        <dd>${fee === undefined ? '' : formatRials(fee?.amount, locale)}</dd>
      </div>
      <div ?hidden=${days === undefined}>
        <dt>${msg('میانگین مدت انجام')}</dt>
        <dd>${days === undefined ? '' : days === 0 ? msg('همان روز') : formatDays(days, locale)}</dd>
      </div>
      <div ?hidden=${visits === undefined}>
        <dt>${msg('مراجعه حضوری')}</dt>
        <dd>${visits === undefined ? '' : visits === 0 ? msg('بدون مراجعه حضوری') : msg(str`${formatNumber(visits, locale)} بار`)}</dd>
      </div>
      <div ?hidden=${!updatedAt}>
        <dt>${msg('آخرین به‌روزرسانی')}</dt>
        <dd><time datetime=${updatedAt ?? nothing}>${updatedAt ? formatDate(updatedAt, locale, v.calendar) : ''}</time></dd>
      </div>
      <div class="wide" ?hidden=${!s.legalBasis}>
        <dt>${msg('مبنای قانونی')}</dt>
        <dd dir="auto" lang=${langAttr(s.legalBasis)}>${s.legalBasis ?? ''}</dd>
      </div>
    </dl>
    ${
      s.channels?.length
        ? html`<div class="channels">
          ${v.primary}
          <p class="label" id="ch">${msg('راه‌های دریافت خدمت')}</p>
          <ul part="channels" aria-labelledby="ch">
            ${s.channels.map(
              (c) =>
                html`<li>${link(c.url, channelLabel(c.kind))}${c.phone ? html` <bdi dir="ltr">${localDigits(c.phone, locale)}</bdi>` : nothing}</li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
    <details part="details" ?hidden=${!docs.length && !events.length}>
      <summary>${docs.length ? (events.length ? msg('مدارک لازم و رویدادهای زندگی') : msg('مدارک لازم')) : msg('رویدادهای زندگی')}</summary>
      <p class="label" ?hidden=${!both}>${msg('مدارک لازم')}</p>
      <ul ?hidden=${!docs.length}>
        ${docs.map((d) => html`<li dir="auto" lang=${langAttr(d)}>${d}</li>`)}
      </ul>
      <p class="label" ?hidden=${!both}>${msg('رویدادهای زندگی')}</p>
      <ul ?hidden=${!events.length}>
        ${events.map((d) => html`<li dir="auto" lang=${langAttr(d)}>${d}</li>`)}
      </ul>
    </details>
    <div class="actions" part="actions"><slot name="actions"></slot></div>
  </article>`;
};

useFullView(renderFull);
