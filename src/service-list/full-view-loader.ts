/**
 * The list's cards are compact: a full card on a page whose card the list defined loads its
 * view then (src/service-card/full-view.ts). The all-in-one file defines the card with its full
 * view, so it leaves this module out (vite.cdn.config.ts): there it would never run.
 */
import { importFullViewWith } from '../service-card/full-view.js';

importFullViewWith(() => import('../service-card/full.js').then((m) => m.renderFull));
