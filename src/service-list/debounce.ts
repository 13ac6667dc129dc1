/**
 * Runs `fn` once calls to `schedule()` pause for `ms` (typing in the search box). `cancel()`
 * drops a pending run (the search was sent at once); the host leaving the page cancels too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Debounce implements ReactiveController {
  #timer = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly fn: () => void,
  ) {
    host.addController(this);
  }

  schedule(): void {
    this.cancel();
    this.#timer = window.setTimeout(this.fn, this.ms);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
