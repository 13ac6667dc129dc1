/**
 * The page, as a CMS would give it: plain HTML with the widgets' tags. `renderHTML`
 * (server.mjs) fills each widget in, with its data; the scripts at the top hydrate them.
 */

/** @typedef {'fa' | 'en'} Lang */

const WORDS = {
  fa: { title: 'خدمات الکترونیک', other: 'English', otherHref: '/en/', otherLang: 'en', events: 'رویدادها' },
  en: { title: 'E-government services', other: 'فارسی', otherHref: '/', otherLang: 'fa', events: 'Events' },
};

/** Escapes a value for a double-quoted attribute. */
const attr = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @param {{ lang: Lang, apiBase: string }} page
 * @returns {string}
 */
export function pageHTML({ lang, apiBase }) {
  const w = WORDS[lang];
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${w.title}</title>
    <link rel="stylesheet" href="/site.css" />
    <!-- The page's own code first: it listens to the widgets' events. -->
    <script type="module" src="/app.js"></script>
    <!-- The autoloader: on this page, whose widgets came server-rendered, it loads the
         hydration support first, then only the elements on the page. -->
    <script type="module" src="/egov-widgets/autoloader.js"></script>
  </head>
  <body>
    <egov-provider api-base="${attr(apiBase)}">
      <header>
        <h1>${w.title}</h1>
        <a href="${w.otherHref}" lang="${w.otherLang}">${w.other}</a>
      </header>
      <main>
        <egov-service-card service-id="13061408000"></egov-service-card>
        <egov-maturity-gauge></egov-maturity-gauge>
        <egov-agency-scoreboard limit="5"></egov-agency-scoreboard>
        <egov-inquiry-tracker tracking-code="1403-0725-118842"></egov-inquiry-tracker>
        <egov-service-list page-size="5"></egov-service-list>
      </main>
    </egov-provider>
    <ol id="log" aria-label="${w.events}"></ol>
  </body>
</html>
`;
}
