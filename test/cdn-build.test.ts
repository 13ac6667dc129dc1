/**
 * What the minifiers of the CDN build (vite.cdn.config.ts) could change, checked in the files as
 * built: the other tests run the sources, where such a change cannot show.
 */
import { expect } from '@open-wc/testing';
import { until } from './support/helpers.js';
import { CDN_BASE, openCdnPage, rendered } from './support/cdn-page.js';
import { listen } from './support/live.js';

const SHORT = 'کد رهگیری ۱۴ رقم دارد؛ ۱۳ رقم وارد شده است.';

describe('the CDN files as built', function () {
  before(async function () {
    // The first request builds the CDN folder from the sources (a few seconds, once per run).
    this.timeout(120000);
    expect((await fetch(`${CDN_BASE}integrity.json`)).ok, 'the CDN folder under test was not built').to.equal(true);
  });

  for (const file of ['egov-widgets.js', 'autoloader.js']) {
    it(`${file}: the same words said twice are announced twice (a new node each time)`, async () => {
      const page = await openCdnPage('<egov-inquiry-tracker></egov-inquiry-tracker>', { scripts: [`${CDN_BASE}${file}`] });
      const tracker = page.doc.querySelector('egov-inquiry-tracker')!;
      await rendered(page, tracker, 'form');
      const root = tracker.shadowRoot!;
      const heard = listen(tracker);
      const region = heard.region;
      const submit = async () => {
        root.querySelector('input')!.value = '1403-0725-11884';
        root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
      };
      await submit();
      await until(() => heard.said.length === 1, 'the first mistake was not said');
      const first = region.firstElementChild;
      await submit();
      await until(() => heard.said.length === 2, 'the same mistake again was not said again');
      expect(heard.said).to.deep.equal([SHORT, SHORT]);
      expect(region.firstElementChild).to.not.equal(first);
      heard.stop();
      expect(page.win.__errors).to.deep.equal([]);
    });
  }
});
