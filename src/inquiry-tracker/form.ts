/** The tracker's form: the tracking-code field, its hint and why a typed code was not accepted. */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { formatNumber } from '../format/numbers.js';
import { code } from '../format/bidi.js';
import { localDigits } from '../format/text.js';
import type { CodeReading } from './inquiry-tracker.data.js';

/** A code that was not accepted, and why. */
export type InvalidCode = Exclude<CodeReading, { code: string }>;

/**
 * The form with `value` in the field (the code, in any digits) and why it was not accepted
 * (`bad`); `onInput`: the reader typed, so a shown error no longer applies.
 */
// The hint's space goes in its words' own text node: Chromium's description of the field
// (aria-describedby) drops a lone space text node before the example's <bdi>.
export function renderForm(
  value: string | undefined,
  bad: InvalidCode | undefined,
  L: Locale,
  onSubmit: (e: SubmitEvent) => void,
  onInput: () => void,
): TemplateResult {
  return html`<form part="form" novalidate @submit=${onSubmit}>
    <label for="code">${msg('کد رهگیری استعلام')}</label>
    <div class="row">
      <input
        id="code"
        part="input"
        dir="ltr"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        value=${localDigits(value ?? '', L)}
        aria-describedby=${bad ? 'hint error' : 'hint'}
        aria-invalid=${bad ? 'true' : nothing}
        @input=${onInput}
      />
      <button class="button primary" part="submit-button">${msg('پیگیری')}</button>
    </div>
    <p id="hint" class="muted">${`${msg('۱۴ رقم، مانند')} `}${code(localDigits('1403-0725-118842', L))}</p>
    ${
      bad
        ? html`<p id="error" part="field-error" class="error">
          <span aria-hidden="true">⚠</span> ${invalidWords(bad, L)}
        </p>`
        : nothing
    }
  </form>`;
}

/** Why a code was not accepted, in words (shown under the field and said). */
export function invalidWords(bad: InvalidCode, locale: Locale): string {
  return bad.error === 'empty'
    ? msg('کد رهگیری را وارد کنید.')
    : bad.error === 'chars'
      ? msg('کد رهگیری فقط رقم دارد (خط تیره و فاصله مجاز است).')
      : msg(str`کد رهگیری ۱۴ رقم دارد؛ ${formatNumber(bad.digits, locale)} رقم وارد شده است.`);
}

/**
 * The canonical code in the digits the reader typed (README "Tracking codes"): ASCII stays
 * ASCII, Persian or Arabic-Indic become Persian; a mix, or none, the locale's.
 */
export function asTyped(code: string, typed: string, locale: Locale): string {
  const ascii = /[0-9]/.test(typed);
  const eastern = /[\u06f0-\u06f9\u0660-\u0669]/.test(typed);
  return localDigits(code, ascii === eastern ? locale : eastern ? 'fa' : 'en');
}
