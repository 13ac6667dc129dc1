'use client';
/**
 * Hydrates the server-rendered widgets: once React has hydrated the page, listens to each
 * widget's `egov-load` (typed `detail`, no casts) and then loads the elements. The
 * `egov-widgets` entry loads Lit's hydration support before lit, so each widget takes over
 * its server-rendered shadow root (no second copy) and answers from its embedded data.
 */
import { useEffect, useState } from 'react';
import type {} from 'egov-widgets'; // the elements' tag names and events, for querySelector

export function Hydrate() {
  const [log, setLog] = useState<{ tag: string; text: string }[]>([]);
  useEffect(() => {
    const add = (tag: string, text: string) => setLog((l) => [...l, { tag, text }]);
    const $ = document.querySelector.bind(document);
    $('egov-service-card')?.addEventListener('egov-load', (e) => add('egov-service-card', e.detail.title));
    $('egov-maturity-gauge')?.addEventListener('egov-load', (e) => add('egov-maturity-gauge', `round ${e.detail.round}`));
    $('egov-agency-scoreboard')?.addEventListener('egov-load', (e) => add('egov-agency-scoreboard', e.detail.items[0]?.agency.name ?? ''));
    $('egov-inquiry-tracker')?.addEventListener('egov-load', (e) => add('egov-inquiry-tracker', e.detail.subject ?? e.detail.status));
    $('egov-service-list')?.addEventListener('egov-load', (e) => add('egov-service-list', e.detail.items[0]?.title ?? ''));
    document.body.addEventListener('egov-error', (e) => add((e.target as Element).localName, `error: ${e.detail.kind}`));
    void import('egov-widgets');
  }, []);
  return (
    <ol id="log" aria-label="events">
      {log.map((entry, i) => (
        <li key={i} data-tag={entry.tag}>
          {entry.text}
        </li>
      ))}
    </ol>
  );
}
