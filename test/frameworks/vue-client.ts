/**
 * Hydrates the server's HTML. With `data-plugin-base` (no provider), the base comes from
 * `configure()` in start-up code after a few awaits, as a Nuxt plugin's callback runs:
 * the widgets have upgraded before it.
 */
import '../../src/index.js';
import { configure } from '../../src/api.js';
import { createApp } from './vue-app.js';

const root = document.getElementById('root')!;
const pluginBase = root.dataset.pluginBase;
async function start() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  if (pluginBase) configure({ apiBase: pluginBase });
  createApp(root.dataset.base).mount(root);
}
void start();
