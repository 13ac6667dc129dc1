/**
 * Status messages (WCAG 4.1.3), the one way every widget says what changed without moving
 * focus: a polite live region the base element renders from the first render on, in every
 * state, inside the widget's root (so in its language). A region inserted together with its
 * text is usually not read, and one emptied and refilled with the same words is read again
 * or not at all; this one stays, and each `say()` replaces its words once.
 * Errors are not said here: their panels are `role="alert"` (src/ui/states.ts).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

export class Announcer implements ReactiveController {
  #words: unknown = '';
  /** One per `say()`: the words' node is replaced even when they repeat (the same wrong code twice). */
  #count = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the region holds now (`''` before anything was said). */
  get words(): unknown {
    return this.#words;
  }

  /**
   * Says what `words` returns (text, or a template with `lang` on its parts), once, politely.
   * It is called at the next render, inside it: so its `msg()` words are in the widget's
   * language, and it may read what that render shows (how many rows a filter left).
   */
  say(words: () => unknown): void {
    this.#words = words;
    this.#count++;
    this.host.requestUpdate();
  }

  /** The region; visually hidden (what it says is on screen already, or is the screen's change). */
  render(): TemplateResult {
    if (typeof this.#words === 'function') this.#words = (this.#words as () => unknown)();
    return html`<div class="visually-hidden announcer" role="status" aria-live="polite" aria-atomic="true">${keyed(
      this.#count,
      html`<span>${this.#words}</span>`,
    )}</div>`;
  }
}
