/**
 * Svelte 5 types for the tags (`egov-widgets/svelte.js`), so `svelte-check` checks their
 * attributes, properties and events: one import, anywhere in the project.
 *
 *   import type {} from 'egov-widgets/svelte.js';
 *
 *   <egov-service-card service-id="13061408000" onegov-load={(e) => (title = e.detail.title)} />
 *   <egov-maturity-gauge evaluation={data} />
 *
 * Svelte sets a name the element has as a property (`evaluation={data}`, `serviceId={id}`),
 * any other as an attribute (`service-id="…"`): both spellings are typed, from the same table
 * as the JSX and Vue types (src/element-props.ts). Types only: the elements come from
 * `egov-widgets` or the per-element entries.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { EgovLowercaseEventProps, EgovTagName } from './events.js';
import type { EgovElementAttributes, EgovElementProps } from './element-props.js';
// Every tag's entry in `HTMLElementTagNameMap` (the events' modules bring the widgets').
import type {} from './provider.js';

export type * from './events.js';

/**
 * Each tag: Svelte's own global attributes (`class`, `lang`, `dir`, `id`…), its attributes in
 * kebab case, its properties in camelCase, and its events as Svelte 5 writes them (`onegov-load`).
 */
type Table = {
  [Tag in EgovTagName]: HTMLAttributes<HTMLElementTagNameMap[Tag]> &
    EgovElementAttributes<Tag> &
    EgovElementProps[Tag] &
    EgovLowercaseEventProps<Tag>;
};
export interface EgovSvelteElements extends Table {}

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends EgovSvelteElements {}
}
