import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovAgencyScoreboard } from '../src/agency-scoreboard.js';
import { sampleScores } from './fixtures/sample.js';

interface Args {
  apiBase?: string;
  round?: string;
  limit?: number;
  threshold?: number;
  view?: 'table' | 'chart';
  sort?: string;
  scores?: unknown;
}

/**
 * Agencies ranked by their e-government maturity score in one evaluation round. Column
 * headers sort; the filter box folds Arabic and Persian spellings; agencies under the
 * threshold are marked in words and with an icon. The API's per-agency figures (105
 * agencies in round 5) and the generated 10/167-agency sets are sample data. Switch
 * Persian/English in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Agency scoreboard',
  component: 'egov-agency-scoreboard',
  render: (a) =>
    html`<egov-agency-scoreboard
      api-base=${ifDefined(a.apiBase)}
      round=${ifDefined(a.round)}
      limit=${ifDefined(a.limit)}
      threshold=${ifDefined(a.threshold)}
      view=${ifDefined(a.view)}
      sort=${ifDefined(a.sort)}
      .scores=${a.scores}
    ></egov-agency-scoreboard>`,
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    round: { control: 'text', description: 'Round number or latest' },
    limit: { control: { type: 'number', min: 0 }, description: 'Show the top N (0 = all) with a show-all button' },
    threshold: { control: { type: 'number', min: 0, max: 100 }, description: 'Agencies under this score are marked and counted' },
    view: { control: 'inline-radio', options: ['table', 'chart'], description: 'Table (default) or bar chart' },
    sort: { control: 'text', description: 'rank, agency, score, change or an axis key; a leading - for descending' },
    scores: { control: 'object', description: 'Property mode: the data, nothing fetched' },
  },
  args: { round: 'latest', threshold: 40, view: 'table' },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovAgencyScoreboard.name },
};
export default meta;
type Story = StoryObj<Args>;

const item = (id: string, name: string, score: number, previousScore?: number, axes: Record<string, number> = {}) => ({
  agency: { id, name },
  score,
  axes,
  ...(previousScore === undefined ? {} : { previousScore }),
});

/** The latest round from the API: 105 agencies, 20 of them under 40, with ties at 4, 57 and 82. */
export const Ready: Story = {};

/** The top 10 with «نمایش همه»: the list ministers are compared by. */
export const TopTen: Story = { args: { limit: 10 } };

/** 10 agencies given as a property (generated, deterministic). */
export const TenAgencies: Story = { args: { scores: sampleScores(10) } };

/** 105 agencies, round 5 from the API, sorted by name (Persian alphabetical order). */
export const OneHundredFiveAgencies: Story = { args: { round: '5', sort: 'agency' } };

/** 167 agencies, the size of the later rounds, generated deterministically; the filter box narrows them. */
export const OneHundredSixtySevenAgencies: Story = { args: { scores: sampleScores(167) } };

/** Ties share a rank and the next rank skips (1, 2, 2, 4, 4, 6). */
export const Ties: Story = {
  args: {
    scores: {
      round: 5,
      axes: [{ key: 'portal' }, { key: 'integration' }],
      items: [
        item('a', 'بیمه مرکزی جمهوری اسلامی ایران', 93.15, 90, { portal: 97, integration: 80 }),
        item('b', 'سازمان تأمین اجتماعی', 88.5, 86.2, { portal: 95, integration: 71 }),
        item('c', 'سازمان ثبت اسناد و املاک کشور', 88.5, 89.1, { portal: 91, integration: 77 }),
        item('d', 'گمرک جمهوری اسلامی ایران', 70.25, 70.25, { portal: 80, integration: 50 }),
        item('e', 'پست بانک ایران', 70.25, undefined, { portal: 82, integration: 45 }),
        item('f', 'سازمان اورژانس کشور', 18.29, 22.4, { portal: 35, integration: 6 }),
      ],
    },
  },
};

/** Every agency under the threshold: each row is marked, the summary counts them all. */
export const AllUnderThreshold: Story = { args: { scores: sampleScores(12, { scale: 0.4 }), threshold: 40 } };

/** A higher threshold (50) set by the page. */
export const Threshold50: Story = { args: { threshold: 50, limit: 20 } };

/** The bar chart (chart.js loads only now); the table is one click away and stays the default. */
export const ChartView: Story = { args: { view: 'chart', limit: 15 } };

/** The bar chart of all 167 generated agencies. */
export const ChartView167: Story = { args: { view: 'chart', scores: sampleScores(167) } };

/** Sorted by the biggest gain since the previous round. */
export const SortedByChange: Story = { args: { sort: '-change', limit: 10 } };

/** An older round whose axes the widget does not know: their headers are the API's labels. */
export const OlderRoundUnknownAxes: Story = { args: { round: '2', limit: 10 } };

/** Loading: the server holds the answer (skeleton with aria-busy until the time-out). */
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout' } };

/** Empty: a round with no agencies. */
export const Empty: Story = { args: { scores: { round: 6, axes: [], items: [] } } };

/** Not found: there is no round 99. */
export const NotFound: Story = { args: { round: '99' } };

/** Error: the server answers 500; the panel says so in words and offers a retry. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };

/** The service is busy (429 with `Retry-After: 30`): it says so, and when to try again («۳۰ ثانیه دیگر»), with a retry. */
export const BusyError: Story = { args: { apiBase: '/api/_fault/429-30' } };

/** Bad data: the server sends JSON of the wrong shape. */
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid' } };

/** Bad data given as a property: a score that is not a number is refused, naming the path. */
export const NonNumericScore: Story = {
  args: { scores: { round: 5, items: [item('a', 'سازمان نمونه', 50), { agency: { id: 'b', name: 'سازمان دیگر' }, score: 'بالا' }] } },
};

/** Long text: long agency names and a long API axis label wrap; the table scrolls inline on phones. */
export const LongText: Story = {
  args: {
    scores: {
      round: 5,
      axes: [
        { key: 'service-integration', label: 'یکپارچگی خدمات بین‌دستگاهی و تبادل داده با پنجرهٔ ملی خدمات دولت هوشمند' },
        { key: 'portal' },
      ],
      items: [
        item('long', 'سازمان ملی توسعهٔ فناوری‌های نوین ارتباطی و اطلاعاتی و هماهنگی خدمات الکترونیکی استان‌های کشور', 71.05, 64.2, {
          'service-integration': 60.5,
          portal: 80,
        }),
        item('latin', 'Iran National Innovation Fund (صندوق نوآوری و شکوفایی)', 55.5, 58, { 'service-integration': 41, portal: 69.25 }),
        item('short', 'بانک سپه', 39.9, 35, { 'service-integration': 20, portal: 51 }),
      ],
    },
  },
};
