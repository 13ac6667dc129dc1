/**
 * The shared loading / error / not-found panels (the empty one: src/ui/empty.ts). Every widget renders its
 * states through these, so the words, roles and retry behave the same everywhere.
 */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from './tight.js';
import { msg, str } from '@lit/localize';
import { isBusy, type EgovError, type ErrorKind } from '../core/errors.js';
import { activeLocale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';
import type { ApiController } from '../core/api-controller.js';
import { forDisplay } from './display.js';

/**
 * Skeleton lines while loading; the root carries `aria-busy`, this carries the words.
 * Widths come from the stylesheet, not a style attribute, so a strict CSP allows it.
 */
export function renderLoading(lines = 3): TemplateResult {
  return html`<div class="skeleton" part="loading" role="status">
    <span class="visually-hidden">${msg('در حال بارگذاری…')}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton-line"></span>`)}
  </div>`;
}

/** How long to wait, in words: «۴ ثانیه», «۲ دقیقه» / "4 seconds", "2 minutes". */
export function waitWords(seconds: number): string {
  const L = activeLocale();
  if (seconds < 90) return seconds <= 1 ? msg('یک ثانیه') : msg(str`${formatNumber(seconds, L, 0)} ثانیه`);
  return msg(str`${formatNumber(Math.ceil(seconds / 60), L, 0)} دقیقه`);
}

/** What went wrong, in words a citizen can act on: a title and what to do, per kind. */
const errorWords: Record<ErrorKind, (e: EgovError) => [title: string, detail: string]> = {
  network: () => [
    msg('اتصال برقرار نشد'),
    globalThis.navigator?.onLine === false
      ? msg('به نظر می‌رسد دستگاه شما به اینترنت وصل نیست. پس از اتصال دوباره تلاش کنید.')
      : msg('ارتباط با سرور برقرار نشد. اتصال اینترنت را بررسی و دوباره تلاش کنید.'),
  ],
  timeout: () => [msg('پاسخ سرور دیر شد'), msg('سرور در زمان مقرر پاسخ نداد. کمی بعد دوباره تلاش کنید.')],
  http: (e) => {
    const code = e.status === undefined ? '?' : formatNumber(e.status, activeLocale(), 0);
    return [
      msg('سرور با خطا پاسخ داد'),
      // 429 / 503: the service is pushing back; say when to come back if it said so.
      !isBusy(e)
        ? msg(str`سرور نتوانست درخواست را انجام دهد (کد ${code}). کمی بعد دوباره تلاش کنید.`)
        : e.retryAfter
          ? msg(str`سامانه در حال حاضر شلوغ است (کد ${code}). ${waitWords(e.retryAfter)} دیگر دوباره تلاش کنید.`)
          : msg(str`سامانه در حال حاضر شلوغ است (کد ${code}). کمی بعد دوباره تلاش کنید.`),
    ];
  },
  'not-found': () => [msg('یافت نشد'), msg('موردی با این مشخصات یافت نشد.')],
  parse: () => [msg('پاسخ سرور خوانا نبود'), msg('سرور پاسخی فرستاد که داده نبود (شاید صفحهٔ خطا).')],
  invalid: () => [msg('داده‌ها نادرست است'), msg('داده‌های دریافتی با قالب مورد انتظار نمی‌خواند.')],
};

export const errorMessage = (e: EgovError): [title: string, detail: string] => errorWords[e.kind](e);

export function renderError(e: EgovError, retry: (() => void) | undefined): TemplateResult {
  const [title, detail] = errorMessage(e);
  return html`<div class="panel panel-error" part="error" role="alert" data-kind=${e.kind}>
    <p class="panel-title"><span aria-hidden="true" class="icon">⚠</span> ${title}</p>
    <p>${detail}</p>
    ${e.path ? html`<p class="muted"><bdi dir="ltr">${e.path}</bdi></p>` : nothing}
    ${retry ? html`<button type="button" class="button" part="retry-button" @click=${retry}>${msg('تلاش دوباره')}</button>` : nothing}
  </div>`;
}

/** `live: false` where the widget says it itself (the tracker's answer to a submit, src/core/announcer.ts). */
export function renderNotFound(message: unknown, extra: unknown = nothing, live = true): TemplateResult {
  return html`<div class="panel" part="not-found" role=${live ? 'status' : nothing} data-state="not-found">
    <p class="panel-title">${message}</p>
    ${extra}
  </div>`;
}

/**
 * The one switch over an element's data state; the widget supplies only its ready view, and
 * may give its own «not found», the skeleton's number of lines and a view for no request.
 * The error panel's retry is the controller's (none for data given as a property).
 * Positional: names in an object would stay in the minified file, once per element.
 */
export function renderState<T>(
  { state, retryAction }: ApiController<T>,
  ready: (data: T) => unknown,
  notFound?: (e: EgovError) => unknown,
  loadingLines?: number,
  idle?: () => unknown,
): unknown {
  switch (state.status) {
    case 'idle':
      return idle?.() ?? nothing;
    case 'loading':
      return renderLoading(loadingLines);
    case 'error':
      if (state.error.kind === 'not-found') {
        return notFound?.(state.error) ?? renderNotFound(errorMessage(state.error)[1]);
      }
      return renderError(state.error, retryAction);
    case 'ready':
      // API text in Persian letter forms in fa (src/ui/display.ts); the data itself is untouched.
      return ready(forDisplay(state.data, activeLocale()));
  }
}
