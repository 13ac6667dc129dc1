/**
 * Seeded pseudo-random numbers, so the fixtures are the same on every run and
 * tests can rely on totals, ids and orderings.
 * @module
 */

/**
 * mulberry32: tiny, fast and good enough for sample data.
 * @param {number} seed 32-bit integer
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Helpers bound to one random source.
 * @param {number} seed
 */
export function createRandom(seed) {
  const next = mulberry32(seed);
  return {
    next,
    /** Integer in [min, max], both inclusive. */
    int: (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1)),
    /** True with the given probability. */
    chance: (/** @type {number} */ p) => next() < p,
    /**
     * One element of a non-empty array.
     * @template T
     * @param {readonly T[]} list
     * @returns {T}
     */
    pick: (list) => list[Math.floor(next() * list.length)],
    /**
     * `count` distinct elements, in a random order.
     * @template T
     * @param {readonly T[]} list
     * @param {number} count
     * @returns {T[]}
     */
    sample(list, count) {
      const copy = list.slice();
      const out = [];
      while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
    /**
     * Pick by weight: `[[value, weight], …]`.
     * @template T
     * @param {readonly (readonly [T, number])[]} weighted
     * @returns {T}
     */
    weighted(weighted) {
      const total = weighted.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of weighted) if ((r -= w) < 0) return value;
      return weighted[weighted.length - 1][0];
    },
  };
}
