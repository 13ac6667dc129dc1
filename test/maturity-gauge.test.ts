import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/maturity-gauge.js';
import type { EgovMaturityGauge, ScoreBand } from '../src/maturity-gauge.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import { reducedMotion, prefersReducedMotion, viewport } from './support/engine.js';
import { configure } from '../src/core/config.js';
import { loadChart } from '../src/charts/load.js';

// Count every module the page fetches (the default buffer of 250 could fill up).
performance.setResourceTimingBufferSize(100_000);
/** chart.js itself (the test server serves node_modules/chart.js as its own module) or our chart chunk. */
const chartRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => r.name)
    .filter((n) => /node_modules\/chart\.js\/|chart-parts|history-chart\.draw/.test(n));

const PERSIAN_DIGIT = /[۰-۹]/;

type Props = { base?: string; agency?: string; round?: string; lang?: string; history?: boolean };
const gauge = ({ base, agency, round, lang = 'fa', history = false }: Props = {}) =>
  fixture<EgovMaturityGauge>(
    html`<egov-maturity-gauge
      api-base=${base ?? ''}
      agency-id=${agency ?? ''}
      round=${round ?? 'latest'}
      lang=${lang}
      ?history=${history}
    ></egov-maturity-gauge>`,
  );

const settled = async (el: EgovMaturityGauge) => {
  await until(() => q(el, '[part="gauge"]') || q(el, '[part="error"]') || q(el, '[part="not-found"]') || q(el, '[part="empty"]'));
  await el.updateComplete;
  return el;
};

const meter = (el: Element) => q(el, '[part="gauge"]')!;
const axisRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="axis"]')].map((li) => {
    const bar = li.querySelector('[role="meter"]')!;
    const label = el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)!;
    return { label: label.textContent!.trim(), now: bar.getAttribute('aria-valuenow'), text: bar.getAttribute('aria-valuetext') };
  });

/** An evaluation as the API returns it, to give as a property. */
const evaluation = (extra: Record<string, unknown> = {}) => ({
  round: 5,
  agencyCount: 105,
  serviceCount: 2200,
  score: 62.8,
  axes: [
    { key: 'portal', score: 84 },
    { key: 'web-presence', score: 66.9 },
    { key: 'interactive', score: 70.44 },
  ],
  history: [
    { round: 4, score: 58.6 },
    { round: 5, score: 62.8 },
  ],
  ...extra,
});

describe('<egov-maturity-gauge>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('history chart (loaded only when shown)', () => {
    // First in the file: chart.js must not have been loaded by any earlier test.
    it('does not request chart.js until the reader opens the history, then draws it beside a table', async () => {
      const el = await settled(await gauge({ base: apiSession().base() }));
      const details = q<HTMLDetailsElement>(el, 'details[part="history"]')!;
      expect(details.open).to.equal(false);
      expect(q(el, 'canvas')).to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(chartRequests(), 'chart.js requested before the history was shown').to.deep.equal([]);

      q<HTMLElement>(el, '[part="history-toggle"]')!.click();
      await until(() => q(el, 'canvas'));
      await until(() => chartRequests().some((n) => /node_modules\/chart\.js\//.test(n)), 'chart.js was not requested');
      const Chart = await loadChart();
      await until(() => Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      await el.updateComplete;
      // The table carries the same figures for screen readers (the canvas is hidden from them).
      expect(q(el, 'canvas')!.getAttribute('aria-hidden')).to.equal('true');
      const rows = [...el.shadowRoot!.querySelectorAll('[part="history-table"] tbody tr')].map((tr) =>
        tr.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(rows).to.deep.equal(['۱ ۴۱٫۳٪', '۲ ۴۷٫۸۵٪', '۳ ۵۳٫۶٪', '۴ ۵۸٫۴۲٪', '۵ ۶۲٫۸٪']);
      expect(q(el, '[part="history-table"] caption')!.textContent!.trim()).to.equal('امتیاز در هر دوره');
    });

    it('`history` shows the chart at once, without a disclosure; the chart follows RTL', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), agency: 'ems', history: true }));
      expect(q(el, 'details')).to.equal(null);
      expect(q(el, 'section[part="history"] .subheading')!.textContent).to.equal('روند امتیاز در دوره‌ها');
      const Chart = await loadChart();
      await until(() => Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      const chart = Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!)!;
      expect(chart.data.labels).to.deep.equal(['۴', '۵']);
      expect(chart.options.scales!['x']!.reverse).to.equal(true);
      expect((chart.options.scales!['y'] as { position: string }).position).to.equal('right');
    });

    it('reserves the chart block size, so nothing moves when chart.js arrives', async () => {
      const el = await settled(await gauge({ base: apiSession().base('delay-0'), history: true }));
      const area = q(el, '[part="chart"]')!;
      const before = { area: area.getBoundingClientRect().height, host: el.getBoundingClientRect().height };
      expect(before.area).to.be.greaterThan(100);
      const Chart = await loadChart();
      await until(() => Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(area.getBoundingClientRect().height).to.equal(before.area);
      expect(el.getBoundingClientRect().height).to.equal(before.host);
    });

    it('does not animate under prefers-reduced-motion, and animates otherwise', async () => {
      const Chart = await loadChart();
      // Where the driver cannot emulate it (WebKitGTK, README "Browser support"), the chart follows the engine's own setting.
      const still = (await reducedMotion('reduce')) || prefersReducedMotion();
      const first = await settled(await gauge({ base: apiSession().base(), history: true }));
      await until(() => Chart.getChart(q<HTMLCanvasElement>(first, 'canvas')!));
      expect(Chart.getChart(q<HTMLCanvasElement>(first, 'canvas')!)!.options.animation === false).to.equal(still);
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await settled(await gauge({ base: apiSession().base(), history: true, lang: 'en' }));
      await until(() => Chart.getChart(q<HTMLCanvasElement>(moving, 'canvas')!));
      expect(Chart.getChart(q<HTMLCanvasElement>(moving, 'canvas')!)!.options.animation).to.not.equal(false);
    });

    it('destroys the chart when the element leaves the page, and draws it again when it comes back', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), history: true }));
      const Chart = await loadChart();
      const canvas = () => q<HTMLCanvasElement>(el, 'canvas')!;
      await until(() => Chart.getChart(canvas()));
      const parent = el.parentElement!;
      el.remove();
      expect(Chart.getChart(canvas())).to.equal(undefined);
      parent.append(el);
      await until(() => Chart.getChart(canvas()));
    });

    it('has Latin digits in the English table and chart', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), history: true, lang: 'en' }));
      const Chart = await loadChart();
      await until(() => Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      const chart = Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!)!;
      expect(chart.data.labels).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(chart.options.scales!['x']!.reverse).to.equal(false);
      expect(q(el, '[part="history-table"]')!.textContent).to.contain('62.8%');
      expect(q(el, '[part="history-table"]')!.textContent).to.not.match(PERSIAN_DIGIT);
    });

    it('offers no history when the data has none', async () => {
      const el = await fixture<EgovMaturityGauge>(
        html`<egov-maturity-gauge .evaluation=${evaluation({ history: [] })}></egov-maturity-gauge>`,
      );
      await settled(el);
      expect(q(el, '[part="history"]')).to.equal(null);
    });
  });

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

  describe('loading, not found and faults', () => {
    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await gauge({ base: apiSession().base('delay-400') });
      expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
      expect(q(el, '[part="loading"]')).to.exist;
      await settled(el);
      expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
    });

    it('an agency not evaluated in the round → not found, in words', async () => {
      const el = await settled(await gauge({ base: apiSession().base(), agency: 'no-such-agency' }));
      expect(q(el, '[part="not-found"]')!.textContent!.trim()).to.equal('ارزیابی این دستگاه در این دوره یافت نشد.');
      await expect(el).to.be.accessible();
      const en = await settled(await gauge({ base: apiSession().base(), round: '99', lang: 'en' }));
      expect(q(en, '[part="not-found"]')!.textContent!.trim()).to.equal('This evaluation round was not found.');
      await expect(en).to.be.accessible();
    });

    // Every fault mode: its words, a retry button, and a retry that asks the server again
    // and shows the data once the server is well (the page's fetch drops the fault prefix
    // after the first failure: still real HTTP to the reference API).
    const faults: [fault: string, kind: string, fa: string, en: string][] = [
      ['500', 'http', 'سرور با خطا پاسخ داد', 'The server answered with an error'],
      ['503', 'http', 'سرور با خطا پاسخ داد', 'The server answered with an error'],
      ['timeout', 'timeout', 'پاسخ سرور دیر شد', 'The server took too long'],
      ['malformed', 'parse', 'پاسخ سرور خوانا نبود', "The server's answer could not be read"],
      ['html', 'parse', 'پاسخ سرور خوانا نبود', "The server's answer could not be read"],
      ['invalid', 'invalid', 'داده‌ها نادرست است', 'The data is not valid'],
      ['network', 'network', 'اتصال برقرار نشد', 'Could not connect'],
    ];
    for (const [fault, kind, fa, en] of faults) {
      it(`fault ${fault} → ${kind}: words in fa and en, and a retry that works`, async () => {
        const s = apiSession();
        let healed = false;
        configure({
          timeoutMs: 400,
          fetch: (input, init) => fetch(healed ? String(input).replace(`/_fault/${fault}`, '') : input, init),
        });
        const el = await gauge({ base: s.base(fault) });
        const err = await nextEvent<{ kind: string }>(el, 'egov-error');
        expect(err.detail.kind).to.equal(kind);
        expect(err.bubbles && err.composed).to.equal(true);
        await el.updateComplete;
        expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(shadowText(el)).to.contain(fa);
        await expect(el).to.be.accessible();
        el.setAttribute('lang', 'en');
        await until(() => shadowText(el).includes(en));
        await expect(el).to.be.accessible();

        const before = (await s.stats()).total;
        healed = true;
        q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
        await until(() => q(el, '[part="gauge"]'));
        expect(q(el, '[part="value"]')!.textContent).to.equal('62.8%');
        expect((await s.stats()).total).to.equal(before + 1);
      });
    }

    it('fault 404 → not found (no retry needed)', async () => {
      const el = await settled(await gauge({ base: apiSession().base('404') }));
      expect(q(el, '[part="not-found"]')!.textContent!.trim()).to.equal('این دورهٔ ارزیابی یافت نشد.');
    });

    it('fault flaky → one automatic retry, then the data', async () => {
      const s = apiSession();
      const el = await settled(await gauge({ base: s.base('flaky') }));
      expect(q(el, '[part="value"]')!.textContent).to.equal('۶۲٫۸٪');
      expect((await s.stats()).total).to.equal(2);
    });

    it('fault slow → stays loading, then shows the data', async () => {
      const el = await gauge({ base: apiSession().base('slow') });
      await new Promise((r) => setTimeout(r, 500));
      expect(q(el, '[part="loading"]')).to.exist;
      await until(() => q(el, '[part="gauge"]'), 'no data after slow', 6000);
    });

    it('fault slow-first → a late answer for an old round is never shown', async () => {
      const s = apiSession();
      const el = await gauge({ base: s.base('slow-first'), round: '3' });
      el.round = '5';
      await until(() => q(el, '[part="gauge"]'));
      await new Promise((r) => setTimeout(r, 1800));
      expect(q(el, '[part="meta"]')!.textContent).to.contain('دوره ۵');
    });
  });
});
