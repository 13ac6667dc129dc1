/**
 * Language of parts (WCAG 3.1.2): API text is read with its own language's voice. In en,
 * every piece of Persian text a widget shows resolves to `lang="fa"` (the nearest `lang`,
 * across shadow roots, is what the accessibility tree gives a screen reader); in fa, API
 * text in Latin letters resolves to `lang="en"`. Real elements, real HTTP.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EgovInquiryTracker } from '../src/inquiry-tracker.js';
import { apiSession, until, q } from './support/helpers.js';
import { loadLocale } from '../src/core/locale.js';
import { INQUIRY_CODES } from '../dev/api/data/inquiry-codes.mjs';

before(() => loadLocale('en'));

const ARABIC = /[\u0600-\u06ff]/;

/** The language a text node is read in: the nearest `lang` up the tree, across shadow roots. */
function langOfNode(node: Node): string | undefined {
  for (let n: Node | null = node.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  }
  return undefined;
}

/** Each visible text node of a widget's shadow root (nested widgets' too), with its language. */
function texts(root: Element): { text: string; lang: string | undefined }[] {
  const out: { text: string; lang: string | undefined }[] = [];
  const walk = (sr: ShadowRoot) => {
    const it = document.createTreeWalker(sr, NodeFilter.SHOW_TEXT);
    for (let n = it.nextNode(); n; n = it.nextNode()) {
      const text = n.textContent!.trim();
      const parent = n.parentElement;
      if (text && parent && !parent.closest('style')) out.push({ text, lang: langOfNode(n) });
    }
    for (const el of sr.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root.shadowRoot!);
  return out;
}

const persianNotFa = (el: Element) => texts(el).filter((t) => ARABIC.test(t.text) && t.lang !== 'fa');

describe('language of parts', () => {
  it('en: the card\'s Persian title, agency, description, documents and legal basis are lang="fa"', async () => {
    const s = apiSession();
    const el = await fixture(html`<egov-service-card lang="en" api-base=${s.base()} service-id="13061408000"></egov-service-card>`);
    await until(() => q(el, '[part="title"]'));
    const title = q(el, '[part="title"]')!;
    expect(title.getAttribute('lang')).to.equal('fa');
    expect(ARABIC.test(title.textContent!)).to.equal(true);
    expect(texts(el).filter((t) => ARABIC.test(t.text)).length).to.be.greaterThan(3);
    expect(persianNotFa(el)).to.deep.equal([]);
    // The English labels stay English.
    expect(langOfNode(q(el, 'dt')!.firstChild!)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it("en: the list's cards, the scoreboard's names, the gauge's agency and the tracker's subject, agencies and notes are lang=\"fa\"", async () => {
    const s = apiSession();
    const wrap = await fixture(html`<div>
      <egov-service-list lang="en" api-base=${s.base()} page-size="5"></egov-service-list>
      <egov-agency-scoreboard lang="en" api-base=${s.base()} round="5" limit="5"></egov-agency-scoreboard>
      <egov-maturity-gauge lang="en" api-base=${s.base()} agency-id="ins-central"></egov-maturity-gauge>
      <egov-inquiry-tracker lang="en" api-base=${s.base()} tracking-code=${INQUIRY_CODES.longHistory}></egov-inquiry-tracker>
    </div>`);
    const [list, board, gauge, tracker] = [...wrap.children] as HTMLElement[];
    await until(
      () =>
        list!.shadowRoot!.querySelectorAll('egov-service-card').length === 5 &&
        [...list!.shadowRoot!.querySelectorAll('egov-service-card')].every((c) => q(c, '[part="title"]')),
    );
    await until(() => board!.shadowRoot!.querySelector('tbody tr'));
    await until(() => q(gauge!, '[part="title"]'));
    await until(() => q(tracker!, '[part="inquiry"]'));
    for (const el of [list!, board!, gauge!, tracker!]) {
      expect(
        texts(el).some((t) => ARABIC.test(t.text)),
        el.localName,
      ).to.equal(true);
      expect(persianNotFa(el), el.localName).to.deep.equal([]);
    }
    expect(q(tracker!, '[part="subject"]')!.getAttribute('lang')).to.equal('fa');
  });

  it('fa: a name in Latin letters is lang="en" dir="ltr"; Persian text inherits fa (no extra marks)', async () => {
    const data = {
      round: 5,
      items: [
        { agency: { id: 'a', name: 'Alborz Insurance' }, score: 80, axes: {} },
        { agency: { id: 'b', name: 'بانک ملی' }, score: 70, axes: {} },
      ],
    };
    const el = await fixture(html`<egov-agency-scoreboard lang="fa" .scores=${data}></egov-agency-scoreboard>`);
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 2);
    const names = [...el.shadowRoot!.querySelectorAll('tbody th bdi')];
    expect(names.map((b) => b.getAttribute('lang'))).to.deep.equal(['en', null]);
    const latin = texts(el).find((t) => t.text === 'Alborz Insurance')!;
    expect(latin.lang).to.equal('en');
    expect(
      texts(el)
        .filter((t) => t.lang !== 'fa')
        .map((t) => t.text),
    ).to.deep.equal(['Alborz Insurance']);
  });

  it('a tracker subject in en keeps lang="fa" in its announcement too', async () => {
    const s = apiSession();
    const el = await fixture<EgovInquiryTracker>(html`<egov-inquiry-tracker lang="en" api-base=${s.base()}></egov-inquiry-tracker>`);
    q<HTMLInputElement>(el, 'input')!.value = INQUIRY_CODES.answered;
    q<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await until(() => q(el, '.announcer [lang="fa"]'));
    expect(persianNotFa(el)).to.deep.equal([]);
  });
});
