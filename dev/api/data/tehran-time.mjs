/**
 * Tehran wall-clock timestamps. Iran has used a fixed UTC+03:30 offset since it
 * dropped daylight saving in 2022, so a constant offset is exact for current dates.
 * @module
 */

const OFFSET_MS = 3.5 * 3_600_000;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Milliseconds since the epoch, rounded down to the minute (fixtures never show seconds).
 * @param {number} [now]
 */
export function floorToMinute(now = Date.now()) {
  return Math.floor(now / MINUTE) * MINUTE;
}

/**
 * ISO 8601 with the Tehran offset, e.g. `2024-10-16T09:30:00+03:30`.
 * @param {number} epochMs
 */
export function tehranIso(epochMs) {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 19) + '+03:30';
}
