/** Hydrates the server's HTML; `?hydrate=late` waits first, with the widgets already upgraded. */
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-app.js';

const root = document.getElementById('root')!;
const hydrate = () => hydrateRoot(root, <App base={root.dataset.base!} />);
if (new URLSearchParams(location.search).get('hydrate') === 'late') setTimeout(hydrate, 300);
else hydrate();
