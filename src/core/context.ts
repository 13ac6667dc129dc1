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

export type Host = ReactiveControllerHost & HTMLElement;
export type Unsubscribe = () => void;
export type Callback = (value: ProviderConfig | undefined, unsubscribe?: Unsubscribe) => void;

/** The protocol's events: each names the context and the element it is for (`contextTarget`). */
export interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

export const contextEvent = (type: string, contextTarget: Element, callback?: Callback): ContextEvent =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), {
    context: providerContext,
    contextTarget,
    callback: callback!,
    subscribe: true,
  });

/** An event about this context, not from `host` itself: the element it is for. */
export const targetOf = (ev: Event, host: Element): Element | undefined => {
  const e = ev as ContextEvent;
  const target = e.contextTarget ?? (e.composedPath()[0] as Element);
  return e.context === providerContext && target !== host ? target : undefined;
};

/** A widget's end (the provider's is src/core/context-provider.ts, which only <egov-provider> loads): asks when connected, and takes every value its nearest provider gives. */
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
