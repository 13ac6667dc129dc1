/**
 * English, what rendering in it needs and Persian does not: the English strings and their
 * lookup. Loaded with `import()` the first time an element renders in English
 * (`loadLocale` in ./locale.ts), so a Persian page downloads neither.
 *
 * The lookup is @lit/localize's own (`runtimeMsg`), written here so that this chunk
 * imports nothing the widgets' chunks hold (a shared module would become a third file
 * beside the all-in-one `egov-widgets.js`): a message's id is the hash of its source
 * strings (what `lit-localize extract` wrote in the English file), and a translated `str`
 * template names the source values it uses by their index.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { StrResult } from '@lit/localize/internal/str-tag.js';
import type { MsgOptions, TemplateLike } from '@lit/localize/internal/types.js';
import type { TemplateResult } from 'lit';
import { templates } from '../generated/locales/en.js';

const map = templates as Record<string, TemplateLike>;
const isStr = (t: TemplateLike): t is StrResult => typeof t !== 'string' && 'strTag' in t;
/** Each source template's id, computed once (a template's strings are the same object every render). */
const ids = new Map<string | TemplateStringsArray, string>();

/** The English for `template`, or undefined when it has none (the source is shown). */
export function translate(template: TemplateLike, options?: MsgOptions): TemplateLike | undefined {
  const strings = typeof template === 'string' ? template : template.strings;
  let id = options?.id ?? ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, !isStr(template) && typeof template !== 'string')));
  const localized = map[id];
  if (localized === undefined || typeof localized === 'string') return localized;
  const values = (template as StrResult | TemplateResult).values;
  const order = localized.values as number[];
  if (!isStr(localized)) return { ...(localized as TemplateResult), values: order.map((i) => values[i]) };
  let out = localized.strings[0]!;
  for (let i = 1; i < localized.strings.length; i++) out += String(values[order[i - 1]!]) + localized.strings[i];
  return out;
}
