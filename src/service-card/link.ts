import { nothing } from 'lit';
// `html` without indentation text nodes between tags (see tight.ts); otherwise Lit's own.
import { tight as html } from '../ui/tight.js';
import { safeHttpUrl } from '../ui/url.js';

/** Every API link: http(s) only, and it never gets the page's opener or referrer. */
export const link = (url: string | undefined, content: unknown, cls?: string, part?: string): unknown => {
  const href = safeHttpUrl(url);
  return href ? html`<a href=${href} class=${cls ?? nothing} part=${part ?? nothing} rel="noopener noreferrer">${content}</a>` : content;
};
