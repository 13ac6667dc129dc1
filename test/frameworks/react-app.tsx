/**
 * The app the server renders (renderToString, in Node) and the browser hydrates
 * (hydrateRoot): the README's React setup, one provider around the widgets.
 */
import { useState } from 'react';
import { EgovProvider, EgovServiceCard, EgovMaturityGauge, EgovServiceList } from '../../src/react.js';

export function App({ base }: { base: string }) {
  const [title, setTitle] = useState('');
  return (
    <EgovProvider apiBase={base} lang="fa">
      <EgovServiceCard serviceId="13061408000" onEgovLoad={(e) => setTitle(e.detail.title)} />
      <EgovMaturityGauge />
      <EgovServiceList pageSize={3} />
      <p id="handler">{title}</p>
    </EgovProvider>
  );
}
