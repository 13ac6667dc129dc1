/** Node side: the server HTML of each app (bundled by scripts/frameworks-check.mjs). */
import { createElement } from 'react';
import { renderToString as reactToString } from 'react-dom/server';
import { renderToString as vueToString } from 'vue/server-renderer';
import { App } from './react-app.js';
import { PlainApp } from './react-plain-app.js';
import { createApp } from './vue-app.js';

export const renderReact = (base: string): string => reactToString(createElement(App, { base }));
export const renderReactPlain = (base: string): string => reactToString(createElement(PlainApp, { base }));
export const renderVue = (base: string | undefined): Promise<string> => vueToString(createApp(base));
