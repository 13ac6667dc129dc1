/**
 * Whether the page is printing (README "Print"): `beforeprint`/`afterprint` on the window,
 * or the print media query changing (emulated print). The host renders again on each change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

export class PrintController implements ReactiveController {
  /** While the page prints; unset: not printing. */
  printing: boolean | undefined;
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  #onPrint = (e: Event): void => {
    const printing = e.type === 'beforeprint' || (e as MediaQueryListEvent).matches === true;
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    this.#listen('addEventListener');
  }

  hostDisconnected(): void {
    this.#listen('removeEventListener');
  }

  #listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (const type of ['beforeprint', 'afterprint']) window[method](type, this.#onPrint);
    printMedia?.[method]('change', this.#onPrint);
  }
}
