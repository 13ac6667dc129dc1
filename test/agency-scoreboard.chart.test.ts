// Resource timing keeps 250 entries unless told otherwise: keep them all, so "chart.js was
// not requested" is not true merely because the buffer was full.
performance.setResourceTimingBufferSize(100_000);

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/agency-scoreboard.js';
import type { EgovAgencyScoreboard } from '../src/agency-scoreboard.js';
import { until, q } from './support/helpers.js';
import { reducedMotion, prefersReducedMotion } from './support/engine.js';
import { shortLabel } from '../src/agency-scoreboard/bar-chart.js';
import { scoreboard, settled, rows, click, button, round5, chartRequested } from './support/agency-scoreboard.js';

describe('<egov-agency-scoreboard>: chart', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('does not request chart.js until the chart view, then draws a horizontal RTL bar chart', async () => {
    const el = await settled(await scoreboard({ round: '5', limit: 12 }));
    expect(performance.getEntriesByType('resource').length).to.be.greaterThan(10);
    expect(chartRequested(), 'chart.js requested before the chart view').to.equal(false);
    expect(q(el, 'canvas')).to.equal(null);
    const toChart = button(el, 'نمودار');
    expect(toChart.getAttribute('aria-pressed')).to.equal('false');
    await click(el, toChart);
    expect(el.getAttribute('view')).to.equal('chart');
    expect(button(el, 'نمودار').getAttribute('aria-pressed')).to.equal('true');
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    // The text alternative names the top values: the three highest scores with their agencies.
    expect(canvas.getAttribute('aria-label')).to.equal(
      'نمودار میله‌ای امتیاز کل ۱۲ دستگاه؛ بالاترین امتیازها: بیمه مرکزی جمهوری اسلامی ایران ۹۳٫۱۵٪، ' +
        `${(await round5()).items[1]!.agency.name.replace(/ي/g, 'ی').replace(/ك/g, 'ک')} ۹۱٫۴٪، ` +
        `${(await round5()).items[2]!.agency.name.replace(/ي/g, 'ی').replace(/ك/g, 'ک')} ۸۹٫۷۲٪`,
    );
    const { Chart } = await import('chart.js');
    await until(() => Chart.getChart(canvas));
    expect(chartRequested()).to.equal(true);
    const chart = Chart.getChart(canvas)!;
    expect(chart.options.indexAxis).to.equal('y');
    expect((chart.options.scales!.x as { reverse?: boolean }).reverse).to.equal(true);
    expect((chart.options.scales!.y as { position?: string }).position).to.equal('right');
    expect(chart.options.plugins!.tooltip!.rtl).to.equal(true);
    expect(chart.data.datasets[0]!.data).to.deep.equal([
      93.15,
      91.4,
      89.72,
      88.5,
      88.5,
      87.06,
      85.9,
      84.33,
      83.1,
      82.47,
      (await round5()).items[10]!.score,
      (await round5()).items[11]!.score,
    ]);
    // The table is one click away and comes back as it was.
    await click(el, button(el, 'جدول'));
    expect(q(el, 'canvas')).to.equal(null);
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(rows(el).length).to.equal(12);
  });

  it('shortens chart labels between words, the ellipsis at the end of the name in its own direction', () => {
    const rtlEnd = '…\u200f';
    const ltrEnd = '…\u200e';
    expect(shortLabel('سازمان فناوری اطلاعات ایران', 30)).to.equal('سازمان فناوری اطلاعات ایران');
    expect(shortLabel('بیمه مرکزی جمهوری اسلامی ایران', 20)).to.equal(`بیمه مرکزی جمهوری${rtlEnd}`);
    expect(shortLabel('⚠ بیمه مرکزی جمهوری اسلامی ایران', 13)).to.equal(`⚠ بیمه مرکزی${rtlEnd}`);
    expect(shortLabel('Central Insurance of Iran', 20)).to.equal(`Central Insurance${ltrEnd}`);
    expect(shortLabel('سازمان ثبت اسناد و املاک کشور', 20)).to.equal(`سازمان ثبت اسناد${rtlEnd}`);
    // One word longer than the room: that word is cut (nothing else fits).
    expect(shortLabel('سازمان‌فناوری‌اطلاعات‌ایران', 10)).to.equal(`سازمان‌فن${rtlEnd}`);
  });

  it('at 320 px every chart label is the name, or its first whole words and an ellipsis (fa and en)', async () => {
    for (const lang of ['fa', 'en']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:320px">
        <egov-agency-scoreboard round="5" lang=${lang} view="chart" limit="10"></egov-agency-scoreboard>
      </div>`);
      const el = wrap.firstElementChild as EgovAgencyScoreboard;
      const { Chart } = await import('chart.js');
      await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
      const chart = Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!)!;
      const full = chart.data.labels as string[];
      const shown = chart.scales.y!.ticks.map((t) => String(t.label));
      expect(shown.filter((l, i) => l !== full[i]).length, 'some names are shortened at 320 px').to.be.greaterThan(3);
      shown.forEach((l, i) => {
        if (l === full[i]) return;
        expect(l).to.match(/…[\u200e\u200f]$/);
        const kept = l.slice(0, -2);
        expect(full[i]!.startsWith(kept), l).to.equal(true);
        expect(full[i]![kept.length], `${l}: cut inside a word`).to.equal(' ');
      });
    }
  });

  it('keeps LTR charts unreversed, skips animation under reduced motion and frees the chart on disconnect', async () => {
    // Where the driver cannot emulate it (WebKitGTK, README "Browser support"), the chart follows the engine's own setting.
    const still = (await reducedMotion('reduce')) || prefersReducedMotion();
    const el = await scoreboard({ round: '5', lang: 'en', view: 'chart', limit: 5 });
    const { Chart } = await import('chart.js');
    await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const chart = Chart.getChart(canvas)!;
    expect((chart.options.scales!.x as { reverse?: boolean }).reverse).to.equal(false);
    expect((chart.options.scales!.y as { position?: string }).position).to.equal('left');
    expect(chart.options.animation === false).to.equal(still);
    expect(chart.options.locale).to.equal('en-US');
    const parent = el.parentElement!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    parent.append(el);
    await until(() => q(el, 'canvas') && Chart.getChart(q<HTMLCanvasElement>(el, 'canvas')!));
  });
});
