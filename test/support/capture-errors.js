// A classic script the autoloader tests put first in a page: it records what the page's
// console would show as uncaught (errors, rejections, console.error), for the test to read.
window.__errors = [];
addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args) => (window.__errors.push(args.map(String).join(' ')), consoleError(...args));
