/**
 * Locale for messages, per element. @lit/localize's runtime mode keeps one active
 * locale per page, but a portal may hold an English widget inside a Persian page. So we
 * install our own `msg()` implementation and switch the active locale synchronously
 * around each element's render: `msg()` calls stay exactly as lit-localize extracts them.
 * Persian, the source locale, needs no lookup (the source string, its values filled in);
 * English's strings and lookup are one lazy chunk (./en.ts).
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { MsgOptions, TemplateLike } from '@lit/localize/internal/types.js';

export type Locale = 'fa' | 'en';
export const LOCALES: readonly Locale[] = ['fa', 'en'];
export const SOURCE_LOCALE: Locale = 'fa';

type Translate = (template: TemplateLike, options?: MsgOptions) => TemplateLike | undefined;
/** Each target locale's lookup, once it has loaded. */
const translators: Partial<Record<Locale, Translate>> = {};
/** The English translations, once asked for (the only target locale). */
let pending: Promise<void> | undefined;
let active: Locale = SOURCE_LOCALE;

try {
  _installMsgImplementation(
    ((template: TemplateLike, options?: MsgOptions) =>
      translators[active]?.(template, options) ??
      (isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template)) as never,
  );
} catch {
  // Another copy of @lit/localize on the page was configured first; its msg() wins
  // and our widgets follow the page's locale for words (formatting still follows ours).
  console.warn('egov-widgets: @lit/localize is already configured on this page');
}

/** 'fa-IR' → 'fa', 'en-GB' → 'en'; a language we do not ship → the source locale. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base!) ? (base as Locale) : SOURCE_LOCALE;
}

/** Element's `lang` → nearest ancestor's (across shadow roots) → `<html lang>` → `fallback` (fa). */
export function resolveLocale(el: Element, fallback: Locale = SOURCE_LOCALE): Locale {
  // Up through parents, and from a shadow root to its host; a document or a detached root ends it.
  for (let node: Node | null = el; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return normalizeLocale(lang);
  }
  return fallback;
}

export const dirOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr');

/** True when `msg()` can render this locale right now. */
export const isLocaleReady = (locale: Locale): boolean => locale === SOURCE_LOCALE || !!translators[locale];

/** Loads a target locale's translations once (a small lazy chunk); resolves when usable. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  return (pending ??= import('./en.js').then((mod) => {
    translators[locale] = mod.translate;
  }));
}

/** Runs `fn` with `msg()` answering in `locale` (synchronously; renders are synchronous). */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

export const activeLocale = (): Locale => active;
