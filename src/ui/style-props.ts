/**
 * `style=${styleProps({ '--v': '62.8', 'block-size': '300px' })}`: sets CSS properties
 * through the CSSOM on every render, the first included. Lit's `styleMap` writes a
 * `style` attribute on first render, which a strict Content-Security-Policy
 * (`style-src` without 'unsafe-inline') blocks; agencies' pages may have one.
 * Property names are CSS names (kebab-case or `--custom`).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('styleProps() belongs in a style attribute');
  }

  render(_props: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
