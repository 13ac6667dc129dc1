/**
 * Defines the elements in the browser only (`.client`): the server renders the tags as they
 * are written, and they upgrade here. The type import makes vue-tsc check the tags.
 */
import 'egov-widgets';
import type {} from 'egov-widgets/vue.js';

export default defineNuxtPlugin(() => {});
