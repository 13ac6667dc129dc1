import { nothing, type PropertyValues } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg } from '@lit/localize';
import { EgovElement } from '../core/base-element.js';
import { RefreshingController } from '../core/refreshing-controller.js';
import type { Poller } from '../core/poller.js';
import { pollingOf } from './polling.js';
import { renderState, renderNotFound } from '../ui/states.js';
import { baseStyles } from '../ui/styles.js';
import { define } from '../core/define.js';
import { code } from '../format/bidi.js';
import { localDigits } from '../format/text.js';
import { inquiryCheck, readTrackingCode } from './inquiry-tracker.data.js';
import type { EgovStatusChangeDetail, Inquiry, InquiryStatus } from './inquiry-tracker.data.js';
import { asTyped, invalidWords, renderForm, type InvalidCode } from './form.js';
import { renderInquiry } from './inquiry-view.js';
import { foundWords, notFoundWords, staleWords, statusChangeWords } from './announcements.js';
import { styles } from './inquiry-tracker.styles.js';

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * @summary Where an inter-agency inquiry (استعلام) stands, by tracking code: status, dates,
 * delay and history, with an optional form to enter the code and optional polling.
 *
 * Without `tracking-code` it shows a form; a code typed in Persian, Arabic or ASCII
 * digits, with or without spaces and dashes, is checked and sent as `YYYY-MMDD-NNNNNN`.
 * The code is kept only in the element (no URL change, no storage).
 *
 * @tagname egov-inquiry-tracker
 * @csspart base - The root wrapper.
 * @csspart form - The tracking-code form.
 * @csspart input - The tracking-code field.
 * @csspart submit-button - The form's button.
 * @csspart field-error - Why the typed code was not accepted.
 * @csspart inquiry - The inquiry panel.
 * @csspart subject - The inquiry's subject (a heading).
 * @csspart status - The current status: icon and words.
 * @csspart details - Tracking code, agencies and dates.
 * @csspart overdue - «X روز تأخیر» / "X days overdue" beside the due date.
 * @csspart stale - Shown while polling failed and the data on screen may be old.
 * @csspart timeline - The ordered list of events.
 * @csspart empty - «هنوز رویدادی ثبت نشده است» when there are no events.
 * @csspart event - One event of the timeline.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's button.
 * @csspart not-found - «کد رهگیری یافت نشد».
 * @cssprop --egov-color-accent - Open statuses, the button and focus (default #0b57d0).
 * @cssprop --egov-color-success - The «answered» status (default #1a7f37).
 * @cssprop --egov-color-danger - «rejected», delay and field errors (default #b42318).
 * @cssprop --egov-color-muted - «closed» and labels (default #57606a).
 * @cssprop --egov-color-border - Panel and timeline lines (default #d0d7de).
 * @cssprop --egov-color-input-border - The field's border (default #8c959f).
 * @cssprop --egov-color-surface - Backgrounds (default #fff).
 * @cssprop --egov-radius - Corner radius (default 0.5em).
 * @cssprop --egov-space - Padding and gaps (default 1em).
 * @event egov-load - The inquiry was loaded or given; detail: the inquiry.
 * @event egov-error - Loading failed (also a failed poll); detail: `{ kind, status? }`.
 * @event egov-submit - A well-formed code was submitted in the form; detail: `{ trackingCode }` (canonical).
 * @event egov-status-change - A newer answer for the same code has another status; detail: `{ trackingCode, status, previousStatus }`.
 */
export class EgovInquiryTracker extends EgovElement<Inquiry> {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...EgovElement.properties,
    trackingCode: { attribute: 'tracking-code' },
    pollInterval: { attribute: 'poll-interval', type: Number },
    inquiry: { attribute: false },
    entered: { state: true },
    invalid: { state: true },
  };

  /** The code to show, in any digits, with or without dashes. None: a form asks for it. */
  declare trackingCode: string | undefined;
  /** Seconds between refetches while the status is not final; fractions allowed; 0 = off (default). */
  declare pollInterval: number;
  /** The inquiry as data (property mode): shown as given, nothing is fetched. */
  declare inquiry: unknown;
  /** The code submitted in the form; wins over `tracking-code` until that attribute changes. */
  declare private entered: string | undefined;
  /** Why the typed (or given) code was not accepted. */
  declare private invalid: InvalidCode | undefined;

  /** The status last seen for the code on screen, to tell a change. */
  #seen: { code: string; status: InquiryStatus } | undefined;
  /** A code was submitted: its answer (result, not found) is said once it is in. */
  #awaitingAnswer = false;
  /** The failed poll whose «not refreshed» notice was said (each failure run is said once). */
  #saidStale = false;

  constructor() {
    super();
    this.pollInterval = 0;
    this.addEventListener('egov-load', (e) => this.#sayAnswer({ inquiry: e.detail }));
    this.addEventListener('egov-error', (e) => this.#sayAnswer(e.detail));
  }

  /** The inquiry's data state (`state`, `retry()`, `refresh()`), for pages that need more than events. */
  readonly data: RefreshingController<Inquiry> = new RefreshingController(this, {
    path: () => {
      const c = this.code;
      return c ? `/inquiries/${c}` : undefined;
    },
    value: () => this.inquiry,
    check: inquiryCheck,
  });

  /** Polling (`running`, `failures`, `delay`): on while `poll-interval` > 0 and the status is not final. */
  get poller(): Pick<Poller, 'running' | 'failures' | 'delay'> {
    return this.#poller ?? { running: false, failures: 0, delay: 0 };
  }

  /** Loaded with the first inquiry there is to poll (most trackers never poll). */
  #poller: Poller | undefined | null;
  readonly #polling = pollingOf(this);

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#poller !== undefined || !(this.#polling.interval() > 0 && this.#polling.active())) return;
    this.#poller = null; // loading
    void import('../core/poller.js').then(({ Poller }) => (this.#poller = new Poller(this, this.#polling)));
  }

  /** The canonical code being shown: the form's, else the attribute's when well formed. */
  get code(): string | undefined {
    return readTrackingCode(this.entered ?? this.trackingCode ?? '').code;
  }

  /**
   * The inquiry on screen, if any. A failed poll keeps it there, marked stale
   * (ApiController keeps the last data across a failed `refresh()`, with `refreshError`);
   * polling goes on with back-off.
   */
  #ready(): Inquiry | undefined {
    const state = this.data.state;
    return state.status === 'ready' ? state.data : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('trackingCode')) {
      // The page set a code: it wins over what was typed, and a malformed one is explained.
      this.entered = undefined;
      const r = readTrackingCode(this.trackingCode ?? '');
      this.invalid = 'error' in r && r.error !== 'empty' ? r : undefined;
    }
    const d = this.#ready();
    if (!d) return;
    const key = digitsOf(d.trackingCode);
    // The status seen before for this same code (none after another code).
    const prev = this.#seen?.code === key ? this.#seen.status : undefined;
    if (prev && prev !== d.status) {
      const to = d.status;
      this.announcer.say(() => statusChangeWords(to));
      this.emit('egov-status-change', { trackingCode: d.trackingCode, status: d.status, previousStatus: prev });
    }
    this.#seen = { code: key, status: d.status };
    // A failed poll: the status on screen may be old; said once per run of failures.
    const stale = this.data.refreshError;
    if (stale && !this.#saidStale) this.announcer.say(() => staleWords(this.data.refreshError));
    this.#saidStale = !!stale;
  }

  /**
   * After a submit, the answer to it (the next load or failure): the subject and status, or
   * «not found» with the code. Other failures are said by their panel (`role="alert"`).
   */
  #sayAnswer(answer: { inquiry: Inquiry } | { kind: string }): void {
    if (!this.#awaitingAnswer) return;
    this.#awaitingAnswer = false;
    if ('inquiry' in answer) {
      const { inquiry } = answer;
      this.announcer.say(() => foundWords(inquiry, this.locale));
    } else if (answer.kind === 'not-found') {
      const c = this.code ?? '';
      this.announcer.say(() => notFoundWords(c, this.locale));
    }
  }

  #onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).querySelector('input')!;
    const r = readTrackingCode(input.value);
    if ('error' in r) {
      this.invalid = r;
      this.announcer.say(() => invalidWords(r, this.locale));
      input.focus();
      return;
    }
    this.invalid = undefined;
    this.#awaitingAnswer = true;
    // Tidied, in the digits the reader typed; the request and the event are ASCII.
    input.value = asTyped(r.code, input.value, this.locale);
    // The same code again asks the server again (the person wants the latest status).
    if (r.code === this.code && !this.data.pending && this.inquiry === undefined) this.data.retry();
    this.entered = r.code;
    this.emit('egov-submit', { trackingCode: r.code });
  }

  #renderForm(value: string | undefined): unknown {
    return renderForm(value, this.invalid, this.locale, this.#onSubmit, () => (this.invalid = undefined));
  }

  protected override renderContent(): unknown {
    const c = this.code;
    const formMode = this.inquiry === undefined && (this.entered !== undefined || !c);
    return html`${formMode ? this.#renderForm(this.entered ?? this.trackingCode) : nothing}
      ${renderState(
        this.data,
        (d) => renderInquiry(d, this, this.data.refreshError ? staleWords(this.data.refreshError) : undefined),
        () =>
          renderNotFound(
            msg('کد رهگیری یافت نشد'),
            html`<p>${msg('کد رهگیری')}: ${code(localDigits(c ?? '', this.locale))}</p>
              <p>${msg('کد را بررسی کنید و دوباره وارد کنید.')}</p>
              ${formMode ? nothing : this.#renderForm(c)}`,
            // A submitted code's «not found» is said by the announcer, once.
            !formMode,
          ),
      )}`;
  }
}

define('egov-inquiry-tracker', EgovInquiryTracker);

declare global {
  interface HTMLElementTagNameMap {
    'egov-inquiry-tracker': EgovInquiryTracker;
  }
  interface HTMLElementEventMap {
    'egov-submit': CustomEvent<{ trackingCode: string }>;
    'egov-status-change': CustomEvent<EgovStatusChangeDetail>;
  }
}
