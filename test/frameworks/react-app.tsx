/**
 * The app the server renders (renderToString, in Node) and the browser hydrates
 * (hydrateRoot): the README's React setup, one provider around the widgets. `data-loads`
 * counts the card's `onEgovLoad` calls: one, whether the card loaded before hydration or after.
 */
import { useState } from 'react';
import { EgovProvider, EgovServiceCard, EgovMaturityGauge, EgovServiceList } from '../../src/react.js';

export function App({ base }: { base: string }) {
  const [title, setTitle] = useState('');
  const [loads, setLoads] = useState(0);
  return (
    <EgovProvider apiBase={base} lang="fa">
      <EgovServiceCard
        serviceId="13061408000"
        onEgovLoad={(e) => {
          setTitle(e.detail.title);
          setLoads((n) => n + 1);
        }}
      />
      <EgovMaturityGauge />
      <EgovServiceList pageSize={3} />
      <p id="handler" data-loads={loads}>
        {title}
      </p>
    </EgovProvider>
  );
}
