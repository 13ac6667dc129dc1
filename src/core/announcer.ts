/**
 * Status messages (WCAG 4.1.3), the one way every widget says what changed without moving
 * focus: a polite live region the base element renders from the first render on, in every
 * state, inside the widget's root (so in its language). A region inserted together with its
 * text is usually not read, and one emptied and refilled with the same words is read again
 * or not at all; this one stays, and each `say()` replaces its words once.
 * Errors are not said here: their panels are `role="alert"` (src/ui/states.ts).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer {
  #words: unknown = '';
  /** One per `say()`: its parity picks the template, so the words' node is replaced even when they repeat (the same wrong code twice). */
  #count = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

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
    // Two templates, one per parity of the count: each say() puts its words in a new node
    // (the same words again are announced again), and a render with nothing new touches nothing.
    // Their markup differs: two identical templates would be merged into one by the minifiers
    // (the CDN build), and the words' node would then stay.
    return html`<div class="visually-hidden announcer" role="status" aria-live="polite" aria-atomic="true">${
      this.#count % 2 ? html`<span>${this.#words}</span>` : html`<div>${this.#words}</div>`
    }</div>`;
  }
}
