import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProviderConfig } from './config.js';

/**
 * What <egov-provider> gives the widgets inside it, through the community context protocol
 * (`context-request` and `context-provider` events, the protocol @lit/context speaks), in
 * the few lines this library needs of it: one context, one provider element, consumers that
 * always subscribe. Keyed by a global symbol so a provider from one copy of the library (say
 * the CDN file) still reaches widgets defined by another (an npm bundle) on the same page,
 * whether that copy speaks it with these lines or with @lit/context.
 */
export const providerContext = Symbol.for('egov-widgets:provider');

type Host = ReactiveControllerHost & HTMLElement;
type Unsubscribe = () => void;
type Callback = (value: ProviderConfig | undefined, unsubscribe?: Unsubscribe) => void;

/** The protocol's events: each names the context and the element it is for (`contextTarget`). */
interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

const contextEvent = (type: string, contextTarget: Element, callback?: Callback): ContextEvent =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), {
    context: providerContext,
    contextTarget,
    callback: callback!,
    subscribe: true,
  });

/** An event about this context, not from `host` itself: the element it is for. */
const targetOf = (ev: Event, host: Element): Element | undefined => {
  const e = ev as ContextEvent;
  const target = e.contextTarget ?? (e.composedPath()[0] as Element);
  return e.context === providerContext && target !== host ? target : undefined;
};

/** A widget's end: asks when connected, and takes every value its nearest provider gives. */
export class ContextConsumer implements ReactiveController {
  /** The nearest provider's configuration; undefined until one answers. */
  value: ProviderConfig | undefined;
  #host: Host;
  #unsubscribe: Unsubscribe | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** A provider answers (or a nearer one took over: leave the one before). */
  readonly #callback: Callback = (value, unsubscribe) => {
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.value = value;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    this.#host.dispatchEvent(contextEvent('context-request', this.#host, this.#callback));
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

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
