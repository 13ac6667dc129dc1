/** Hydrates first; only then loads the library (as a page with the CDN file after its app). */
import { hydrateRoot } from 'react-dom/client';
import { PlainApp } from './react-plain-app.js';

const root = document.getElementById('root')!;
hydrateRoot(root, <PlainApp base={root.dataset.base!} />);
setTimeout(() => void import('../../src/index.js'), 100);
