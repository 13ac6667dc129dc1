/**
 * `keep(key, make)`: renders `make()` and leaves what it rendered alone (not even
 * walked) until `key` is another value; the scoreboard keys each row by its texts, so a
 * row whose agency is the same as before (a filter, a threshold or a locale that leaves it
 * in place) is not walked again.
 *
 * Why not lit's `guard`: it does the same for one key (the re-sort bench, `npm run bench`,
 * measures no difference), but it also compares arrays of keys item by item, code the
 * scoreboard never uses and every page with it would download (its page budget, `npm run size`).
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
