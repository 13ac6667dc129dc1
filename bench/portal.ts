// The composed page's widgets, from the package's main entry.
import { configure } from '../src/index.js';

// Referencing the module keeps it in a production build however sideEffects reads.
void configure;
