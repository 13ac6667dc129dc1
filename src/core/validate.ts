/**
 * Tight runtime checks of API data, as tiny combinators. Chosen over a schema library
 * for size: every widget needs only objects, arrays, strings, finite numbers and enums,
 * which a few small functions check. A failure throws an `invalid`
 * EgovError naming the path that failed (`items[3].score`), which the error panel shows.
 * Here are the checks most elements use; one that only one or two elements use lives
 * with them (a score: src/evaluation/score.ts; a fee, a flag: the card's data), so the
 * shared core chunk does not carry it to every page.
 */
import { EgovError } from './errors.js';

export type Check<T> = (value: unknown, path: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

/** Throws the `invalid` error for `path`: the one way a check fails. */
export const fail = (path: string, expected: string): never => {
  throw new EgovError('invalid', `${path || 'data'}: expected ${expected}`, { path: path || '(root)' });
};

export const str: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));

/** A non-empty string (ids, titles, names). */
export const text: Check<string> = (v, p) => (typeof v === 'string' && v.trim() ? v : fail(p, 'a non-empty string'));

// `Number.isFinite` is false for anything that is not a number (it does not convert).
export const num: Check<number> = (v, p) => (Number.isFinite(v) ? (v as number) : fail(p, 'a number'));

/** An ISO 8601 date or date-time that is a real date (`<time datetime>` gets it as is). */
export const isoDate: Check<string> = (v, p) => {
  const s = text(v, p);
  return /^\d{4}-\d\d-\d\d([T ]|$)/.test(s) && !isNaN(Date.parse(s)) ? s : fail(p, 'an ISO date');
};

/** A string or number id, always given back as a string. */
export const id: Check<string> = (v, p) => (Number.isFinite(v) ? String(v) : text(v, p));

export const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, p) =>
    values.includes(v as T) ? (v as T) : fail(p, `one of ${values.join(', ')}`);

/** Absent or null → undefined; present → must pass. */
export const opt =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, p) =>
    v === undefined || v === null ? undefined : check(v, p);

export const arr =
  <T>(check: Check<T>): Check<T[]> =>
  (v, p) =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${p}[${i}]`)) : fail(p, 'a list');

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S as undefined extends Checked<S[K]> ? never : K]: Checked<S[K]> } & {
  [K in keyof S as undefined extends Checked<S[K]> ? K : never]?: Checked<S[K]>;
};

/**
 * What each object check gave back, by the shape it checked, so the same object handed on is
 * not checked again. By shape, not by the check function: on a CDN page the list's chunk and
 * the card's chunk each carry a copy of the card's check (scripts/page-chunks.mjs), and a
 * card in the list must still know its item passed.
 */
const checked = new WeakMap<object, string>();
/** Each object check's shape: its keys (no two of our data types have the same). */
const shapes = new WeakMap<Check<unknown>, string>();

/** An object with these keys checked; unknown keys are dropped (later API versions may add some). */
export const obj = <S extends Shape>(shape: S): Check<Out<S>> => {
  const keys = Object.keys(shape);
  const key = keys.join();
  const check: Check<Out<S>> = (v, p) => {
    if (!isRecord(v)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const value = shape[k]!(v[k], p ? `${p}.${k}` : k);
      if (value !== undefined) out[k] = value;
    }
    checked.set(out, key);
    return out as Out<S>;
  };
  shapes.set(check, key);
  return check;
};

/**
 * True when `value` is what a check of this shape gave back (a list's item handed to its
 * card): it passed already, and nothing has to check or announce it again.
 */
export const isChecked = (check: Check<unknown>, value: unknown): boolean =>
  shapes.has(check) && checked.get(value as object) === shapes.get(check); // a WeakMap has nothing for a primitive (and does not throw)

/** A copy made only for display (src/ui/display.ts) passes as its original did: not checked or announced again. */
export const checkedLike = (copy: object, original: object): void => {
  const shape = checked.get(original);
  if (shape !== undefined) checked.set(copy, shape);
};

/** Run a check from the top; data this very check gave back passes as it is. */
export const parse = <T>(check: Check<T>, value: unknown): T => (isChecked(check, value) ? (value as T) : check(value, ''));
