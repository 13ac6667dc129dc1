'use client';
/**
 * The widgets, with handlers: a client component (handlers are functions, which a server
 * component cannot pass). Each handler reads the element's typed `detail`, no casts. The
 * language switch sets `<html lang>`, which every widget follows.
 */
import { useEffect, useState } from 'react';
import {
  EgovAgencyScoreboard,
  EgovInquiryTracker,
  EgovMaturityGauge,
  EgovServiceCard,
  EgovServiceList,
  type Service,
} from 'egov-widgets/react.js';

export function Widgets() {
  const [lang, setLang] = useState<'fa' | 'en'>('fa');
  const [service, setService] = useState<Service>();
  const [log, setLog] = useState<{ tag: string; text: string }[]>([]);
  const add = (tag: string, text: string) => setLog((l) => [...l, { tag, text }]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
  }, [lang]);

  return (
    <>
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
        <EgovServiceList pageSize={5} onEgovLoad={(e) => add('egov-service-list', e.detail.items[0]?.title ?? '')} />
      </main>
      <ol id="log" aria-label="events">
        {log.map((entry, i) => (
          <li key={i} data-tag={entry.tag}>
            {entry.text}
          </li>
        ))}
      </ol>
    </>
  );
}
