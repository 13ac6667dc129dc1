// The widgets' events bubble and are composed: one listener on the document hears them all.
// Each event's `detail` is the element's data (README "Elements" lists them).
const log = document.getElementById('log');

function add(tag, text) {
  const li = document.createElement('li');
  li.dataset.tag = tag;
  li.textContent = text; // API text is shown as text, never as HTML
  log.append(li);
}

document.addEventListener('egov-load', (e) => {
  const tag = e.target.localName;
  const d = e.detail;
  if (tag === 'egov-service-card') add(tag, d.title);
  else if (tag === 'egov-maturity-gauge') add(tag, `round ${d.round}`);
  else if (tag === 'egov-agency-scoreboard') add(tag, d.items[0]?.agency.name ?? '');
  else if (tag === 'egov-inquiry-tracker') add(tag, d.subject ?? d.status);
  else if (tag === 'egov-service-list') add(tag, d.items[0]?.title ?? '');
});
document.addEventListener('egov-error', (e) => add(e.target.localName, `error: ${e.detail.kind}`));
