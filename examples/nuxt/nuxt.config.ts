/**
 * Nuxt with server rendering on. `nuxt generate` renders the page on the server into
 * `.output/public` and the browser hydrates it, as `nuxt build` + its server would: the tags
 * are in the server's HTML before the widgets upgrade. The API base is the app's runtime
 * config, which the client plugin (app/plugins/egov-widgets.client.ts) gives `configure()`.
 */
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  ssr: true,
  // egov-* tags are custom elements, not Vue components (the key is `vue.compilerOptions` here,
  // not `vite.vue…`): Vue leaves them to the browser, on the server and in the client.
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('egov-') } },
  app: { head: { htmlAttrs: { lang: 'fa', dir: 'rtl' }, title: 'egov-widgets in Nuxt', link: [{ rel: 'icon', href: 'data:,' }] } },
  // Overridable when the site is generated or served (NUXT_PUBLIC_EGOV_API_BASE).
  runtimeConfig: { public: { egovApiBase: '/egov-api' } },
  devtools: { enabled: false },
  telemetry: false,
});
