import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovInquiryTracker } from '../src/inquiry-tracker.js';

interface Args {
  apiBase?: string;
  trackingCode?: string;
  pollInterval?: number;
  inquiry?: unknown;
  /** Story helper: a new reference-API session per render, so the advancing fixture starts over. */
  freshSession?: boolean;
}

/**
 * Where an inter-agency inquiry (استعلام) stands, by tracking code: status in words with an
 * icon, the agencies, submitted and due dates (Solar Hijri in Persian), the delay when past
 * due, and the history as an ordered list. Without a tracking code it shows a form; with
 * poll-interval it follows the status until it is final. Inquiries are sample data from the
 * reference API. Switch Persian/English in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Inquiry tracker',
  component: 'egov-inquiry-tracker',
  render: (a) =>
    html`<egov-inquiry-tracker
      api-base=${ifDefined(a.freshSession ? `/api/_s/story-${Date.now().toString(36)}` : a.apiBase)}
      tracking-code=${ifDefined(a.trackingCode)}
      poll-interval=${ifDefined(a.pollInterval)}
      .inquiry=${a.inquiry}
    ></egov-inquiry-tracker>`,
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    trackingCode: { control: 'text', description: 'Tracking code in any digits, with or without dashes; empty = the form' },
    pollInterval: {
      control: { type: 'number', min: 0, step: 0.5 },
      description: 'Seconds between refetches while not final (fractions allowed); 0 = off',
    },
    inquiry: { control: 'object', description: 'Property mode: the data, nothing fetched' },
    freshSession: { control: 'boolean', description: 'Story helper: a fresh reference-API session per render' },
  },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovInquiryTracker.name },
};
export default meta;
type Story = StoryObj<Args>;

/** No tracking code: the form. Try ۱۴۰۳۰۷۲۵۱۱۸۸۴۲, 1403 0901 600606, or a short code for the message. */
export const Form: Story = {};

/** In review (a 2024 fixture, so it is long past due by now). */
export const InReview: Story = { args: { trackingCode: '1403-0725-118842' } };

/** Registered: the first step. */
export const Registered: Story = { args: { trackingCode: '1403-0801-200101' } };

/** Sent to the answering agency. */
export const Sent: Story = { args: { trackingCode: '1403-0802-200202' } };

/** Answered (final: no delay is counted, nothing is polled). */
export const Answered: Story = { args: { trackingCode: '1403-0610-300303' } };

/** Rejected (final), with the reason in the last event's note. */
export const Rejected: Story = { args: { trackingCode: '1403-0515-400404' } };

/** Closed (final). */
export const Closed: Story = { args: { trackingCode: '1403-0320-500505' } };

/** Three days past due and not final: «۳ روز تأخیر» / "3 days overdue" (dates computed from today). */
export const Overdue: Story = { args: { trackingCode: '1403-0901-600606' } };

/** Due in five days: the days left instead of a delay. */
export const NotYetDue: Story = { args: { trackingCode: '1403-0902-700707' } };

/** Fourteen events passed between units, every one with a note. */
export const LongHistory: Story = { args: { trackingCode: '1403-0415-800808' } };

/** Typed in Persian digits without dashes: sent as 1403-0725-118842. */
export const PersianDigitsCode: Story = { args: { trackingCode: '۱۴۰۳۰۷۲۵۱۱۸۸۴۲' } };

/**
 * Polling against the reference API every 2 s: this fixture advances one step per request
 * (registered, sent, in review, answered); each change is announced and fires
 * egov-status-change, and polling stops at answered. Re-render the story to start over.
 */
export const Polling: Story = { args: { trackingCode: '1403-0903-900909', pollInterval: 2, freshSession: true } };

/** Not found: the code is shown back with the form to try again. */
export const NotFound: Story = { args: { trackingCode: '1403-0101-000001' } };

/** A malformed code from the page: explained beside the field, nothing is sent. */
export const MalformedCode: Story = { args: { trackingCode: '1403-0725' } };

/** Loading: the server holds the answer (the skeleton shows until the 10 s time-out). */
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout', trackingCode: '1403-0725-118842' } };

/** The server answers 500 (after one automatic retry): what went wrong in words, and a retry. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500', trackingCode: '1403-0725-118842' } };

/** The service is busy (503 with `Retry-After: 120`): it says so, and when to try again («۲ دقیقه دیگر»), with a retry. */
export const BusyError: Story = { args: { apiBase: '/api/_fault/503-120', trackingCode: '1403-0725-118842' } };

/** The connection drops. */
export const NetworkError: Story = { args: { apiBase: '/api/_fault/network', trackingCode: '1403-0725-118842' } };

/** An HTML page instead of JSON (a firewall or proxy). */
export const NotJson: Story = { args: { apiBase: '/api/_fault/html', trackingCode: '1403-0725-118842' } };

/** JSON of the wrong shape from the server: the path that failed is named. */
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid', trackingCode: '1403-0725-118842' } };

const given = {
  trackingCode: '1403-0725-118842',
  subject: 'استعلام اصالت گواهی عدم سوء پیشینه',
  status: 'sent',
  from: { id: 'ins-central', name: 'بیمه مرکزی جمهوری اسلامی ایران' },
  to: { id: 'adliran', name: 'مرکز آمار و فناوری اطلاعات قوه قضاییه' },
  submittedAt: '2024-10-16T09:30:00+03:30',
  dueAt: '2099-10-23T09:30:00+03:30',
  events: [
    { status: 'registered', at: '2024-10-16T09:30:00+03:30' },
    { status: 'sent', at: '2024-10-16T09:42:00+03:30' },
  ],
};

/** Property data with a date that does not parse: `invalid`, naming events[1].at. */
export const BadPropertyData: Story = {
  args: { inquiry: { ...given, events: [given.events[0], { status: 'sent', at: '1403/07/25 09:42' }] } },
};

/** Property data with no events yet: the history says so. */
export const NoEvents: Story = {
  args: { inquiry: { trackingCode: '1403-0725-118842', status: 'registered', submittedAt: '2024-10-16T09:30:00+03:30' } },
};

/** Very long subject, agency names (one in English) and note: wraps, never overlaps, at 320 px too. */
export const LongText: Story = {
  args: {
    inquiry: {
      ...given,
      subject: 'استعلام اصالت و اعتبار مدارک، سوابق بیمه‌ای، مالیاتی و ثبتی متقاضی '.repeat(5),
      from: { id: 'a', name: 'اداره کل امور مالیاتی استان خراسان رضوی — واحد رسیدگی به پرونده‌های اشخاص حقوقی' },
      to: { id: 'b', name: 'Islamic Republic of Iran Customs Administration, Shahid Rajaee Port Directorate' },
      events: [
        ...given.events,
        {
          status: 'in-review',
          at: '2024-10-17T11:05:00+03:30',
          note: 'پرونده میان واحدها دست‌به‌دست شد و مدارک تکمیلی خواسته شد؛ '.repeat(6),
        },
      ],
      status: 'in-review',
    },
  },
};
