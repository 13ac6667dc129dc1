/**
 * egov-widgets in a React 19 app: the wrappers from `egov-widgets/react.js`, one provider
 * for every widget, and handlers that read each element's typed `detail` (no casts).
 */
import { useEffect, useState } from 'react';
import {
  EgovAgencyScoreboard,
  EgovInquiryTracker,
  EgovMaturityGauge,
  EgovProvider,
  EgovServiceCard,
  EgovServiceList,
  type Service,
} from 'egov-widgets/react.js';

/** One line per event the app received: which element, and what its detail said. */
interface Entry {
  tag: string;
  text: string;
}

export function App() {
  const [lang, setLang] = useState<'fa' | 'en'>('fa');
  const [service, setService] = useState<Service>();
  const [log, setLog] = useState<Entry[]>([]);
  const add = (tag: string, text: string) => setLog((l) => [...l, { tag, text }]);
  // The page's own words follow too (the widgets follow the provider's lang by themselves).
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
  }, [lang]);

  return (
    <EgovProvider apiBase="/egov-api" lang={lang}>
      <header>
        <h1>{lang === 'fa' ? 'خدمات الکترونیک' : 'E-government services'}</h1>
        <button type="button" onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')}>
          {lang === 'fa' ? 'English' : 'فارسی'}
        </button>
      </header>
      <main>
        <EgovServiceCard
          serviceId="13061408000"
          onEgovLoad={(e) => {
            setService(e.detail);
            add('egov-service-card', e.detail.title);
          }}
          onEgovError={(e) => add('egov-service-card', `error: ${e.detail.kind}`)}
        />
        {service && <p id="agency">{service.agency.name}</p>}
        <EgovMaturityGauge onEgovLoad={(e) => add('egov-maturity-gauge', `round ${e.detail.round}`)} />
        <EgovAgencyScoreboard limit={5} onEgovLoad={(e) => add('egov-agency-scoreboard', e.detail.items[0]?.agency.name ?? '')} />
        <EgovInquiryTracker
          trackingCode="1403-0725-118842"
          onEgovLoad={(e) => add('egov-inquiry-tracker', e.detail.subject ?? e.detail.status)}
        />
        <EgovServiceList
          pageSize={5}
          onEgovLoad={(e) => add('egov-service-list', e.detail.items[0]?.title ?? '')}
          onEgovSearch={(e) => add('egov-service-list', `search: ${e.detail.q}`)}
        />
      </main>
      <ol id="log" aria-label="events">
        {log.map((entry, i) => (
          <li key={i} data-tag={entry.tag}>
            {entry.text}
          </li>
        ))}
      </ol>
    </EgovProvider>
  );
}
