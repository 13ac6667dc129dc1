import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/maturity-gauge.js';
import type { EgovMaturityGauge } from '../src/maturity-gauge.js';
import { apiSession, shadowText, nextEvent, q } from './support/helpers.js';
import { viewport } from './support/engine.js';
import { settled, meter, axisRows, evaluation } from './support/maturity-gauge.js';

describe('<egov-maturity-gauge>', () => {
  describe('property mode', () => {
    it('`value` alone draws a bare gauge without fetching', async () => {
      const s = apiSession();
      const el = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge api-base=${s.base()} value="47.5" lang="fa"></egov-maturity-gauge>`,
      );
      await settled(el);
      expect(q(el, '[part="value"]')!.textContent).to.equal('۴۷٫۵٪');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('47.5');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('۴۷٫۵ درصد');
      expect(q(el, '[part="title"]')).to.equal(null);
      expect(q(el, '[part="axes"]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect((await s.stats()).total).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('`.evaluation` renders without fetching and fires egov-load', async () => {
      const s = apiSession();
      const el = document.createElement('egov-maturity-gauge');
      el.apiBase = s.base();
      el.evaluation = evaluation({ agency: { id: 'x', name: 'سازمان نمونه' }, rank: 3 });
      const loaded = nextEvent<{ score: number }>(el, 'egov-load');
      document.body.append(el);
      try {
        expect((await loaded).detail.score).to.equal(62.8);
        await el.updateComplete;
        expect(q(el, '[part="title"]')!.textContent).to.equal('سازمان نمونه');
        expect(q(el, '[part="meta"]')!.textContent).to.contain('رتبه ۳ از ۱۰۵ دستگاه');
        expect(axisRows(el)).to.have.length(3);
        expect((await s.stats()).total).to.equal(0);
      } finally {
        el.remove();
      }
    });

    it('draws 3 or 8 axes, each its own labelled meter', async () => {
      const keys = ['portal', 'web-presence', 'interactive', 'transactional', 'integration', 'participation', 'x-open-data', 'x-ai'];
      const axes = keys.map((key, i) => ({ key, score: 10 + i * 11, label: key.startsWith('x-') ? `محور ${i}` : undefined }));
      const el = await fixture<EgovMaturityGauge>(html`<egov-maturity-gauge .evaluation=${evaluation({ axes })}></egov-maturity-gauge>`);
      const rows = axisRows(el);
      expect(rows).to.have.length(8);
      expect(rows[6]).to.deep.equal({ label: 'محور 6', now: '76', text: '۷۶ درصد' });
      expect(rows[7]!.label).to.equal('محور 7');
      await expect(el).to.be.accessible();
    });

    const invalid: [string, unknown][] = [
      ['a score over 100', evaluation({ score: 101 })],
      ['a negative axis score', evaluation({ axes: [{ key: 'portal', score: -1 }] })],
      ['a score as text', evaluation({ score: '62.8' })],
      ['a NaN axis score', evaluation({ axes: [{ key: 'portal', score: NaN }] })],
      ['an infinite history score', evaluation({ history: [{ round: 4, score: Infinity }] })],
      ['a list instead of an object', [1, 2]],
    ];
    for (const [what, data] of invalid) {
      it(`${what} → the invalid state, not a drawing`, async () => {
        const el = document.createElement('egov-maturity-gauge');
        el.evaluation = data;
        const err = nextEvent<{ kind: string }>(el, 'egov-error');
        document.body.append(el);
        try {
          expect((await err).detail.kind).to.equal('invalid');
          await el.updateComplete;
          expect(q(el, '[part="error"]')!.dataset['kind']).to.equal('invalid');
          expect(shadowText(el)).to.contain('داده‌ها نادرست است');
          expect(q(el, 'svg')).to.equal(null);
          // Given data cannot be fetched again: no retry button.
          expect(q(el, '[part="retry-button"]')).to.equal(null);
        } finally {
          el.remove();
        }
      });
    }

    it('a `value` outside 0–100 or not a number → the invalid state', async () => {
      for (const value of ['140', '-3', 'abc']) {
        const el = await fixture<EgovMaturityGauge>(html`<egov-maturity-gauge value=${value} lang="en"></egov-maturity-gauge>`);
        await settled(el);
        expect(q(el, '[part="error"]')!.dataset['kind'], value).to.equal('invalid');
        expect(shadowText(el)).to.contain('The data is not valid');
        expect(q(el, 'svg')).to.equal(null);
      }
    });

    it('shows the empty state when the round has no published score yet', async () => {
      const el = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge lang="fa" .evaluation=${evaluation({ score: null, axes: [], history: [] })}></egov-maturity-gauge>`,
      );
      await settled(el);
      expect(q(el, '[part="title"]')!.textContent).to.equal('میانگین ملی');
      expect(q(el, '[part="empty"]')!.textContent!.trim()).to.equal('امتیاز این دوره هنوز منتشر نشده است.');
      expect(q(el, '[role="meter"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps long names and labels inside a 320 px column', async () => {
      // Where the window cannot be that narrow (WebKitGTK, README "Browser support"), a 320 px column in a wider page.
      const narrow = await viewport(320, 800);
      try {
        const long = 'سازمان ملی توسعهٔ فناوری‌های نوین ارتباطی و اطلاعاتی و هماهنگی خدمات الکترونیکی استان‌های کشور';
        const wrap = await fixture<HTMLDivElement>(
          html`<div style=${narrow ? '' : 'inline-size: 320px'}><egov-maturity-gauge
            history
            .evaluation=${evaluation({
              agency: { id: 'x', name: long },
              axes: [{ key: 'x', label: 'یکپارچگی خدمات بین‌دستگاهی و تبادل داده با پنجرهٔ ملی خدمات دولت هوشمند', score: 12.5 }],
            })}
          ></egov-maturity-gauge></div>`,
        );
        const el = await settled(wrap.firstElementChild as EgovMaturityGauge);
        const root = q(el, '.root')!;
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        expect(q(el, '[part="title"]')!.textContent).to.equal(long);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
