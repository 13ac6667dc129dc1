import { expect, fixture, html } from '@open-wc/testing';
import '../src/agency-scoreboard.js';
import { apiSession, shadowText, until, nextEvent, q } from './support/helpers.js';
import {
  type Body,
  item,
  scoreboard,
  withData,
  settled,
  rows,
  names,
  ranks,
  headers,
  header,
  click,
  button,
  round5,
} from './support/agency-scoreboard.js';

describe('<egov-agency-scoreboard>', () => {
  it('shows the latest round as a table in Persian, right to left, with Persian digits', async () => {
    const s = apiSession();
    const el = await scoreboard({ base: s.base() });
    const load = nextEvent<Body>(el, 'egov-load');
    await settled(el);
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, 'caption')!.textContent!.trim()).to.equal('رتبه‌بندی دستگاه‌های اجرایی در دور ۵ ارزیابی (۱۰۵ دستگاه)');
    expect(rows(el).length).to.equal(105);
    const first = rows(el)[0]!;
    expect(first.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(first.querySelector('th')!.textContent!.trim()).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
    expect(first.querySelector('.rank')!.textContent!.trim()).to.equal('۱');
    expect(first.textContent).to.contain('۹۳٫۱۵٪');
    expect(names(el)[1]).to.equal('سازمان سرمایه‌گذاری و کمک‌های اقتصادی و فنی ایران');
    // Columns: rank, agency, overall, five axes with their gauge labels, change.
    expect(headers(el).map((th) => th.textContent!.replace(/[▲▼⇅]/g, '').trim())).to.deep.equal([
      'رتبه',
      'دستگاه',
      'امتیاز کل',
      'پرتال خدمات',
      'حضور وب',
      'تعاملی',
      'تراکنشی',
      'یکپارچگی',
      'تغییر از دور قبل',
    ]);
    const detail = (await load).detail;
    expect(detail.items.length).to.equal(105);
    expect(await s.stats()).to.deep.include({ total: 1 });
    expect((await s.stats()).byPath).to.have.property('/evaluations/latest/agencies');
  });

  it('shows English, left to right, with Latin digits', async () => {
    const el = await settled(await scoreboard({ lang: 'en', round: '5' }));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(q(el, 'caption')!.textContent!.trim()).to.equal('Agencies ranked in evaluation round 5 (105 agencies)');
    expect(rows(el)[0]!.textContent).to.contain('93.15%');
    expect(shadowText(el)).to.contain('20 agencies under 40 percent');
    expect(header(el, 'Web presence')).to.exist;
    expect(shadowText(el)).to.not.match(/[۰-۹]/);
  });

  it('follows a change of language: words, digits, direction and name order', async () => {
    const data = { round: 5, items: [item('a', 'Zagros Bank', 50), item('b', 'بانک', 60), item('c', 'Alborz Insurance', 70)] };
    const el = await settled(await withData(data, 'fa', { sort: 'agency' }));
    // Persian collation puts Persian script first; English puts Latin first.
    expect(names(el)).to.deep.equal(['بانک', 'Alborz Insurance', 'Zagros Bank']);
    expect(rows(el)[1]!.textContent).to.contain('۷۰٪');
    el.setAttribute('lang', 'en');
    await until(() => shadowText(el).includes('Rank'));
    await el.updateComplete;
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(names(el)).to.deep.equal(['Alborz Insurance', 'Zagros Bank', 'بانک']);
    expect(rows(el)[0]!.textContent).to.contain('70%');
  });

  it('gives tied agencies the same rank and skips the next (4, 4, 6)', async () => {
    const el = await settled(await scoreboard({ round: '5' }));
    const n = names(el);
    const r = ranks(el);
    expect(r.slice(0, 7)).to.deep.equal(['۱', '۲', '۳', '۴', '۴', '۶', '۷']);
    // The tie is broken by name (Persian order): تأمین before ثبت.
    expect(n.slice(3, 5)).to.deep.equal(['سازمان تأمین اجتماعی', 'سازمان ثبت اسناد و املاک کشور']);
    // The two other ties in the round.
    expect(r.filter((x) => x === '۵۷').length).to.equal(2);
    expect(r.filter((x) => x === '۸۲').length).to.equal(2);
    expect(r).to.not.include('۵۸');
  });

  it('marks agencies under the threshold in words and with an icon, and counts them', async () => {
    const data = await round5();
    const el = await settled(await scoreboard({ round: '5' }));
    const summary = q(el, '[part="summary"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ ۲۰ دستگاه زیر ۴۰ درصد');
    const flagged = rows(el).filter((r) => r.querySelector('[part="below-threshold"]'));
    expect(flagged.length).to.equal(20);
    const mark = flagged[0]!.querySelector('[part="below-threshold"]')!;
    expect(mark.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ زیر آستانه');
    expect(mark.querySelector('[aria-hidden="true"]')!.textContent).to.equal('⚠');
    // Exactly the rows under 40.
    const under = new Set(data.items.filter((i) => i.score < 40).map((i) => i.agency.name));
    expect(new Set(flagged.map((r) => r.querySelector('th')!.textContent!.trim()))).to.deep.equal(under);

    el.threshold = 50;
    await el.updateComplete;
    const n50 = data.items.filter((i) => i.score < 50).length;
    expect(q(el, '[part="summary"]')!.textContent).to.contain(`دستگاه زیر ۵۰ درصد`);
    expect(q(el, '[part="summary"]')!.textContent).to.contain(new Intl.NumberFormat('fa-IR').format(n50));
    expect(rows(el).filter((r) => r.querySelector('[part="below-threshold"]')).length).to.equal(n50);

    el.threshold = 10;
    await el.updateComplete;
    expect(q(el, '[part="summary"]')!.textContent!.trim()).to.equal('هیچ دستگاهی زیر ۱۰ درصد نیست');
  });

  it('says when every agency is under the threshold', async () => {
    const data = { round: 5, items: [item('a', 'الف', 12), item('b', 'ب', 30.5), item('c', 'پ', 39.99)] };
    const el = await settled(await withData(data, 'en'));
    expect(shadowText(el)).to.contain('3 agencies under 40 percent');
    expect(rows(el).every((r) => r.querySelector('[part="below-threshold"]'))).to.equal(true);
    expect(rows(el).every((r) => r.getAttribute('part')!.includes('row-below'))).to.equal(true);
  });

  it('keeps the rank and agency columns in place while the table scrolls inline at 320px', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:320px">
      <egov-agency-scoreboard round="5" lang="fa"></egov-agency-scoreboard>
    </div>`);
    const el = await settled(wrap.querySelector('egov-agency-scoreboard')!);
    const scroller = q(el, '[part="table-wrapper"]')!;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    const agency = rows(el)[0]!.querySelector('th')!;
    const cs = getComputedStyle(agency);
    expect(cs.position).to.equal('sticky');
    expect(getComputedStyle(rows(el)[0]!.querySelector('.rank')!).position).to.equal('sticky');
    // Scrolling inline (toward the end, which is left in RTL) leaves the agency column where it was.
    const before = agency.getBoundingClientRect().right;
    scroller.scrollLeft = -200;
    expect(scroller.scrollLeft).to.be.lessThan(0);
    expect(agency.getBoundingClientRect().right).to.equal(before);
    // Nothing outside the table box is wider than the element.
    for (const part of ['toolbar', 'summary', 'table-wrapper']) {
      expect(q(el, `[part="${part}"]`)!.getBoundingClientRect().width, part).to.be.at.most(320);
    }
  });

  it('has a sensible width in a flex row, an auto grid column and an inline-block (no collapse to 0)', async () => {
    const data = { round: 5, items: [item('a', 'سازمان نمونه', 50)] };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fa" style="inline-size:600px">
      <div style="display:flex"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard><span>کنار</span></div>
      <div style="display:grid;grid-template-columns:auto 1fr"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard><span>کنار</span></div>
      <div style="display:inline-block"><egov-agency-scoreboard .scores=${data}></egov-agency-scoreboard></div>
    </div>`);
    const els = [...wrap.querySelectorAll('egov-agency-scoreboard')];
    await Promise.all(els.map((e) => settled(e)));
    for (const e of els) {
      const w = e.getBoundingClientRect().width;
      expect(w).to.be.greaterThan(250);
      expect(w).to.be.at.most(Math.min(768, innerWidth));
    }
    // In the flex row it shrinks to leave room for its neighbour.
    expect(els[0]!.getBoundingClientRect().width).to.be.lessThan(600);
  });

  it('renders given data without fetching and fires egov-load', async () => {
    const data = {
      round: 3,
      axes: [{ key: 'e-readiness', label: 'آمادگی الکترونیکی' }],
      items: [item('a', 'الف', 70, { axes: { 'e-readiness': 66 } })],
    };
    const el = document.createElement('egov-agency-scoreboard');
    el.scores = data;
    const load = nextEvent(el, 'egov-load');
    const s = apiSession();
    el.apiBase = s.base();
    await fixture(html`<div lang="fa">${el}</div>`);
    await load;
    await settled(el);
    expect(names(el)).to.deep.equal(['الف']);
    expect(header(el, 'آمادگی الکترونیکی')).to.exist;
    expect(shadowText(el)).to.contain('جدید'); // no previousScore
    expect((await s.stats()).total).to.equal(0);
  });

  it('renders agency names as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwnedScoreboard=1">';
    const el = await settled(await withData({ round: 5, items: [item('x', evil, 50)] }));
    expect(names(el)).to.deep.equal([evil]);
    expect(q(el, 'img')).to.equal(null);
    expect((window as { __pwnedScoreboard?: number }).__pwnedScoreboard).to.equal(undefined);
  });

  it('shows an empty round in words', async () => {
    const el = await settled(await withData({ round: 5, axes: [], items: [] }));
    expect(q(el, '[part="empty"]')!.textContent).to.contain('در این دور هیچ دستگاهی ارزیابی نشده است.');
    const en = await settled(await withData({ round: 5, items: [] }, 'en'));
    expect(shadowText(en)).to.contain('No agency was evaluated in this round.');
  });

  it('shows invalid property data as bad data, naming the path', async () => {
    const errors: { kind: string; path: string }[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('egov-error', listen);
    const el = await settled(await withData({ round: 5, items: [{ agency: { id: 'a', name: 'الف' }, score: 'high' }] }));
    document.removeEventListener('egov-error', listen);
    expect(errors).to.deep.equal([{ kind: 'invalid', path: 'items[0].score' }]);
    expect(q(el, '[part="error"]')!.dataset.kind).to.equal('invalid');
    expect(shadowText(el)).to.contain('داده‌ها نادرست است');
    expect(shadowText(el)).to.contain('items[0].score');
    expect(q(el, '[part="retry-button"]'), 'no retry for given data').to.equal(null);
    const nan = await settled(await withData({ round: 5, items: [item('a', 'الف', Number.NaN)] }, 'en'));
    expect(shadowText(nan)).to.contain('The data is not valid');
    const shape = await settled(await withData([1, 2, 3]));
    expect(q(shape, '[part="error"]')!.dataset.kind).to.equal('invalid');
  });

  it('is accessible in Persian and in English (table and chart)', async () => {
    const fa = await settled(await scoreboard({ round: '5', limit: 10 }));
    await expect(fa).to.be.accessible();
    const en = await settled(await scoreboard({ round: '5', limit: 10, lang: 'en' }));
    await expect(en).to.be.accessible();
    await click(en, button(en, 'Chart'));
    await until(() => q(en, '.chart-note') && !shadowText(en).includes('Loading the chart'));
    await expect(en).to.be.accessible();
  });
});
