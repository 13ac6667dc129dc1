import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EgovProvider } from '../src/provider.js';

interface Args {
  apiBase?: string;
  lang?: string;
  calendar?: 'persian' | 'gregory';
}

/**
 * One API base, locale and calendar for every widget inside it: an agency page sets them
 * once on the provider instead of on each widget. A widget's own attribute still wins.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Provider',
  component: 'egov-provider',
  render: (a) =>
    html`<egov-provider api-base=${ifDefined(a.apiBase)} lang=${ifDefined(a.lang)} calendar=${ifDefined(a.calendar)}>
      <div style="display: grid; gap: 0.75em">
        <egov-service-card service-id="13061408000" variant="compact"></egov-service-card>
        <egov-maturity-gauge agency-id="tax"></egov-maturity-gauge>
      </div>
    </egov-provider>`,
  args: { apiBase: '/api' },
  argTypes: {
    apiBase: { control: 'text', description: 'API base for every widget inside (try /api/_fault/500)' },
    lang: { control: 'inline-radio', options: ['fa', 'en'], description: 'Locale for every widget inside (else the page’s)' },
    calendar: { control: 'inline-radio', options: ['persian', 'gregory'], description: 'Calendar for dates' },
  },
  // Names the class, so a production Storybook build keeps the module that defines the element.
  parameters: { element: EgovProvider.name },
};
export default meta;
type Story = StoryObj<Args>;

/** A compact card and an agency's gauge, both reading the provider's API base. */
export const TwoWidgets: Story = {};

/** English inside a Persian page: the provider's lang reaches both widgets. */
export const EnglishInside: Story = { args: { lang: 'en' } };

/** Gregorian dates in Persian. */
export const GregorianCalendar: Story = { args: { calendar: 'gregory' } };

/** The provider's API base answers 500: both widgets show the error. */
export const ServerError: Story = { args: { apiBase: '/api/_fault/500' } };
