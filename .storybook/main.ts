import type { StorybookConfig } from '@storybook/web-components-vite';
import { referenceApi } from '../dev/api/vite-plugin.mjs';

/** Stories fetch from the same reference API as `npm start` and the tests (at /api). */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), referenceApi({ base: '/api' })];
    return viteConfig;
  },
};
export default config;
