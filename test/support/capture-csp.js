// A classic script the server-rendering tests put first in a page: it records every CSP
// violation (a blocked style or script) for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
