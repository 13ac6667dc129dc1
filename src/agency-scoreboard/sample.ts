/**
 * Deterministic sample data in the `/evaluations/{round}/agencies` shape, for stories,
 * the benchmark and demos (167 agencies is the size of the later evaluation rounds).
 * Not imported by the element. Names are real kinds of Iranian bodies in real
 * provinces; every score is made up.
 */
import type { AgencyScores } from './agency-scoreboard.data.js';

const PROVINCES = [
  'تهران', 'اصفهان', 'فارس', 'خراسان رضوی', 'آذربایجان شرقی', 'آذربایجان غربی', 'خوزستان', 'گیلان',
  'مازندران', 'کرمان', 'سیستان و بلوچستان', 'همدان', 'یزد', 'کردستان', 'گلستان', 'قم', 'زنجان',
  'چهارمحال و بختیاری', 'لرستان', 'ایلام', 'بوشهر', 'هرمزگان', 'کهگیلویه و بویراحمد', 'سمنان', 'قزوین',
  'مرکزی', 'اردبیل', 'کرمانشاه', 'خراسان شمالی', 'خراسان جنوبی', 'البرز',
];
const BODIES = ['استانداری', 'اداره کل ثبت احوال استان', 'اداره کل تأمین اجتماعی استان', 'اداره کل راه و شهرسازی استان', 'سازمان جهاد کشاورزی استان', 'اداره کل پست استان'];
export const SAMPLE_AXES = ['portal', 'web-presence', 'interactive', 'transactional', 'integration'];

/** mulberry32: a small seeded PRNG, the same sequence everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (n: number) => Math.round(Math.min(100, Math.max(0, n)) * 100) / 100;

/**
 * `count` agencies (at most 186) in a random order, with scores from about 15 to 95, a
 * tie every 20 rows, five axes, and no previous score for one agency in ten.
 * `scale` multiplies every score (0.5 puts them all under 50).
 */
export function sampleScores(count: number, { seed = 1403, round = 7, scale = 1 } = {}): AgencyScores {
  const next = random(seed);
  const names = BODIES.flatMap((b) => PROVINCES.map((p) => `${b} ${p}`));
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  const items: AgencyScores['items'] = [];
  for (let i = 0; i < Math.min(count, names.length); i++) {
    const score = i % 20 === 19 ? items[i - 1]!.score : round2((15 + next() * 80) * scale);
    const axes: Record<string, number> = {};
    for (const key of SAMPLE_AXES) axes[key] = round2(score + (next() - 0.5) * 30);
    const item: AgencyScores['items'][number] = { agency: { id: `a${i + 1}`, name: names[i]! }, score, axes };
    if (i % 10 !== 3) item.previousScore = round2(score - (next() * 12 - 3));
    items.push(item);
  }
  return { round, axes: SAMPLE_AXES.map((key) => ({ key })), items };
}
