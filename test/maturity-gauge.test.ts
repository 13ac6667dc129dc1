import { expect, fixture, html } from '@open-wc/testing';
import '../src/maturity-gauge.js';
import type { EgovMaturityGauge, ScoreBand } from '../src/maturity-gauge.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';
import { PERSIAN_DIGIT, gauge, settled, meter, axisRows, evaluation } from './support/maturity-gauge.js';

describe('<egov-maturity-gauge>', () => {
  describe('national and agency modes', () => {
    it('shows the national summary in Persian: gauge, band, axes, change, title', async () => {
      const s = apiSession();
      const loaded = new Promise<CustomEvent<{ round: number }>>((resolve) =>
        document.addEventListener('egov-load', (e) => resolve(e as CustomEvent<{ round: number }>), { once: true }),
      );
      const el = await settled(await gauge({ base: s.base() }));
      expect((await loaded).detail.round).to.equal(5);
      expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      expect(q(el, '[part="title"]')!.textContent).to.equal('میانگین ملی');
      expect(q(el, '[part="meta"]')!.textContent).to.equal('دوره ۵، ۱۰۵ دستگاه، ۲٬۲۰۰ خدمت ارزیابی‌شده');
      expect(q(el, '[part="value"]')!.textContent).to.equal('۶۲٫۸٪');
      expect(q(el, '[part="band"]')!.textContent).to.equal('خوب');
      const m = meter(el);
      expect(m.getAttribute('role')).to.equal('meter');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuenow')).to.equal('62.8');
      expect(m.getAttribute('aria-valuetext')).to.equal('۶۲٫۸ درصد');
      expect(m.getAttribute('aria-label')).to.equal('امتیاز کل');
      expect(axisRows(el)).to.deep.equal([
        { label: 'پرتال خدمات', now: '84', text: '۸۴ درصد' },
        { label: 'حضور وب', now: '66.9', text: '۶۶٫۹ درصد' },
        { label: 'تعاملی', now: '70.44', text: '۷۰٫۴۴ درصد' },
        { label: 'تراکنشی', now: '70.22', text: '۷۰٫۲۲ درصد' },
        { label: 'یکپارچگی', now: '50.19', text: '۵۰٫۱۹ درصد' },
      ]);
      const change = q(el, '[part="change"]')!;
      expect(change.dataset['trend']).to.equal('up');
      expect(change.textContent).to.contain('۴٫۳۸ واحد افزایش نسبت به دوره ۴');
      expect(change.textContent).to.contain('+۴٫۳۸');
      expect(await s.stats()).to.deep.equal({ total: 1, byPath: { '/evaluations/latest/summary': 1 } });
      await expect(el).to.be.accessible();
    });

    it('shows the national summary in English with Latin digits, left to right', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), lang: 'en' }));
      expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
      expect(q(el, '[part="title"]')!.textContent).to.equal('National average');
      expect(q(el, '[part="meta"]')!.textContent).to.equal('Round 5 · 105 agencies · 2,200 services evaluated');
      expect(q(el, '[part="value"]')!.textContent).to.equal('62.8%');
      expect(q(el, '[part="band"]')!.textContent).to.equal('Good');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('62.8 percent');
      expect(meter(el).getAttribute('aria-label')).to.equal('Overall score');
      expect(axisRows(el).map((a) => a.label)).to.deep.equal([
        'Service portal',
        'Web presence',
        'Interactive',
        'Transactional',
        'Integration',
      ]);
      expect(axisRows(el)[0]!.text).to.equal('84 percent');
      expect(q(el, '[part="change"]')!.textContent).to.contain('Up 4.38 points since round 4');
      expect(shadowText(el)).to.not.match(PERSIAN_DIGIT);
      await expect(el).to.be.accessible();
    });

    it('shows one agency: its name, rank and count, from /evaluations/{round}/agencies/{id}', async () => {
      const s = apiSession();
      const el = await settled(await gauge({ base: s.base(), agency: 'ins-central' }));
      expect(q(el, '[part="title"]')!.textContent).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
      expect(q(el, '[part="title"] bdi')).to.exist;
      expect(q(el, '[part="meta"]')!.textContent).to.contain('دوره ۵، رتبه ۱ از ۱۰۵ دستگاه');
      expect(q(el, '[part="value"]')!.textContent).to.equal('۹۳٫۱۵٪');
      expect(q(el, '[part="band"]')!.textContent).to.equal('پیشرفته');
      expect(q(el, '[part="change"]')!.textContent).to.contain('۶٫۵۲ واحد افزایش نسبت به دوره ۴');
      expect((await s.stats()).byPath).to.deep.equal({ '/evaluations/latest/agencies/ins-central': 1 });
      await expect(el).to.be.accessible();
    });

    it('shows a weak agency (under 40) as «ضعیف», in words and not by colour alone', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), agency: 'ems' }));
      expect(q(el, '[part="value"]')!.textContent).to.equal('۱۸٫۲۹٪');
      const band = q(el, '[part="band"]')!;
      expect(band.textContent).to.equal('ضعیف');
      expect(band.dataset['tone']).to.equal('weak');
      expect(q(el, '[part="meta"]')!.textContent).to.contain('رتبه ۱۰۵ از ۱۰۵ دستگاه');
    });

    it('reads the round it is given and refetches when the agency changes', async () => {
      const s = apiSession();
      const el = await settled(await gauge({ base: s.base(), round: '4' }));
      expect(q(el, '[part="meta"]')!.textContent).to.contain('دوره ۴، ۹۸ دستگاه');
      expect(axisRows(el).map((a) => a.label)).to.include('مشارکت');
      el.agencyId = 'tax';
      await until(() => q(el, '[part="title"]')?.textContent !== 'میانگین ملی');
      expect((await s.stats()).byPath).to.deep.equal({ '/evaluations/4/summary': 1, '/evaluations/4/agencies/tax': 1 });
    });

    it('labels unknown axis keys with the API label, known keys with its own words (fa and en)', async () => {
      const fa = await settled(await gauge({ base: apiSession().base(), round: '2' }));
      expect(axisRows(fa).map((a) => a.label)).to.deep.equal(['آمادگی الکترونیکی', 'اطلاع‌رسانی', 'تعاملی', 'تراکنشی']);
      const en = await settled(await gauge({ base: apiSession().base(), round: '2', lang: 'en' }));
      expect(axisRows(en).map((a) => a.label)).to.deep.equal(['آمادگی الکترونیکی', 'اطلاع‌رسانی', 'Interactive', 'Transactional']);
      // An unknown key without a label shows the key itself.
      const bare = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge .evaluation=${evaluation({ axes: [{ key: 'open-data', score: 40 }] })}></egov-maturity-gauge>`,
      );
      expect(axisRows(bare).map((a) => a.label)).to.deep.equal(['open-data']);
    });

    it('says when there is no previous round to compare with, and says a fall and no change in words', async () => {
      const first = await settled(await gauge({ base: apiSession().base(), round: '1' }));
      expect(q(first, '[part="change"]')!.textContent).to.contain('دورهٔ پیشینی برای مقایسه نیست.');
      const down = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge lang="fa" .evaluation=${evaluation({
          history: [
            { round: 3, score: 70 },
            { round: 4, score: 66.3 },
          ],
        })}></egov-maturity-gauge>`,
      );
      expect(q(down, '[part="change"]')!.dataset['trend']).to.equal('down');
      expect(q(down, '[part="change"]')!.textContent).to.contain('۳٫۵ واحد کاهش نسبت به دوره ۴');
      const same = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge lang="en" .evaluation=${evaluation({ history: [{ round: 4, score: 62.8 }] })}></egov-maturity-gauge>`,
      );
      await settled(same);
      expect(q(same, '[part="change"]')!.textContent).to.contain('No change since round 4');
    });

    it('follows a change of lang on the page', async () => {
      const el = await settled(await gauge({ base: apiSession().base() }));
      el.setAttribute('lang', 'en');
      await until(() => q(el, '[part="title"]')!.textContent === 'National average');
      expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
      expect(q(el, '[part="value"]')!.textContent).to.equal('62.8%');
    });
  });

  describe('bands', () => {
    const bandFor = async (value: number, lang = 'fa') => {
      const el = await fixture<EgovMaturityGauge>(html`<egov-maturity-gauge value=${value} lang=${lang}></egov-maturity-gauge>`);
      await settled(el);
      return q(el, '[part="band"]')!.textContent;
    };

    it('defaults: under 40 weak, 40–60 developing, 60–80 good, 80 and over advanced', async () => {
      expect(await bandFor(0)).to.equal('ضعیف');
      expect(await bandFor(39.99)).to.equal('ضعیف');
      expect(await bandFor(40)).to.equal('در حال توسعه');
      expect(await bandFor(59.99)).to.equal('در حال توسعه');
      expect(await bandFor(60)).to.equal('خوب');
      expect(await bandFor(80)).to.equal('پیشرفته');
      expect(await bandFor(100)).to.equal('پیشرفته');
      expect(await bandFor(50, 'en')).to.equal('Developing');
    });

    it('can be overridden with the `bands` property', async () => {
      const bands: ScoreBand[] = [
        { min: 0, label: 'نیازمند اقدام', tone: 'weak' },
        { min: 70, label: 'قابل قبول', tone: 'good' },
      ];
      const el = await fixture<EgovMaturityGauge>(html`<egov-maturity-gauge value="65" .bands=${bands}></egov-maturity-gauge>`);
      await settled(el);
      expect(q(el, '[part="band"]')!.textContent).to.equal('نیازمند اقدام');
      el.value = 70;
      await el.updateComplete;
      expect(q(el, '[part="band"]')!.textContent).to.equal('قابل قبول');
    });
  });
});
