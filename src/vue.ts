/**
 * Vue types for the plain tags (`egov-widgets/vue.js`), so `vue-tsc` checks their
 * attributes, `.prop` bindings and events in templates: one import, anywhere in the project.
 *
 *   import type {} from 'egov-widgets/vue.js';
 *
 *   <egov-service-card service-id="13061408000" @egov-load="(e) => title = e.detail.title" />
 *   <egov-maturity-gauge :evaluation.prop="data" />
 *
 * Vue still has to be told that `egov-*` tags are custom elements (README "Vue and Nuxt"). Types
 * only: the elements come from `egov-widgets` or the per-element entries.
 */
import type { DefineComponent } from 'vue';
import type { EgovEventProps, EgovTagName } from './events.js';
import type { EgovElementProps } from './element-props.js';

export type * from './events.js';

/** Global attributes a template commonly puts on any element (`class` and `style` Vue allows anyway). */
interface Global {
  id?: string;
  slot?: string;
  hidden?: boolean;
  title?: string;
  lang?: 'fa' | 'en' | (string & {});
  dir?: 'rtl' | 'ltr' | 'auto';
}

/** Each tag's props (src/element-props.ts) and its `on…` event handlers. */
type Table = { [Tag in EgovTagName]: DefineComponent<Global & EgovEventProps<Tag> & EgovElementProps[Tag]> };
export interface EgovVueComponents extends Table {}

declare module 'vue' {
  interface GlobalComponents extends EgovVueComponents {}
}
