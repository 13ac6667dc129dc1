import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovServiceCard } from '../src/service-card.js';

interface Args {
  apiBase?: string;
  serviceId?: string;
  variant?: 'full' | 'compact';
  headingLevel?: number;
  service?: unknown;
  /** Story helper: width of the box around the card (e.g. 320px for a phone). */
  width?: string;
}

/**
 * A service profile (شناسنامه خدمت) by its 11-digit id: title, agency, id with a copy
 * button, audience, level, how electronic it is (words and a shape, not colour alone),
 * essential marker, fee in rials, duration, in-person visits, channels with the primary
 * «دریافت خدمت» link, documents and life events in a disclosure, legal basis and last
 * update (Solar Hijri in Persian). Profiles come from the reference API (sample data).
 * Switch Persian/English in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Service card',
  component: 'egov-service-card',
  render: (a) =>
    html`<div style=${ifDefined(a.width ? `inline-size: ${a.width}` : undefined)}>
      <egov-service-card
        api-base=${ifDefined(a.apiBase)}
        service-id=${ifDefined(a.serviceId)}
        variant=${ifDefined(a.variant)}
        heading-level=${ifDefined(a.headingLevel)}
        .service=${a.service}
      ></egov-service-card>
    </div>`,
  args: { serviceId: '13061408000', variant: 'full' },
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    serviceId: { control: 'text', description: 'Service id (e.g. 13061408000, 99900000001 hostile, 99900000002 long)' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6 },
      description: "The title's heading level, to fit the page's outline (default 2)",
    },
    service: { control: 'object', description: 'Property mode: the profile, nothing fetched' },
    width: { control: 'text', description: 'Story helper: width of the box around the card' },
  },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovServiceCard.name },
};
export default meta;
type Story = StoryObj<Args>;

/** The full profile: every field the contract has. */
export const Full: Story = {};

/** Compact, for lists: title, agency, electronic badge and primary link. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Several compact cards (five with the same id make one request). */
export const CompactList: Story = {
  render: () =>
    html`<div style="display: grid; gap: 0.75rem">
      ${['13061408000', '99900000006', '99900000007', '99900000008', '99900000004'].map(
        (id) => html`<egov-service-card service-id=${id} variant="compact"></egov-service-card>`,
      )}
    </div>`,
};

/** Only id, title and agency: nothing else is shown, not even empty labels. */
export const Minimal: Story = { args: { serviceId: '99900000003' } };

/** Free («رایگان»), the same day, no in-person visit. */
export const Free: Story = { args: { serviceId: '99900000006' } };

/** Not electronic: «حضوری» badge, three visits, no primary link, a phone number. */
export const InPerson: Story = { args: { serviceId: '99900000008' } };

/** Stored with Arabic ي and ك: shown as stored. */
export const ArabicLetters: Story = { args: { serviceId: '99900000004' } };

/** Script, img onerror, javascript: links in every field: all shown as text, nothing runs, nothing is linked. */
export const HostileText: Story = { args: { serviceId: '99900000001' } };

/** A 10,000-character title and description: clamped with «بیشتر», wraps, at a phone's 320 px too. */
export const LongText: Story = { args: { serviceId: '99900000002', width: '320px' } };

/** The full card at a phone's 320 px. */
export const Phone: Story = { args: { width: '320px' } };

/** Under a page's `<h3>`: the title is an `<h4>` (`heading-level="4"`; README "Headings"). */
export const HeadingLevel: Story = { args: { headingLevel: 4 } };

/** Something in the actions slot. */
export const WithActions: Story = {
  render: () =>
    html`<egov-service-card service-id="13061408000">
      <button slot="actions" type="button">☆</button>
    </egov-service-card>`,
};

/** Loading: the server holds the answer (the skeleton shows until the 10 s time-out). */
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout' } };

/** Loading, compact. */
export const LoadingCompact: Story = { args: { apiBase: '/api/_fault/timeout', variant: 'compact' } };

/** No service has this id. */
export const NotFound: Story = { args: { serviceId: '00000000000' } };

/** The server answers 500 (after one automatic retry): what went wrong in words, and a retry. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };

/** The service is busy (429 with `Retry-After: 30`): it says so, and when to try again («۳۰ ثانیه دیگر»), with a retry. */
export const BusyError: Story = { args: { apiBase: '/api/_fault/429-30' } };

/** The connection drops. */
export const NetworkError: Story = { args: { apiBase: '/api/_fault/network' } };

/** An HTML page instead of JSON (a firewall or proxy). */
export const NotJson: Story = { args: { apiBase: '/api/_fault/html' } };

/** JSON of the wrong shape from the server: the path that failed is named. */
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid' } };

const given = {
  id: '12345678901',
  title: 'تمدید پروانه کسب (داده‌ای که صفحه داده است)',
  agency: { id: 'tehran-city', name: 'شهرداری تهران', website: 'https://www.tehran.ir' },
  electronic: 'partial',
  fee: null,
  channels: [{ kind: 'web', url: 'https://example.org/service' }, { kind: 'counter' }],
};

/** Property mode: the page gives the profile; nothing is fetched. */
export const PropertyData: Story = { args: { serviceId: undefined, service: given } };

/** Property data with an optional field of the wrong type (fee as text): `invalid`, naming fee; no retry. */
export const BadPropertyData: Story = { args: { serviceId: undefined, service: { ...given, fee: 'رایگان' } } };

/** Under the page's `color-scheme: dark`: the dark palette (README "Dark mode and high contrast"). */
export const Dark: Story = {
  render: () =>
    html`<div style="color-scheme: dark; background: #010409; padding: 1em">
      <egov-service-card service-id="13061408000"></egov-service-card>
    </div>`,
};

/** On a theme that sets every inherited text property to an extreme and paints itself dark without `color-scheme`: the card looks as on a plain page. */
export const HostileHostPage: Story = {
  render: () =>
    html`<div
      style="line-height: 2.2; text-align: justify; letter-spacing: .3em; word-spacing: 1em; text-transform: uppercase; text-indent: 4em; white-space: pre; font-style: italic; font-weight: 700; color: #e0e0e0; background: #121212; padding: 1em"
    >
      <egov-service-card service-id="13061408000"></egov-service-card>
    </div>`,
};
