/** A value computed again only when one of its inputs changed (compared by identity). */
export class Memo<T> {
  #deps: unknown[] | undefined;
  #value!: T;
  get(deps: unknown[], compute: () => T): T {
    if (!this.#deps || deps.some((d, i) => d !== this.#deps![i])) {
      this.#deps = deps;
      this.#value = compute();
    }
    return this.#value;
  }
}
