import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

/**
 * Locale and direction come from a toolbar global (the docs page is global too), and
 * reach the widgets as `lang` on a wrapper: the same resolution a real page uses.
 */
const preview: Preview = {
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
  },
  initialGlobals: { locale: 'fa' },
  decorators: [
    (story, context) => {
      const locale = (context.globals['locale'] as string) ?? 'fa';
      const dir = locale === 'fa' ? 'rtl' : 'ltr';
      document.documentElement.lang = locale;
      document.documentElement.dir = dir;
      return html`<div lang=${locale} dir=${dir} style="font-family: Vazirmatn, 'Noto Sans Arabic', Tahoma, system-ui, sans-serif; max-inline-size: 960px">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
