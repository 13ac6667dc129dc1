/**
 * A session of the reference API that fails in one fault mode until it is healed: real
 * requests either way (dev/api/faults.mjs has the modes).
 */
import { configure } from '../../src/core/config.js';
import type { apiSession } from './helpers.js';

/**
 * The time-out for a test of `fault`: short for the time-out mode only; on a loaded machine
 * another fault can take longer than that to arrive, and would be reported as a time-out.
 */
export const timeoutFor = (fault: string): number => (fault === 'timeout' ? 400 : 10_000);

/**
 * Give the element `s.base()`: until `heal()`, its requests go to `s.base(fault)` instead.
 */
export function failingUntilHealed(s: ReturnType<typeof apiSession>, fault: string): { heal: () => void } {
  const good = s.base();
  let healed = false;
  configure({
    timeoutMs: timeoutFor(fault),
    fetch: (input, init) => fetch(healed ? input : String(input).replace(good, s.base(fault)), init),
  });
  return { heal: () => (healed = true) };
}
