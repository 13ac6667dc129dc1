import { createApp } from 'vue';
// Defines every egov-* element (or import only the ones you use: 'egov-widgets/service-card.js').
import 'egov-widgets';
// Types for the plain tags in templates: attributes, `.prop` bindings and typed events.
import type {} from 'egov-widgets/vue.js';
import App from './App.vue';

createApp(App).mount('#app');
