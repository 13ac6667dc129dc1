import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { apiWorker } from './api-worker.js';
import { a11yParameters } from './a11y.mjs';
import { ElementPage } from '../stories/docs/element-page.js';
import { dirOfGlobal, tokenArgTypes, wrapperStyle, type Scheme } from './theme.js';

setCustomElementsManifest(manifest);

/**
 * Locale and direction, and the colour scheme, come from toolbar globals (the docs page is
 * global too), and reach the widgets through a wrapper: `lang`/`dir` and `color-scheme` on
 * an ancestor, the same resolution a real page uses.
 */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale and direction',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'fa', title: 'فارسی (RTL)' },
          { value: 'en', title: 'English (LTR)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (color-scheme on the wrapper)',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'روشن / Light', icon: 'sun' },
          { value: 'dark', title: 'تیره / Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'fa',
    scheme: 'light',
    viewport: { value: undefined, isRotated: false },
  },
  // The reference API (dev/api) in the browser, before any story renders.
  loaders: [mswLoader(apiWorker)],
  argTypes: tokenArgTypes,
  decorators: [
    (story, context) => {
      const locale = (context.globals['locale'] as string) ?? 'fa';
      const scheme = ((context.globals['scheme'] as string) === 'dark' ? 'dark' : 'light') as Scheme;
      const dir = dirOfGlobal(locale);
      if (context.viewMode !== 'docs') {
        document.documentElement.lang = locale;
        document.documentElement.dir = dir;
        document.documentElement.style.colorScheme = scheme;
      }
      return html`<div lang=${locale} dir=${dir} data-scheme=${scheme} style=${wrapperStyle(scheme, context.args)}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true, page: ElementPage },
    a11y: a11yParameters,
    viewport: {
      options: {
        phone: { name: 'Phone 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Embed builder', 'Widgets'] },
    },
  },
};
export default preview;
