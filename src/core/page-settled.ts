/**
 * Whether the page's own start-up code has had its turn. A widget whose API base would be
 * the default (the page chose none: no own `api-base`, no provider's, no `configure()`, no
 * meta tag) makes its first request only after that, so a `configure()` made in a
 * framework's setup code (a Nuxt plugin, `main.ts` after an `await`) comes before it
 * (README "Configure the API"). The turn ends one task after the document is parsed: module
 * scripts and the promise chains they start have run by then.
 */
let settled = typeof document === 'undefined';
const waiting = new Set<() => void>();

function settle(): void {
  settled = true;
  for (const run of waiting) run();
  waiting.clear();
}

if (!settled) {
  const afterOneTask = () => setTimeout(settle, 0);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterOneTask, { once: true });
  else afterOneTask();
}

export const pageSettled = (): boolean => settled;

/** Runs `run` once the page has settled (never, if it already has). */
export function whenPageSettled(run: () => void): void {
  if (!settled) waiting.add(run);
}
