/// <reference types="vite/client" />
/**
 * Runs every bench/*.bench.ts case in this page: warm-up, then subject and baseline
 * alternately (so both meet the same GC and thermal conditions), timing each run up to a
 * forced layout. Reports medians and the ratio; scripts/bench.mjs prints the table.
 */
import type { BenchCase } from './types.js';

export interface BenchResult {
  name: string;
  budget: number;
  subjectMs: number;
  baselineMs: number;
  ratio: number;
  runs: number;
}

const cases = import.meta.glob<{ default: BenchCase }>('./*.bench.ts', { eager: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function timeOnce(c: BenchCase, root: HTMLElement, which: 'subject' | 'baseline'): Promise<number> {
  root.replaceChildren();
  await c.prepare?.(root, which);
  void root.offsetHeight;
  await frame();
  const t0 = performance.now();
  await c[which](root);
  void root.offsetHeight; // style and layout are part of the cost
  return performance.now() - t0;
}

async function runBench(filter?: string, runs = 15, warmup = 3): Promise<BenchResult[]> {
  const root = document.getElementById('root')!;
  const results: BenchResult[] = [];
  for (const [file, mod] of Object.entries(cases).sort()) {
    const c = mod.default;
    if (filter && !file.includes(filter) && !c.name.includes(filter)) continue;
    await c.setup?.();
    for (let i = 0; i < warmup; i++) {
      await timeOnce(c, root, 'subject');
      await timeOnce(c, root, 'baseline');
    }
    const s: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      if (i % 2) {
        s.push(await timeOnce(c, root, 'subject'));
        b.push(await timeOnce(c, root, 'baseline'));
      } else {
        b.push(await timeOnce(c, root, 'baseline'));
        s.push(await timeOnce(c, root, 'subject'));
      }
    }
    root.replaceChildren();
    const subjectMs = median(s);
    const baselineMs = median(b);
    results.push({ name: c.name, budget: c.budget, subjectMs, baselineMs, ratio: subjectMs / baselineMs, runs });
  }
  return results;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.documentElement.dataset.ready = 'true';
