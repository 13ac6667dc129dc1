import { mount } from 'svelte';
// Defines every egov-* element (or import only the ones you use: 'egov-widgets/service-card.js').
import 'egov-widgets';
// Types for the tags in Svelte markup: attributes, properties and typed events.
import type {} from 'egov-widgets/svelte.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
