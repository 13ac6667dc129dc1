/**
 * The service vocabulary of the contract (`dev/api/openapi.json`, the Service schema):
 * each list of values once, with its words in the reader's language. The card, the list's
 * filters and the shape checks all read it from here. Call the label functions during
 * render (they use msg(), so they follow the active locale).
 *
 * Each list is the keys of its table of words, in the table's order (the order of the
 * list's filter options).
 */
import { msg } from '@lit/localize';

/** How electronic a service is. */
export type Electronic = 'full' | 'partial' | 'none';
const ELECTRONIC_WORDS: Record<Electronic, () => string> = {
  full: () => msg('تمام‌الکترونیکی'),
  partial: () => msg('نیمه‌الکترونیکی'),
  none: () => msg('حضوری'),
};
export const ELECTRONIC = Object.keys(ELECTRONIC_WORDS) as readonly Electronic[];

/** Whom a service serves: citizens, businesses, agencies. */
export type ServiceType = 'G2C' | 'G2B' | 'G2G';
const TYPE_WORDS: Record<ServiceType, () => string> = {
  G2C: () => msg('شهروندان'),
  G2B: () => msg('کسب‌وکارها'),
  G2G: () => msg('دستگاه‌ها'),
};
export const SERVICE_TYPES = Object.keys(TYPE_WORDS) as readonly ServiceType[];

/** Where a service is offered. */
export type Level = 'national' | 'provincial' | 'city' | 'rural';
const LEVEL_WORDS: Record<Level, () => string> = {
  national: () => msg('ملی'),
  provincial: () => msg('استانی'),
  city: () => msg('شهری'),
  rural: () => msg('روستایی'),
};
export const LEVELS = Object.keys(LEVEL_WORDS) as readonly Level[];

/** The ways to get a service. */
export type ChannelKind = 'web' | 'mobile' | 'counter' | 'in-person' | 'phone';
const CHANNEL_WORDS: Record<ChannelKind, () => string> = {
  web: () => msg('درگاه اینترنتی'),
  mobile: () => msg('برنامهٔ تلفن همراه'),
  counter: () => msg('دفاتر پیشخوان'),
  'in-person': () => msg('مراجعه به دستگاه'),
  phone: () => msg('تلفن'),
};
export const CHANNEL_KINDS = Object.keys(CHANNEL_WORDS) as readonly ChannelKind[];

/** The words for how electronic a service is. */
export const electronicLabel = (e: Electronic): string => ELECTRONIC_WORDS[e]();

/** A shape beside the words (never colour alone): ● full, ◐ partial, ○ in person. */
export const electronicMark = (e: Electronic): string => ({ full: '●', partial: '◐', none: '○' })[e];

/** The audience of a service type. */
export const typeLabel = (t: ServiceType): string => TYPE_WORDS[t]();

/** Where a service is offered, in words. */
export const levelLabel = (level: Level): string => LEVEL_WORDS[level]();

/** The words for a way to get a service. */
export const channelLabel = (kind: ChannelKind): string => CHANNEL_WORDS[kind]();
