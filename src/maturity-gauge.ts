/** `<egov-maturity-gauge>`: importing this module defines the element. */
export { EgovMaturityGauge } from './maturity-gauge/maturity-gauge.js';
export { bandOf, defaultBands, type ScoreBand } from './evaluation/bands.js';
export type { Evaluation, EvaluationAxis, HistoryPoint } from './maturity-gauge/maturity-gauge.data.js';
