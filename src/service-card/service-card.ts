import { nothing, type TemplateResult } from 'lit';
// `html` without indentation text nodes between tags (see tight.ts); otherwise Lit's own.
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { ApiController } from '../core/api-controller.js';
import { renderState, renderNotFound } from '../ui/states.js';
import { baseStyles } from '../ui/styles.js';
import { define } from '../core/define.js';
import { safeHttpUrl } from '../ui/url.js';
import { link } from './link.js';
import { fullView, loadFullView } from './full-view.js';
import { heading } from '../ui/heading.js';
import { apiText } from '../ui/display.js';
import { localDigits, toAsciiDigits } from '../format/text.js';
import { serviceCheck, type Service } from './service-card.data.js';
import { electronicLabel, electronicMark } from './vocabulary.js';
import { styles } from './service-card.styles.js';

/** Text longer than this is clamped behind a "more" button (shorter text is never cut). */
const CLAMP_TITLE = 160;
const CLAMP_TEXT = 420;

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
export class EgovServiceCard extends EgovElement<Service> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    serviceId: { attribute: 'service-id' },
    service: { attribute: false },
    variant: { reflect: true },
    open: { state: true },
  };

  /** The 11-digit service id to read from `GET /services/{id}`. */
  declare serviceId: string | undefined;
  /** The profile itself (no request is made); validated like fetched data. */
  declare service: unknown;
  /** `full` (default): the whole profile; `compact`: title, agency, electronic badge and primary link. */
  declare variant: 'full' | 'compact';
  /** Which clamped texts the reader opened: one bit each (1 the title, 2 the description). */
  declare private open: number;
  constructor() {
    super();
    this.variant = 'full';
    this.open = 0;
  }

  readonly data: ApiController<Service> = new ApiController(this, {
    path: () => (this.serviceId ? `/services/${encodeURIComponent(this.serviceId.trim())}` : undefined),
    value: () => this.service,
    check: serviceCheck,
  });

  /** A full card whose view is still loading (src/service-card/full-view.ts) updates once it is here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const view = this.variant !== 'compact' && !fullView && loadFullView();
    return view ? view.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override renderContent(): unknown {
    return renderState(
      this.data,
      (s) => (this.variant === 'compact' ? this.#compact(s) : this.#full(s)),
      () =>
        renderNotFound(
          msg('خدمتی با این شناسه یافت نشد.'),
          html`<p><bdi dir="ltr">${localDigits(this.serviceId ?? '', this.locale)}</bdi></p>`,
        ),
      this.variant === 'compact' ? 2 : 4,
    );
  }

  /**
   * A long text is clamped, with a toggle; a short one is shown whole. Gives the class
   * for the text and the toggle (or nothing).
   */
  #more(bit: 1 | 2, value: string | undefined, limit: number): [string, unknown] {
    if (!value || value.length <= limit) return ['', nothing];
    const open = !!(this.open & bit);
    return [
      open ? '' : 'clamp',
      html`<button
        type="button"
        class="more"
        part="more-button"
        aria-expanded=${open}
        @click=${() => (this.open ^= bit)}>${open ? msg('کمتر') : msg('بیشتر')}</button>`,
    ];
  }

  /** Title (clamped when long), its toggle and the agency, shared by both variants. */
  #head(s: Service): unknown[] {
    const [cls, more] = this.#more(1, s.title, CLAMP_TITLE);
    return [
      heading(this.heading, s.title, `title ${cls}`.trim(), 'title', '', 'auto'),
      more,
      link(s.agency.website, apiText(s.agency.name)),
    ];
  }

  /** How electronic the service is: a shape and words (never colour alone), hidden when not given. */
  #badge({ electronic: e }: Service): TemplateResult {
    return html`<span class="badge" part="electronic-badge" data-electronic=${e ?? nothing} ?hidden=${!e}>
      <span class="mark" aria-hidden="true">${e ? electronicMark(e) : ''}</span>
      <span>${e ? electronicLabel(e) : ''}</span>
    </span>`;
  }

  #primary(s: Service): unknown {
    const web = s.channels?.find((c) => c.kind === 'web' && safeHttpUrl(c.url));
    return web ? link(web.url, msg('دریافت خدمت'), 'button primary', 'primary-link') : nothing;
  }

  #compact(s: Service): TemplateResult {
    const [title, more, agency] = this.#head(s);
    return html`<article class="card compact" part="card">
      ${title}
      ${more}
      <p class="agency" part="agency" dir="auto">${agency}</p>
      <div class="row">
        ${this.#badge(s)}
        ${this.#primary(s)}
        <div class="actions" part="actions"><slot name="actions"></slot></div>
      </div>
    </article>`;
  }

  /** The whole profile (src/service-card/full.ts); the compact view if it could not load. */
  #full(s: Service): TemplateResult {
    if (!fullView) return this.#compact(s);
    return fullView(s, {
      locale: this.locale,
      calendar: this.calendar,
      head: this.#head(s),
      badge: this.#badge(s),
      primary: this.#primary(s),
      description: this.#more(2, s.description, CLAMP_TEXT),
      copy: (id) => void this.#copy(id),
    });
  }

  /**
   * Copies the id as plain ASCII digits and says so in the widget's live region (src/core/announcer.ts:
   * one per widget, so a page of cards is not a page of live regions; a second copy is said again).
   */
  async #copy(id: string): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(toAsciiDigits(id).trim());
    } catch {
      // No clipboard access (permission, insecure page): select the id for Ctrl+C instead.
      copied = false;
      const id = this.renderRoot.querySelector('[part="service-id"]');
      if (id) getSelection()?.selectAllChildren(id);
    }
    this.announcer.say(() => (copied ? msg('کپی شد') : msg('کپی نشد')));
  }
}

define('egov-service-card', EgovServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'egov-service-card': EgovServiceCard;
  }
}
