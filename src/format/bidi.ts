import { html, type TemplateResult } from 'lit';

/**
 * Codes, tracking numbers, URLs and Latin runs inside RTL text reorder unless
 * isolated: `12-345-678` would read `678-345-12`. Codes read left to right.
 */
export const code = (value: string): TemplateResult => html`<bdi dir="ltr">${value}</bdi>`;

/** Isolates text of unknown direction (an agency name in English inside Persian). */
export const bdi = (value: unknown): TemplateResult => html`<bdi>${value}</bdi>`;

/**
 * Between items of a run-in list ("round 5 · 105 agencies"). Not a middle dot in Persian:
 * «·» beside Persian digits reads as a zero «۰»; the Persian comma «،» is what is written.
 */
export const listSeparator = (locale: 'fa' | 'en'): string => (locale === 'fa' ? '، ' : ' · ');
