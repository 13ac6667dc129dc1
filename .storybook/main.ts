import type { StorybookConfig } from '@storybook/web-components-vite';
import { referenceApi } from '../dev/api/vite-plugin.mjs';

/**
 * Stories fetch `/api/…` from the reference API (dev/api). In the browser Mock Service
 * Worker answers it (`.storybook/api-worker.ts`, the worker script in `public/` is copied
 * into the build), so `storybook-static` works from any static host. The dev server keeps
 * the Node middleware as well, for a browser where the worker cannot start.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig, { configType }) {
    if (configType === 'DEVELOPMENT') viteConfig.plugins = [...(viteConfig.plugins ?? []), referenceApi({ base: '/api' })];
    return viteConfig;
  },
};
export default config;
