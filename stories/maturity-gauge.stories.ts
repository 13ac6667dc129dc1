import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovMaturityGauge, type ScoreBand } from '../src/maturity-gauge.js';

interface Args {
  apiBase?: string;
  agencyId?: string;
  round?: string;
  value?: number;
  history?: boolean;
  evaluation?: unknown;
  bands?: ScoreBand[];
}

/**
 * The national evaluation of e-government maturity, for the nation or one agency. Round 5's
 * national figures are the published ones; agencies and earlier rounds are sample data from
 * the reference API. Switch Persian/English in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Maturity gauge',
  component: 'egov-maturity-gauge',
  render: (a) =>
    html`<egov-maturity-gauge
      api-base=${ifDefined(a.apiBase)}
      agency-id=${ifDefined(a.agencyId)}
      round=${ifDefined(a.round)}
      value=${ifDefined(a.value)}
      ?history=${a.history ?? false}
      .evaluation=${a.evaluation}
      .bands=${a.bands}
    ></egov-maturity-gauge>`,
  argTypes: {
    apiBase: { control: 'text', description: 'API base (try /api/_fault/500)' },
    agencyId: { control: 'text', description: 'Agency id; empty = national average' },
    round: { control: 'text', description: 'Round number or latest' },
    value: { control: { type: 'number', min: 0, max: 100 }, description: 'A bare gauge, nothing fetched' },
    history: { control: 'boolean', description: 'Show the history chart open' },
    evaluation: { control: 'object', description: 'Property mode: the data, nothing fetched' },
    bands: { control: 'object', description: 'Score bands { min, label, tone }' },
  },
  args: { round: 'latest', history: false },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovMaturityGauge.name },
};
export default meta;
type Story = StoryObj<Args>;

const axis = (key: string, score: number, label?: string) => ({ key, score, ...(label ? { label } : {}) });
const history = [
  { round: 3, score: 51.2 },
  { round: 4, score: 55.74 },
  { round: 5, score: 60.1 },
];

/** The national average of the latest round, from the API (five axes). */
export const NationalSummary: Story = {};

/** One agency from the API: its name, rank among all agencies, and change since round 4. */
export const Agency: Story = { args: { agencyId: 'ins-central' } };

/** An agency under 40: the band says «ضعیف» in words, not only in red. */
export const WeakAgency: Story = { args: { agencyId: 'ems' } };

/** The history chart shown open (chart.js loads only now), with the table beside it. */
export const HistoryOpen: Story = { args: { agencyId: 'tax', history: true } };

/** Three axes, given as a property. */
export const ThreeAxes: Story = {
  args: {
    evaluation: {
      round: 5,
      agency: { id: 'demo', name: 'سازمان نمونه' },
      rank: 40,
      agencyCount: 105,
      score: 60.1,
      axes: [axis('portal', 72.4), axis('interactive', 58.9), axis('transactional', 49)],
      history,
    },
  },
};

/** Five axes: the published round-5 national figures, from the API. */
export const FiveAxes: Story = { args: { round: '5' } };

/** Eight axes, two of them unknown keys labelled by the API. */
export const EightAxes: Story = {
  args: {
    evaluation: {
      round: 6,
      agencyCount: 110,
      serviceCount: 2400,
      score: 66.35,
      axes: [
        axis('portal', 86.2),
        axis('web-presence', 70.1),
        axis('interactive', 72.05),
        axis('transactional', 71.4),
        axis('integration', 55.9),
        axis('participation', 41.3),
        axis('open-data', 33.75, 'دادهٔ باز'),
        axis('smart-services', 28.6, 'خدمات هوشمند'),
      ],
      history: [...history, { round: 6, score: 66.35 }],
    },
  },
};

/** An older round whose axes the widget does not know: it shows the API's labels. */
export const OlderRoundUnknownAxes: Story = { args: { round: '2' } };

/** `value` alone: a bare gauge with its band, nothing fetched. */
export const BareValue: Story = { args: { value: 47.5 } };

/** Custom bands through the `bands` property. */
export const CustomBands: Story = {
  args: {
    value: 65,
    bands: [
      { min: 0, label: 'نیازمند اقدام', tone: 'weak' },
      { min: 70, label: 'قابل قبول', tone: 'advanced' },
    ],
  },
};

/** Loading: the server holds the answer (skeleton with aria-busy until the time-out). */
export const Loading: Story = { args: { apiBase: '/api/_fault/timeout' } };

/** Empty: the round has no published score yet. */
export const Empty: Story = { args: { evaluation: { round: 6, agencyCount: 110, score: null, axes: [], history: [] } } };

/** Not found: the agency was not evaluated in this round. */
export const NotFound: Story = { args: { agencyId: 'no-such-agency' } };

/** Error: the server answers 500; the panel says so in words and offers a retry. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };

/** The service is busy (429 with `Retry-After: 30`): it says so, and when to try again («۳۰ ثانیه دیگر»), with a retry. */
export const BusyError: Story = { args: { apiBase: '/api/_fault/429-30' } };

/** Bad data: the server sends JSON of the wrong shape. */
export const BadData: Story = { args: { apiBase: '/api/_fault/invalid' } };

/** Bad data given as a property: a score over 100 is refused, not drawn. */
export const ScoreOutOfRange: Story = { args: { value: 140 } };

/** Long text: a long agency name and long axis labels wrap inside the widget. */
export const LongText: Story = {
  args: {
    evaluation: {
      round: 5,
      agency: { id: 'long', name: 'سازمان ملی توسعهٔ فناوری‌های نوین ارتباطی و اطلاعاتی و هماهنگی خدمات الکترونیکی استان‌های کشور' },
      rank: 104,
      agencyCount: 105,
      serviceCount: 12,
      score: 21.05,
      axes: [
        axis('service-integration', 12.5, 'یکپارچگی خدمات بین‌دستگاهی و تبادل داده با پنجرهٔ ملی خدمات دولت هوشمند'),
        axis('portal', 38.7),
        axis('participation', 9.99),
      ],
      history: [
        { round: 4, score: 24.6 },
        { round: 5, score: 21.05 },
      ],
    },
  },
};
