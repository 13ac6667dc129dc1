import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovServiceList } from '../src/service-list.js';

interface Args {
  apiBase?: string;
  agency?: string;
  q?: string;
  pageSize?: number;
  services?: unknown;
}

/**
 * The service directory: a labelled search box (Arabic ي/ك, digit forms, diacritics and
 * ZWNJ are folded before the query is sent; typing is debounced and an older answer never
 * replaces a newer one), filters for how electronic a service is and whom it serves, the
 * result count in a polite live region, compact cards and pagination with Persian digits.
 * The reference API holds about 5,900 sample services. Switch Persian/English in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Service list',
  component: 'egov-service-list',
  render: (a) =>
    html`<egov-service-list
      api-base=${ifDefined(a.apiBase)}
      agency=${ifDefined(a.agency)}
      q=${ifDefined(a.q)}
      page-size=${ifDefined(a.pageSize)}
      .services=${a.services}
    ></egov-service-list>`,
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    agency: { control: 'text', description: 'Only this agency (e.g. ins-central, tax, rahvar)' },
    q: { control: 'text', description: 'Initial search' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Cards per page (default 20)' },
    services: { control: 'object', description: 'Property mode: one page `{ items, total, page, pageSize }`; nothing fetched' },
  },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovServiceList.name },
};
export default meta;
type Story = StoryObj<Args>;

/** The whole directory: about 5,900 services, 295 pages. */
export const Directory: Story = {};

/** One agency's services. */
export const OneAgency: Story = { args: { agency: 'ins-central' } };

/** A search given as an attribute: «گواهی». */
export const Search: Story = { args: { q: 'گواهی' } };

/** Typed with Arabic ي and ك: folded, it finds the service stored with Persian letters. */
export const ArabicLettersQuery: Story = { args: { q: 'گواهينامه بين‌المللي' } };

/** Nothing matches: says so, and offers to clear the search. */
export const Empty: Story = { args: { q: 'خدمتی که وجود ندارد' } };

/** Five cards a page. */
export const SmallPages: Story = { args: { pageSize: 5 } };

/** The 10,000-character title in a compact card: clamped with «بیشتر». */
export const LongText: Story = { args: { q: '99900000002' } };

/** Loading: the server holds the answer (the skeleton shows until the 10 s time-out); the search box stays. */
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout' } };

/** The server answers 500: in words, with a retry. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };

/** The service is busy (429 with `Retry-After: 30`): it says so, and when to try again («۳۰ ثانیه دیگر»), with a retry. */
export const BusyError: Story = { args: { apiBase: '/api/_fault/429-30' } };

/** The connection drops. */
export const NetworkError: Story = { args: { apiBase: '/api/_fault/network' } };

/** The list path is not there. */
export const NotFound: Story = { args: { apiBase: '/api/_fault/404' } };

/** JSON of the wrong shape: the path that failed is named. */
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid' } };

const items = [
  { id: '12345678901', title: 'تمدید پروانه کسب', agency: { id: 'tehran-city', name: 'شهرداری تهران' }, electronic: 'partial' },
  { id: '12345678902', title: 'استعلام عوارض نوسازی', agency: { id: 'tehran-city', name: 'شهرداری تهران' }, electronic: 'full' },
];

/** Property mode: the page gives one page of results and answers egov-search itself. */
export const PropertyData: Story = { args: { services: { items, total: 2, page: 1, pageSize: 20 } } };

/** A given page with a bad item: `invalid`, naming items[1].electronic. */
export const BadPropertyData: Story = {
  args: { services: { items: [items[0], { ...items[1], electronic: 'online' }], total: 2 } },
};
