import type { FullView } from './full.js';

/**
 * The card's full view, once its module has run (src/service-card/full.ts registers it): every
 * module that defines the card (its entry, the list) imports that module.
 */
export let fullView: FullView | undefined;
export const useFullView = (view: FullView): void => {
  fullView = view;
};
