/**
 * Starts as a prerendered Nuxt page does (`nuxt generate`, README "Vue and Nuxt"): the app's
 * payload comes over the network first (`/payload.json`, answered late), then the plugin's
 * callback runs: `configure()` with the API base from the payload (Nuxt's runtime config), then
 * the elements are imported, then the app hydrates. The tags are in the server's HTML all along.
 */
import { configure } from '../../src/api.js';
import { createApp } from './vue-app.js';

const root = document.getElementById('root')!;
async function start() {
  const payload = (await (await fetch('/payload.json')).json()) as { apiBase: string };
  // The plugin's callback.
  configure({ apiBase: payload.apiBase });
  await import('../../src/index.js');
  createApp(undefined).mount(root);
}
void start();
