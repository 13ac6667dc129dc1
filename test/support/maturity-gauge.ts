/** What the gauge's test files share: fixtures, an evaluation to give as a property, and readers of its meters. */
import { fixture, html } from '@open-wc/testing';
import type { EgovMaturityGauge } from '../../src/maturity-gauge.js';
import { until, q } from './helpers.js';

export const PERSIAN_DIGIT = /[۰-۹]/;

export type Props = { base?: string; agency?: string; round?: string; lang?: string; history?: boolean };
export const gauge = ({ base, agency, round, lang = 'fa', history = false }: Props = {}) =>
  fixture<EgovMaturityGauge>(
    html`<egov-maturity-gauge
      api-base=${base ?? ''}
      agency-id=${agency ?? ''}
      round=${round ?? 'latest'}
      lang=${lang}
      ?history=${history}
    ></egov-maturity-gauge>`,
  );

export const settled = async (el: EgovMaturityGauge) => {
  await until(() => q(el, '[part="gauge"]') || q(el, '[part="error"]') || q(el, '[part="not-found"]') || q(el, '[part="empty"]'));
  await el.updateComplete;
  return el;
};

export const meter = (el: Element) => q(el, '[part="gauge"]')!;
export const axisRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="axis"]')].map((li) => {
    const bar = li.querySelector('[role="meter"]')!;
    const label = el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)!;
    return { label: label.textContent!.trim(), now: bar.getAttribute('aria-valuenow'), text: bar.getAttribute('aria-valuetext') };
  });

/** An evaluation as the API returns it, to give as a property. */
export const evaluation = (extra: Record<string, unknown> = {}) => ({
  round: 5,
  agencyCount: 105,
  serviceCount: 2200,
  score: 62.8,
  axes: [
    { key: 'portal', score: 84 },
    { key: 'web-presence', score: 66.9 },
    { key: 'interactive', score: 70.44 },
  ],
  history: [
    { round: 4, score: 58.6 },
    { round: 5, score: 62.8 },
  ],
  ...extra,
});
