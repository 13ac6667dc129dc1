// The page's own code. A server-rendered widget fires `egov-load` too, once hydrated, with
// the data the server embedded (not asked for again); each listener reads the element's
// typed `detail` (the types come with the package: `import('egov-widgets')` below).
/** @typedef {import('egov-widgets')} EgovTypes the elements' tag names and events, for the checker */

const log = /** @type {HTMLOListElement} */ (document.getElementById('log'));

/** @param {string} tag @param {string} text */
function add(tag, text) {
  const li = document.createElement('li');
  li.dataset.tag = tag;
  li.textContent = text; // API text is shown as text, never as HTML
  log.append(li);
}

const $ = document.querySelector.bind(document);
$('egov-service-card')?.addEventListener('egov-load', (e) => add('egov-service-card', e.detail.title));
$('egov-maturity-gauge')?.addEventListener('egov-load', (e) => add('egov-maturity-gauge', `round ${e.detail.round}`));
$('egov-agency-scoreboard')?.addEventListener('egov-load', (e) => add('egov-agency-scoreboard', e.detail.items[0]?.agency.name ?? ''));
$('egov-inquiry-tracker')?.addEventListener('egov-load', (e) => add('egov-inquiry-tracker', e.detail.subject ?? e.detail.status));
$('egov-service-list')?.addEventListener('egov-load', (e) => add('egov-service-list', e.detail.items[0]?.title ?? ''));
// Failures bubble too: one listener on the body (typed by the package as well).
document.body.addEventListener('egov-error', (e) => add(/** @type {Element} */ (e.target).localName, `error: ${e.detail.kind}`));
