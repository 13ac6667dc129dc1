/**
 * The Vue app the server renders (vue/server-renderer, in Node) and the browser hydrates
 * (createSSRApp): with one provider (Nuxt's setup in README), or with none and a
 * `configure()` in the app's start-up code (a Nuxt plugin).
 */
import { createSSRApp, h, ref } from 'vue';

export function createApp(base: string | undefined) {
  return createSSRApp({
    setup() {
      const title = ref('');
      const widgets = () => [
        h('egov-service-card', {
          'service-id': '13061408000',
          onEgovLoad: (e: CustomEvent<{ title: string }>) => (title.value = e.detail.title),
        }),
        h('egov-maturity-gauge'),
        h('egov-service-list', { 'page-size': 3 }),
        h('p', { id: 'handler' }, title.value),
      ];
      return () => h('div', base ? [h('egov-provider', { 'api-base': base, lang: 'fa' }, widgets())] : widgets());
    },
  });
}
