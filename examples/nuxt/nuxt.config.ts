/**
 * Nuxt with server rendering on. `nuxt generate` renders the page on the server into
 * `.output/public` and the browser hydrates it, as `nuxt build` + its server would: the tags
 * are in the server's HTML, with the provider's `api-base` attribute, before the widgets
 * upgrade.
 */
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  ssr: true,
  // egov-* tags are custom elements, not Vue components (the key is `vue.compilerOptions` here,
  // not `vite.vue…`): Vue leaves them to the browser, on the server and in the client.
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('egov-') } },
  app: { head: { htmlAttrs: { lang: 'fa', dir: 'rtl' }, title: 'egov-widgets in Nuxt', link: [{ rel: 'icon', href: 'data:,' }] } },
  devtools: { enabled: false },
  telemetry: false,
});
