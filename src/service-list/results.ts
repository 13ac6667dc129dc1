/** The list's results: one compact card per service, or why there are none; and the count in words. */
import { tight as html } from '../ui/tight.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '../core/locale.js';
import { below, type HeadingLevel } from '../ui/heading.js';
import { renderEmpty } from '../ui/empty.js';
import { formatNumber } from '../format/numbers.js';
import type { ServicePage } from './service-list.data.js';
import '../service-card/service-card.js';

/**
 * The cards of a page (their headings one level under the list's), their parts exported.
 * An empty page: with a search or filter on, says so and offers `clear`; else that there is nothing.
 */
export function renderResults(page: ServicePage, level: HeadingLevel, searched: boolean, clear: () => void): unknown {
  return page.items.length
    ? html`<ul class="items" part="items">
        ${page.items.map(
          (s) =>
            html`<li>
              <egov-service-card
                variant="compact"
                heading-level=${below(level)}
                exportparts="card, title, agency, electronic-badge, primary-link"
                .service=${s}
              ></egov-service-card>
            </li>`,
        )}
      </ul>`
    : searched
      ? renderEmpty(
          msg('خدمتی با این جست‌وجو پیدا نشد.'),
          html`<button type="button" class="button" part="clear-button" @click=${clear}>${msg('پاک کردن جست‌وجو')}</button>`,
        )
      : renderEmpty(msg('خدمتی برای نمایش نیست.'));
}

/** «۵٬۹۰۰ خدمت», «یک خدمت», «خدمتی یافت نشد» (call during render or with the locale active). */
export const countWords = (n: number, locale: Locale): string =>
  n === 0 ? msg('خدمتی یافت نشد') : n === 1 ? msg('یک خدمت') : msg(str`${formatNumber(n, locale)} خدمت`);

/** After a page change, «صفحهٔ ۲ از ۲۹۵، ۵٬۹۰۰ خدمت»; after a search (or with one page), the count alone. */
export function resultWords(what: 'results' | 'page', at: number, last: number, total: number, locale: Locale): string {
  const count = countWords(total, locale);
  return what === 'page' && last > 1 ? msg(str`صفحهٔ ${formatNumber(at, locale)} از ${formatNumber(last, locale)}، ${count}`) : count;
}
