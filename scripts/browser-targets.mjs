/**
 * The browser floor in one place: the `browserslist` of package.json (README "Browser
 * support"), turned into the build targets of Vite and esbuild (vite.config.ts,
 * vite.cdn.config.ts, the tests' TypeScript plugin). doiuse and eslint-plugin-compat read the
 * same list by themselves (`npm run lint:compat`).
 *
 * browserslist names each version it means; the bundlers take one lowest version per engine.
 * Android browsers are their desktop engines (Chrome, Firefox); Samsung Internet has no target
 * of its own and is a Chromium newer than the Chrome floor.
 */
import browserslist from 'browserslist';

const root = new URL('..', import.meta.url).pathname;

/** browserslist's browser name → the bundlers' engine name. */
const ENGINE = { chrome: 'chrome', and_chr: 'chrome', android: 'chrome', edge: 'edge', firefox: 'firefox', and_ff: 'firefox', safari: 'safari', ios_saf: 'ios' };

/** e.g. `['chrome103', 'firefox115', 'ios15.4', 'safari15.4']`. */
export function buildTargets() {
  const lowest = new Map();
  for (const entry of browserslist(undefined, { path: root })) {
    const [name, range] = entry.split(' ');
    const engine = ENGINE[name];
    if (!engine) continue;
    const version = range.split('-')[0];
    const before = lowest.get(engine);
    if (before === undefined || compare(version, before) < 0) lowest.set(engine, version);
  }
  if (!lowest.size) throw new Error('package.json has no browserslist the build can read');
  return [...lowest].map(([engine, version]) => `${engine}${version}`).sort();
}

function compare(a, b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
