import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/maturity-gauge.js';
import type { EgovMaturityGauge } from '../src/maturity-gauge.js';
import { apiSession, until, q } from './support/helpers.js';
import { reducedMotion, prefersReducedMotion } from './support/engine.js';
import { loadChart } from '../src/charts/load.js';
import { PERSIAN_DIGIT, gauge, settled, evaluation } from './support/maturity-gauge.js';

// Count every module the page fetches (the default buffer of 250 could fill up).
performance.setResourceTimingBufferSize(100_000);
/** chart.js itself (the test server serves node_modules/chart.js as its own module) or our chart chunk. */
const chartRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => r.name)
    .filter((n) => /node_modules\/chart\.js\/|chart-parts|history-chart\.draw/.test(n));

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
        [...tr.children].map((cell) => cell.textContent!.trim()).join(' '),
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
});
