/**
 * `keep(key, make)`: renders `make()` and leaves what it rendered alone (not even
 * walked) until `key` is another value. Lit's `guard` for one key compared by identity,
 * without its handling of arrays of keys; the scoreboard keys each row by its texts.
 */
import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

class KeepDirective extends Directive {
  #key: unknown;

  render(_key: unknown, make: () => unknown): unknown {
    return make();
  }

  override update(_part: ChildPart, [key, make]: [unknown, () => unknown]): unknown {
    if (key === this.#key) return noChange;
    this.#key = key;
    return make();
  }
}

export const keep = directive(KeepDirective);
