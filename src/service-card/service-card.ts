import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderNotFound, renderState } from '../core/states.js';
import { baseStyles } from '../core/styles.js';
import { define } from '../core/define.js';
import { safeHttpUrl } from '../core/url.js';
import { formatDate, formatDays, formatNumber, formatRials } from '../format/index.js';
import { toAsciiDigits } from '../format/text.js';
import { serviceCheck, type ChannelKind, type Service } from './service-card.data.js';
import { styles } from './service-card.styles.js';

/** Text longer than this is clamped behind a "more" button (shorter text is never cut). */
const CLAMP_TITLE = 160;
const CLAMP_TEXT = 420;

/** ASCII digits → Persian ones, for ids shown in fa (codes keep their order in a bdi). */
const localDigits = (s: string, fa: boolean): string =>
  fa ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x6f0 + +d)) : s;

/** Every API link: http(s) only, and it never gets the page's opener or referrer. */
const link = (url: string | undefined, content: unknown, cls = '', part = ''): unknown => {
  const href = safeHttpUrl(url);
  return href
    ? html`<a href=${href} class=${cls || nothing} part=${part || nothing} rel="noopener noreferrer">${content}</a>`
    : content;
};

/**
 * A service profile (شناسنامه خدمت): what the service is, who provides it, how
 * electronic it is, what it costs and how to get it. Reads `GET /services/{id}`, or
 * takes the profile as the `service` property.
 *
 * @summary A service profile card, full or compact.
 *
 * @slot actions - Extra buttons or links at the end of the card (e.g. «افزودن به علاقه‌مندی‌ها»).
 *
 * @csspart base - The root wrapper (carries `lang`, `dir`, `aria-busy`).
 * @csspart card - The card (`article`).
 * @csspart title - The service title.
 * @csspart agency - The providing agency (a link to its website when given).
 * @csspart description - The description.
 * @csspart more-button - The «بیشتر / کمتر» toggle of a clamped long title or description.
 * @csspart badges - The row of badges.
 * @csspart electronic-badge - How electronic the service is, in words (`data-electronic` = full, partial or none).
 * @csspart essential-badge - The «ضروری» marker.
 * @csspart facts - The list of facts (id, audience, level, fee, duration, visits, legal basis, last update).
 * @csspart service-id - The service id (`bdi dir=ltr`).
 * @csspart copy-button - The button that copies the service id.
 * @csspart channels - The list of channels.
 * @csspart primary-link - The «دریافت خدمت» link (the web channel).
 * @csspart details - The disclosure with required documents and life events.
 * @csspart actions - The wrapper of the `actions` slot.
 * @csspart loading - Loading skeleton.
 * @csspart error - Error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart not-found - Not-found panel.
 *
 * @cssprop --egov-color-text - Text colour.
 * @cssprop --egov-color-muted - Secondary text.
 * @cssprop --egov-color-link - Links.
 * @cssprop --egov-color-accent - Primary link background and buttons.
 * @cssprop --egov-color-on-accent - Text on the primary link.
 * @cssprop --egov-color-surface - Card background.
 * @cssprop --egov-color-border - Card and badge borders.
 * @cssprop --egov-color-success - Badge mark of a fully electronic service.
 * @cssprop --egov-color-warning - Badge mark of a partly electronic service and of «ضروری».
 * @cssprop --egov-radius - Corner radius.
 * @cssprop --egov-space - Inner spacing.
 *
 * @event egov-load - The profile was loaded (or given) and is valid; `detail` is the service.
 * @event egov-error - Loading failed; `detail` is `{ kind, status?, path? }`.
 */
export class EgovServiceCard extends EgovElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    serviceId: { attribute: 'service-id' },
    service: { attribute: false },
    variant: { reflect: true },
    open: { state: true },
    copied: { state: true },
  };

  /** The 11-digit service id to read from `GET /services/{id}`. */
  declare serviceId: string | undefined;
  /** The profile itself (no request is made); validated like fetched data. */
  declare service: unknown;
  /** `full` (default): the whole profile; `compact`: title, agency, electronic badge and primary link. */
  declare variant: 'full' | 'compact';
  declare private open: Record<string, boolean>;
  declare private copied: 0 | 1 | 2;

  private copyTimer = 0;

  constructor() {
    super();
    this.variant = 'full';
    this.open = {};
    this.copied = 0;
  }

  readonly data: ApiController<Service> = new ApiController(this, {
    path: () => (this.serviceId ? `/services/${encodeURIComponent(this.serviceId.trim())}` : undefined),
    value: () => this.service,
    check: serviceCheck,
  });

  protected override get busy(): boolean {
    return this.data.state.status === 'loading';
  }

  protected override renderContent(): unknown {
    return renderState(this.data.state, {
      retry: () => this.data.retry(),
      loadingLines: this.variant === 'compact' ? 2 : 4,
      notFound: () =>
        renderNotFound(msg('خدمتی با این شناسه یافت نشد.'), html`<p><bdi dir="ltr">${this.serviceId}</bdi></p>`),
      ready: (s) => (this.variant === 'compact' ? this.compact(s) : this.full(s)),
    });
  }

  /** A long text is clamped, with a toggle; a short one is shown whole. */
  private clamped(key: string, value: string, limit: number, body: (cls: string) => TemplateResult): unknown {
    if (value.length <= limit) return body('');
    const open = !!this.open[key];
    return html`${body(open ? '' : 'clamp')}<button
        type="button"
        class="more"
        part="more-button"
        aria-expanded=${open}
        @click=${() => (this.open = { ...this.open, [key]: !open })}
      >${open ? msg('کمتر') : msg('بیشتر')}</button>`;
  }

  private head(s: Service): TemplateResult {
    return html`${this.clamped('t', s.title, CLAMP_TITLE, (c) => html`<h3 class="title ${c}" part="title">${s.title}</h3>`)}
      <p class="agency" part="agency">${link(s.agency.website, html`<bdi>${s.agency.name}</bdi>`)}</p>`;
  }

  private badge(s: Service): unknown {
    const e = s.electronic;
    if (!e) return nothing;
    const [mark, words] =
      e === 'full' ? ['●', msg('تمام‌الکترونیکی')] : e === 'partial' ? ['◐', msg('نیمه‌الکترونیکی')] : ['○', msg('حضوری')];
    return html`<span class="badge" part="electronic-badge" data-electronic=${e}
      ><span class="mark" aria-hidden="true">${mark}</span> ${words}</span
    >`;
  }

  private primary(s: Service): unknown {
    const web = s.channels?.find((c) => c.kind === 'web' && safeHttpUrl(c.url));
    return web ? link(web.url, msg('دریافت خدمت'), 'button primary', 'primary-link') : nothing;
  }

  private actions(): TemplateResult {
    return html`<div class="actions" part="actions"><slot name="actions"></slot></div>`;
  }

  private compact(s: Service): TemplateResult {
    return html`<article class="card compact" part="card">
      ${this.head(s)}
      <div class="row">${this.badge(s)} ${this.primary(s)} ${this.actions()}</div>
    </article>`;
  }

  private full(s: Service): TemplateResult {
    const { locale } = this;
    const fa = locale === 'fa';
    const fact = (label: string, value: unknown) =>
      value === undefined || value === nothing ? nothing : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const docs = s.documents?.filter(Boolean) ?? [];
    const events = s.lifeEvents?.filter(Boolean) ?? [];
    const visits = s.inPersonVisits;
    return html`<article class="card" part="card">
      ${s.electronic || s.essential
        ? html`<div class="badges" part="badges">
            ${this.badge(s)}
            ${s.essential
              ? html`<span class="badge essential" part="essential-badge"><span class="mark" aria-hidden="true">★</span> ${msg('ضروری')}</span>`
              : nothing}
          </div>`
        : nothing}
      ${this.head(s)}
      ${s.description
        ? this.clamped('d', s.description, CLAMP_TEXT, (c) => html`<p class="description ${c}" part="description">${s.description}</p>`)
        : nothing}
      <dl class="facts" part="facts">
        ${fact(
          msg('شناسه خدمت'),
          html`<bdi dir="ltr" part="service-id">${localDigits(s.id, fa)}</bdi>
            <button type="button" class="copy" part="copy-button" aria-label=${msg('کپی شناسه خدمت')} @click=${() => this.copy(s.id)}>
              ${msg('کپی')}
            </button>`,
        )}
        ${fact(msg('مخاطب'), s.type && { G2C: msg('شهروندان'), G2B: msg('کسب‌وکارها'), G2G: msg('دستگاه‌ها') }[s.type])}
        ${fact(msg('سطح'), s.level && { national: msg('ملی'), provincial: msg('استانی'), city: msg('شهری'), rural: msg('روستایی') }[s.level])}
        ${fact(msg('هزینه'), s.fee === undefined ? undefined : formatRials(s.fee?.amount, locale))}
        ${fact(msg('میانگین مدت انجام'), s.durationDays === undefined ? undefined : s.durationDays === 0 ? msg('همان روز') : formatDays(s.durationDays, locale))}
        ${fact(
          msg('مراجعه حضوری'),
          visits === undefined ? undefined : visits === 0 ? msg('بدون مراجعه حضوری') : msg(str`${formatNumber(visits, locale)} بار`),
        )}
        ${fact(msg('مبنای قانونی'), s.legalBasis || undefined)}
        ${fact(
          msg('آخرین به‌روزرسانی'),
          s.updatedAt && html`<time datetime=${s.updatedAt}>${formatDate(s.updatedAt, locale, this.calendar)}</time>`,
        )}
      </dl>
      ${s.channels?.length
        ? html`<div class="channels">
            ${this.primary(s)}
            <p class="label" id="ch">${msg('راه‌های دریافت خدمت')}</p>
            <ul part="channels" aria-labelledby="ch">
              ${s.channels.map(
                (c) =>
                  html`<li>${link(c.url, channelName(c.kind))}${c.phone ? html` <bdi dir="ltr">${localDigits(c.phone, fa)}</bdi>` : nothing}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${docs.length || events.length
        ? html`<details part="details">
            <summary>${docs.length ? (events.length ? msg('مدارک لازم و رویدادهای زندگی') : msg('مدارک لازم')) : msg('رویدادهای زندگی')}</summary>
            ${list(docs.length && events.length ? msg('مدارک لازم') : '', docs)}
            ${list(docs.length && events.length ? msg('رویدادهای زندگی') : '', events)}
          </details>`
        : nothing}
      ${this.actions()}
      <p class="visually-hidden" role="status">${this.copied ? (this.copied === 1 ? msg('کپی شد') : msg('کپی نشد')) : ''}</p>
    </article>`;
  }

  /** Copies the id as plain ASCII digits and says so in the polite live region. */
  private async copy(id: string): Promise<void> {
    let ok: 1 | 2 = 1;
    try {
      await navigator.clipboard.writeText(toAsciiDigits(id).trim());
    } catch {
      // No clipboard access (permission, insecure page): select the id for Ctrl+C instead.
      ok = 2;
      const id = this.renderRoot.querySelector('[part="service-id"]');
      if (id) getSelection()?.selectAllChildren(id);
    }
    // Empty first, so a second copy is announced again.
    this.copied = 0;
    await this.updateComplete;
    this.copied = ok;
    clearTimeout(this.copyTimer);
    this.copyTimer = window.setTimeout(() => (this.copied = 0), 4000);
  }
}

function channelName(kind: ChannelKind): string {
  switch (kind) {
    case 'web':
      return msg('درگاه اینترنتی');
    case 'mobile':
      return msg('برنامهٔ تلفن همراه');
    case 'counter':
      return msg('دفاتر پیشخوان');
    case 'in-person':
      return msg('مراجعه به دستگاه');
    case 'phone':
      return msg('تلفن');
  }
}

const list = (label: string, items: string[]): unknown =>
  items.length
    ? html`${label ? html`<p class="label">${label}</p>` : nothing}
        <ul>
          ${items.map((d) => html`<li>${d}</li>`)}
        </ul>`
    : nothing;

define('egov-service-card', EgovServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'egov-service-card': EgovServiceCard;
  }
}
