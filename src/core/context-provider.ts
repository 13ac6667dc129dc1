import type { ReactiveController } from 'lit';
import type { ProviderConfig } from './config.js';
import { contextEvent, targetOf, type Callback, type ContextEvent, type Host, type Unsubscribe } from './context.js';

/**
 * The provider's end: answers the requests of the widgets inside it, tells them each new value,
 * and, when connected inside another provider, takes over that one's widgets that are inside it.
 */
export class ContextProvider implements ReactiveController {
  #host: Host;
  #value: ProviderConfig;
  /** Each subscribed widget's callback → that widget, and the one unsubscribe it is given (the same each time: the widget compares them). */
  readonly #subscribed = new Map<Callback, [Element, Unsubscribe]>();

  constructor(host: Host, value: ProviderConfig) {
    this.#host = host;
    this.#value = value;
    host.addEventListener('context-request', (ev) => {
      const consumer = targetOf(ev, host);
      if (!consumer) return;
      ev.stopPropagation();
      const { callback, subscribe } = ev as ContextEvent;
      if (!subscribe) return callback(this.#value);
      if (!this.#subscribed.has(callback)) this.#subscribed.set(callback, [consumer, () => this.#subscribed.delete(callback)]);
      callback(this.#value, this.#subscribed.get(callback)![1]);
    });
    // A provider connected inside this one: its widgets ask again, and the nearer one answers.
    host.addEventListener('context-provider', (ev) => {
      if (!targetOf(ev, host)) return;
      ev.stopPropagation();
      for (const [callback, [consumer]] of [...this.#subscribed])
        consumer.dispatchEvent(contextEvent('context-request', consumer, callback));
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.dispatchEvent(contextEvent('context-provider', this.#host));
  }

  /** A new value (a new object each time): every subscribed widget is told. */
  setValue(value: ProviderConfig): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const [callback, [, unsubscribe]] of this.#subscribed) callback(value, unsubscribe);
  }
}
