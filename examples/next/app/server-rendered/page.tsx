/**
 * A Server Component page whose HTML carries the widgets server-rendered: `renderHTML`
 * (`egov-widgets/ssr.js`) fills each tag with a declarative shadow root holding its content
 * and data, so the page shows every widget before any script runs. In the browser,
 * <Hydrate> then loads the elements, which hydrate that DOM without asking the API again.
 *
 * Rendered per request, from a page kept 30 s (one render shared by the requests in that
 * time: a warm request does not ask the API).
 */
import { connection } from 'next/server';
import { renderHTML } from 'egov-widgets/ssr.js';
import { apiBase } from '../api-base';
import { Hydrate } from './hydrate';

/** The widgets, as a CMS would write them; `/egov-api` is the base the browser asks later (a search, a page). */
const WIDGETS = `<egov-provider api-base="/egov-api" heading-level="2">
  <egov-service-card service-id="13061408000"></egov-service-card>
  <egov-maturity-gauge></egov-maturity-gauge>
  <egov-agency-scoreboard limit="5"></egov-agency-scoreboard>
  <egov-inquiry-tracker tracking-code="1403-0725-118842"></egov-inquiry-tracker>
  <egov-service-list page-size="5"></egov-service-list>
</egov-provider>`;

const TTL_MS = 30_000;
let kept: { until: number; html: Promise<string> } | undefined;

function widgets(): Promise<string> {
  if (kept && kept.until > Date.now()) return kept.html;
  const base = apiBase();
  const html = renderHTML(WIDGETS, {
    lang: 'fa',
    timeoutMs: 3000,
    // The provider's relative base, read on the server from the API itself.
    fetch: (url, init) => fetch(String(url).replace(/^\/egov-api/, base), init),
  });
  kept = { until: Date.now() + TTL_MS, html };
  // A render where a widget's request failed leaves it for the browser: not kept.
  void html.then(
    (h) => /<egov-(?!provider)[a-z-]+[^>]*>(?!<template)/.test(h) && (kept = undefined),
    () => (kept = undefined),
  );
  return html;
}

export default async function Page() {
  await connection(); // per request, not at build time (the API is not there then)
  const html = await widgets();
  return (
    <>
      <header>
        <h1>خدمات الکترونیک</h1>
      </header>
      {/* The browser turns each <template shadowrootmode> into the widget's shadow root while
          parsing, so the DOM React hydrates differs from this string: React keeps it as it is. */}
      <main dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
      <Hydrate />
    </>
  );
}
