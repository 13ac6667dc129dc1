/**
 * Re-sorting 167 agencies (the size of the later evaluation rounds) by name, from the
 * rank order. The element sorts with its collator and writes each agency's cells into the
 * row now in its place (rows by position); the baseline is the same table (same markup, same stylesheets, in a
 * shadow root) built with plain DOM, sorted with the same function and re-ordered by
 * moving its existing `<tr>` nodes with appendChild. Both end with the header's
 * aria-sort updated; the runner then forces layout, which is part of the cost.
 */
import type { BenchCase } from './types.js';
// A value import, not a bare one: package.json's "sideEffects" names only dist/, so a
// production build of bench/ would drop a bare `import '../src/agency-scoreboard.js'`.
import { EgovAgencyScoreboard } from '../src/agency-scoreboard.js';
import { sampleScores, SAMPLE_AXES } from '../stories/fixtures/sample.js';
import { rankItems, sortRows, type RankedRow } from '../src/agency-scoreboard/ranking.js';
import { baseStyles } from '../src/ui/styles.js';
import { styles } from '../src/agency-scoreboard/agency-scoreboard.styles.js';
import { formatNumber } from '../src/format/numbers.js';
import { formatScore, formatSigned } from '../src/format/scores.js';

const data = sampleScores(167);
const HEAD = ['رتبه', 'دستگاه', 'امتیاز کل', 'پرتال خدمات', 'حضور وب', 'تعاملی', 'تراکنشی', 'یکپارچگی', 'تغییر از دور قبل'];

let el: EgovAgencyScoreboard | undefined;
let plain: { tbody: HTMLElement; rows: Map<string, HTMLTableRowElement>; ranked: RankedRow[]; th: HTMLElement[] } | undefined;

const node = (tag: string, cls?: string, text?: string): HTMLElement => {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
};

function buildPlain(root: HTMLElement): void {
  const host = node('div');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [baseStyles.styleSheet!, styles.styleSheet!];
  const wrap = node('div', 'root');
  wrap.setAttribute('dir', 'rtl');
  const scroll = node('div', 'scroll');
  const table = node('table');
  table.append(node('caption', undefined, 'رتبه‌بندی دستگاه‌های اجرایی در دور ۷ ارزیابی (۱۶۷ دستگاه)'));
  const thead = node('thead');
  const hr = node('tr');
  const th = HEAD.map((label, i) => {
    const cell = node('th', i === 0 ? 'rank' : i === 1 ? 'agency' : 'num');
    cell.setAttribute('scope', 'col');
    const b = node('button');
    b.setAttribute('type', 'button');
    b.append(node('span', undefined, label), node('span', 'sort-icon', i === 0 ? '▲' : '⇅'));
    cell.append(b);
    hr.append(cell);
    return cell;
  });
  th[0]!.setAttribute('aria-sort', 'ascending');
  thead.append(hr);
  const tbody = node('tbody');
  const ranked = rankItems(data.items);
  const rows = new Map<string, HTMLTableRowElement>();
  for (const r of ranked) {
    const below = r.score < 40;
    const tr = node('tr', below ? 'below' : '') as HTMLTableRowElement;
    tr.append(node('td', 'rank', formatNumber(r.rank, 'fa', 0)));
    const name = node('th', 'agency');
    name.setAttribute('scope', 'row');
    name.append(node('bdi', undefined, r.name));
    tr.append(name);
    const score = node('td', 'num', formatScore(r.score, 'fa'));
    if (below) score.append(node('span', 'flag', '⚠ زیر آستانه'));
    tr.append(score);
    for (const k of SAMPLE_AXES) tr.append(node('td', 'num', formatScore(r.axes[k]!, 'fa')));
    const change = node('td', 'num');
    if (r.change === undefined) change.append(node('span', 'muted', 'جدید'));
    else change.append(node('span', 'arrow', r.change > 0 ? '▲' : r.change < 0 ? '▼' : ''), formatSigned(r.change, 'fa'));
    tr.append(change);
    rows.set(r.id, tr);
    tbody.append(tr);
  }
  table.append(thead, tbody);
  scroll.append(table);
  wrap.append(scroll);
  shadow.append(wrap);
  root.append(host);
  plain = { tbody, rows, ranked, th };
}

const bench: BenchCase = {
  name: 'agency-scoreboard: re-sort 167 rows by name',
  budget: 1.1,
  async prepare(root, which) {
    if (which === 'subject') {
      el = new EgovAgencyScoreboard();
      el.setAttribute('lang', 'fa');
      el.scores = data;
      root.append(el);
      await el.updateComplete;
      if (el.shadowRoot!.querySelectorAll('tbody tr').length !== 167) throw new Error('scoreboard: 167 rows expected');
    } else {
      buildPlain(root);
    }
  },
  async subject() {
    const th = [...el!.shadowRoot!.querySelectorAll('thead th')][1]!;
    th.querySelector('button')!.click();
    await el!.updateComplete;
    if (th.getAttribute('aria-sort') !== 'ascending') throw new Error('scoreboard: not sorted by name');
  },
  baseline() {
    const p = plain!;
    for (const r of sortRows(p.ranked, { key: 'agency', direction: 'ascending' }, 'fa')) p.tbody.appendChild(p.rows.get(r.id)!);
    p.th[0]!.removeAttribute('aria-sort');
    p.th[0]!.querySelector('.sort-icon')!.textContent = '⇅';
    p.th[1]!.setAttribute('aria-sort', 'ascending');
    p.th[1]!.querySelector('.sort-icon')!.textContent = '▲';
  },
};

export default bench;
