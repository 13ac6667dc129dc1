/**
 * A web-test-runner plugin serving pages server-rendered by `renderHTML` (src/ssr), for the
 * browser tests of server rendering (test/ssr-hydration.test.ts):
 *
 *   /ssr-page.html?lang=fa|en&script=none|cdn|autoloader&csp=<nonce>&bare=1
 *
 * One widget of each kind inside an `<egov-provider api-base="/api" heading-level="3">`,
 * rendered against the reference API this server serves at /api (over HTTP, as a site's
 * server would). `script` adds the CDN file under test
 * (test/support/cdn-under-test.mjs) or none; `csp` sends
 * `default-src 'self'; style-src 'self' 'nonce-<nonce>'` and renders with that nonce. `bare`:
 * no `lang` on the page and no provider, the configuration given only as `renderHTML`'s
 * options (`lang` as asked, `calendar: 'persian'`, `headingLevel: 4`).
 * The server entry is built from the current sources on the first request, into
 * node_modules/.cache (never over dist/).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INQUIRY_CODES } from '../../dev/api/data/inquiry-codes.mjs';

const root = new URL('../..', import.meta.url).pathname;
export const SSR_PAGE = '/ssr-page.html';

export function body(lang) {
  return `<main>
<h1>${lang === 'fa' ? 'صفحهٔ آزمایش' : 'Test page'}</h1>
<egov-service-card service-id="13061408000"><a slot="actions" href="#apply">${lang === 'fa' ? 'درخواست' : 'Apply'}</a></egov-service-card>
<egov-service-list page-size="3"></egov-service-list>
<egov-maturity-gauge agency-id="tax"></egov-maturity-gauge>
<egov-agency-scoreboard limit="10"></egov-agency-scoreboard>
<egov-inquiry-tracker tracking-code="${INQUIRY_CODES.inReview}" poll-interval="1"></egov-inquiry-tracker>
<egov-inquiry-tracker id="empty-tracker"></egov-inquiry-tracker>
</main>`;
}

export function ssrPages() {
  const outDir = join(root, 'node_modules/.cache/egov-ssr-under-test');
  let ssr;
  const load = () =>
    (ssr ??= import('../../scripts/build-ssr.mjs')
      .then((m) => m.buildSsr({ outDir, quiet: true }))
      .then(() => import(pathToFileURL(join(outDir, 'ssr.js')).href)));
  return {
    name: 'egov-ssr-pages',
    async serve(context) {
      if (context.path !== SSR_PAGE) return undefined;
      const q = context.URL.searchParams;
      const lang = q.get('lang') === 'en' ? 'en' : 'fa';
      const script = q.get('script') ?? 'none';
      const nonce = q.get('csp') || undefined;
      const bare = q.get('bare') === '1';
      const { renderHTML } = await load();
      const src = { cdn: '/cdn-under-test/egov-widgets.js', autoloader: '/cdn-under-test/autoloader.js' }[script];
      const page = `<!doctype html>
${bare ? '<html>' : `<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">`}<head><meta charset="utf-8"><title>ssr</title>
<script src="/test/support/capture-errors.js"></script>
<script src="/test/support/capture-csp.js"></script>
${src ? `<script type="module" src="${src}"></script>` : ''}
</head><body>
${
  bare
    ? body(lang)
    : `<egov-provider api-base="/api" heading-level="3">
${body(lang).replace('</h1>', `</h1>\n<h2>${lang === 'fa' ? 'ابزارک‌ها' : 'Widgets'}</h2>`)}
</egov-provider>`
}
</body></html>`;
      // The provider's relative base, resolved against this server (as a site's server would).
      const options = bare ? { apiBase: '/api', lang, calendar: 'persian', headingLevel: 4 } : {};
      const html = await renderHTML(page, {
        ...options,
        nonce,
        fetch: (input, init) => fetch(new URL(String(input), context.origin), init),
      });
      if (nonce) context.set('Content-Security-Policy', `default-src 'self'; style-src 'self' 'nonce-${nonce}'`);
      return { body: html, type: 'html' };
    },
  };
}
