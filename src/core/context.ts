import { createContext } from '@lit/context';
import type { ProviderConfig } from './config.js';

/**
 * What <egov-provider> gives the widgets inside it. Keyed by a global symbol so a
 * provider from one copy of the library (say the CDN file) still reaches widgets
 * defined by another (an npm bundle) on the same page.
 */
export const providerContext = createContext<ProviderConfig | undefined>(Symbol.for('egov-widgets:provider'));
