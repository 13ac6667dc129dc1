/**
 * The gauge's summary: the overall score as an arc with its band in words, the change since
 * the previous round, and each axis as a bar (each its own meter, named and said in words).
 */
import { nothing, type TemplateResult } from 'lit';
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { below, heading, type HeadingLevel } from '../ui/heading.js';
import { axisLabel } from '../evaluation/axes.js';
import { scoreChange } from '../evaluation/score.js';
import type { ScoreBand } from '../evaluation/bands.js';
import { formatNumber } from '../format/numbers.js';
import { formatScore, formatSigned } from '../format/scores.js';
import { previousPoint, type Evaluation, type EvaluationAxis } from './maturity-gauge.data.js';

/** A whole number in the locale's digits. */
export const int = (n: number, locale: Locale): string => formatNumber(n, locale, 0);

/** «دوره ۵» / "Round 5". */
export const roundText = (round: number, locale: Locale): string => msg(str`دوره ${int(round, locale)}`);

/** A score as a meter says it: «۶۲٫۸ درصد». */
const percentText = (score: number, locale: Locale): string => msg(str`${formatNumber(score, locale)} درصد`);

/** The overall score's meter (an arc and the number), and its band in words under it. */
export function renderGauge(score: number, band: ScoreBand | undefined, locale: Locale): TemplateResult {
  return html`<div
      part="gauge"
      class="gauge"
      role="meter"
      aria-label=${msg('امتیاز کل')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${score}
      aria-valuetext=${percentText(score, locale)}
      data-tone=${band?.tone ?? ''}
    >
      <svg viewBox="0 0 120 66" aria-hidden="true" focusable="false">
        <path class="track" d="M10 60a50 50 0 0 1 100 0" pathLength="100" />
        <path class="arc" d="M10 60a50 50 0 0 1 100 0" pathLength="100" stroke-dasharray="${score} 100" />
      </svg>
      <span part="value" class="value">${formatScore(score, locale)}</span>
    </div>
    ${band ? html`<p part="band" class="band" data-tone=${band.tone ?? ''}>${band.label}</p>` : nothing}`;
}

/** The change since the previous round: a sign and the signed number, and the same in words. */
export function renderChange(e: Evaluation, score: number, locale: Locale): TemplateResult {
  const prev = previousPoint(e);
  if (!prev) return html`<p part="change" class="change muted">${msg('دورهٔ پیشینی برای مقایسه نیست.')}</p>`;
  const delta = scoreChange(score, prev.score);
  const n = formatNumber(Math.abs(delta), locale);
  const r = int(prev.round, locale);
  // 0 down, 1 no change, 2 up
  const trend = Math.sign(delta) + 1;
  return html`<p part="change" class="change" data-trend=${['down', 'same', 'up'][trend]}>
    <span class="delta" aria-hidden="true">${'▼●▲'[trend]} ${formatSigned(delta, locale)}</span>
    ${
      trend > 1
        ? msg(str`${n} واحد افزایش نسبت به دوره ${r}`)
        : trend
          ? msg(str`بدون تغییر نسبت به دوره ${r}`)
          : msg(str`${n} واحد کاهش نسبت به دوره ${r}`)
    }
  </p>`;
}

/** The axes under a heading one level below the gauge's, each coloured by its own band. */
export function renderAxes(
  axes: readonly EvaluationAxis[],
  level: HeadingLevel,
  locale: Locale,
  bandOf: (score: number) => ScoreBand | undefined,
): TemplateResult {
  return html`<section part="axes" class="axes" aria-labelledby="axes-title">
    ${heading(below(level), msg('محورهای ارزیابی'), 'subheading', '', 'axes-title')}
    <ul>
      ${axes.map(
        (a, i) => html`<li part="axis" class="axis" data-tone=${bandOf(a.score)?.tone ?? ''}>
          <span id="axis-${i}">${axisLabel(a.key, a.label)}</span>
          <span
            ><span
              part="axis-bar"
              class="bar"
              role="meter"
              aria-labelledby="axis-${i}"
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${a.score}
              aria-valuetext=${percentText(a.score, locale)}
              ><svg class="fill" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width=${a.score} height="1" /></svg></span
            ><span class="num" aria-hidden="true">${formatScore(a.score, locale)}</span></span
          >
        </li>`,
      )}
    </ul>
  </section>`;
}
