import type { FullView } from './full.js';

/**
 * The card's full view, once its module has run (src/service-card/full.ts registers it): the
 * card's entry imports that module; a card defined only through the list (whose own cards are
 * compact) loads it before its first full render, and its update waits for it: it never shows
 * the compact view in its place, nor hydrates a server-rendered full card against it.
 */
export let fullView: FullView | undefined;
export const useFullView = (view: FullView): void => {
  fullView = view;
};

/**
 * How a card gets the full view when its module has not run: set by the module that defines
 * the card without it (the list, whose own cards are compact), so the card's own chunk carries
 * no second way to the view it already holds. One download per page; a failure is not retried
 * (those cards then render compact).
 */
let importFull: (() => Promise<FullView>) | undefined;
let loading: Promise<unknown> | undefined;
export const importFullViewWith = (load: () => Promise<FullView>): void => {
  importFull = load;
};
/**
 * Registers the loaded view here, in this copy of the module: in the autoloader's build the card's
 * modules stand in the list's chunk and in the card's own (scripts/page-chunks.mjs), and the loaded
 * module registers itself only in the copy it imports.
 */
export const loadFullView = (): Promise<unknown> | undefined => importFull && (loading ??= importFull().then(useFullView, () => undefined));
