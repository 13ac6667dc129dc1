/**
 * Configures the widgets and defines them, in the browser only (`.client`): the server renders
 * the tags as they are written, and they upgrade here. `configure()` reads the app's runtime
 * config, which only a plugin's callback (or a component) may do, and the elements are imported
 * after it: a tag upgrades, and makes its first request, only once the API base is set. A static
 * `import 'egov-widgets'` at the top would upgrade them before the callback, which runs late on
 * prerendered pages (`nuxt generate`: after the page's `_payload.json` has come over the network).
 * The type import makes vue-tsc check the tags.
 */
import { configure } from 'egov-widgets/api.js';
import type {} from 'egov-widgets/vue.js';

export default defineNuxtPlugin(async () => {
  configure({ apiBase: useRuntimeConfig().public.egovApiBase });
  await import('egov-widgets');
});
