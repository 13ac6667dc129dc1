import type { FullView } from './full.js';

/**
 * The card's full view, once its module has run (src/service-card/full.ts registers it): the
 * card's entry imports that module; a card defined only through the list loads it on first use.
 */
export let fullView: FullView | undefined;
export const useFullView = (view: FullView): void => {
  fullView = view;
};
