/**
 * The service vocabulary of the contract (`dev/api/openapi.json`, the Service schema):
 * each list of values once, with its words in the reader's language. The card, the list's
 * filters and the shape checks all read it from here. Call the label functions during
 * render (they use msg(), so they follow the active locale).
 */
import { msg } from '@lit/localize';

/** How electronic a service is. */
export const ELECTRONIC = ['full', 'partial', 'none'] as const;
export type Electronic = (typeof ELECTRONIC)[number];

/** Whom a service serves: citizens, businesses, agencies. */
export const SERVICE_TYPES = ['G2C', 'G2B', 'G2G'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const LEVELS = ['national', 'provincial', 'city', 'rural'] as const;
export type Level = (typeof LEVELS)[number];

export const CHANNEL_KINDS = ['web', 'mobile', 'counter', 'in-person', 'phone'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The words for how electronic a service is. */
export const electronicLabel = (e: Electronic): string =>
  ({ full: msg('تمام‌الکترونیکی'), partial: msg('نیمه‌الکترونیکی'), none: msg('حضوری') })[e];

/** A shape beside the words (never colour alone): ● full, ◐ partial, ○ in person. */
export const electronicMark = (e: Electronic): string => ({ full: '●', partial: '◐', none: '○' })[e];

/** The audience of a service type. */
export const typeLabel = (t: ServiceType): string => ({ G2C: msg('شهروندان'), G2B: msg('کسب‌وکارها'), G2G: msg('دستگاه‌ها') })[t];

/** Where a service is offered. */
export const levelLabel = (level: Level): string =>
  ({
    national: msg('ملی'),
    provincial: msg('استانی'),
    city: msg('شهری'),
    rural: msg('روستایی'),
  })[level];

/** The words for a way to get a service. */
export const channelLabel = (kind: ChannelKind): string =>
  ({
    web: msg('درگاه اینترنتی'),
    mobile: msg('برنامهٔ تلفن همراه'),
    counter: msg('دفاتر پیشخوان'),
    'in-person': msg('مراجعه به دستگاه'),
    phone: msg('تلفن'),
  })[kind];
