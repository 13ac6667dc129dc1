/**
 * The data checks (src/core/validate.ts): `parse` with a real element's check (the
 * scoreboard's), rejecting what the API must not send and naming the path that failed.
 */
import { expect } from '@open-wc/testing';
import { parse } from '../src/core/validate.js';
import { scoresCheck } from '../src/agency-scoreboard/agency-scoreboard.data.js';

interface Item {
  agency: { id: string; name: string };
  score: number;
  axes?: Record<string, number>;
  previousScore?: number;
}

const item = (id: string, name: string, score: number, extra: Partial<Item> = {}): Item => ({ agency: { id, name }, score, ...extra });

describe('validate: parse', () => {
  it('rejects scores that are not finite numbers from 0 to 100, wrong shapes and repeated agencies', () => {
    const ok = { round: 5, items: [item('a', 'الف', 50)] };
    expect(parse(scoresCheck, ok).items.length).to.equal(1);
    const bad: [unknown, string][] = [
      [{ round: 5, items: [item('a', 'الف', 101)] }, 'items[0].score'],
      [{ round: 5, items: [item('a', 'الف', -1)] }, 'items[0].score'],
      [{ round: 5, items: [item('a', 'الف', Number.NaN)] }, 'items[0].score'],
      [{ round: 5, items: [item('a', 'الف', Infinity)] }, 'items[0].score'],
      [{ round: 5, items: [{ agency: { id: 'a', name: 'الف' }, score: '50' }] }, 'items[0].score'],
      [{ round: 5, items: [item('a', 'الف', 50, { axes: { portal: 'high' as unknown as number } })] }, 'items[0].axes.portal'],
      [{ round: 5, items: [item('a', 'الف', 50, { previousScore: 200 })] }, 'items[0].previousScore'],
      [{ round: 5, items: 'nope' }, 'items'],
      [{ round: 'five', items: [] }, 'round'],
      [{ round: 5, items: [item('a', 'الف', 50), item('a', 'ب', 40)] }, 'items[1].agency.id'],
    ];
    for (const [value, path] of bad) {
      let err: { kind?: string; path?: string } | undefined;
      try {
        parse(scoresCheck, value);
      } catch (e) {
        err = e as { kind: string; path: string };
      }
      expect(err?.kind, path).to.equal('invalid');
      expect(err?.path).to.equal(path);
    }
  });
});
