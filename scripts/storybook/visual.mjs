/**
 * Visual baselines: a story's screenshot against `test/visual/baselines/<story>.<locale>.png`
 * with a small tolerance (pixelmatch: per-pixel colour threshold, then a share of pixels
 * allowed to differ). A failed comparison writes `<name>.actual.png` (full size) and
 * `<name>.diff.png` to `test/visual/diff/` and returns their paths. `update` rewrites the
 * baseline instead.
 *
 * Baselines are kept small for the repository: the screenshot (cut to the viewport) at half
 * size (2×2 pixels averaged) with 4 bits per colour channel, about 20 KB a story and locale.
 * Both sides of a comparison go through the same reduction; a moved box, a changed colour
 * or a missing line still shows, sub-pixel anti-aliasing noise does not.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const BASELINES = 'test/visual/baselines/';
export const DIFFS = 'test/visual/diff/';

/** Pixel colour distance (0..1) below which two pixels count as equal (anti-aliasing, font hinting). */
const PIXEL_THRESHOLD = 0.1;
/** Share of pixels that may differ beyond that: 0.1 %. */
const MAX_DIFF_RATIO = 0.001;

export async function clearDiffs() {
  await rm(ROOT + DIFFS, { recursive: true, force: true });
}

/**
 * @param {Uint8Array} png the screenshot
 * @param {string} name e.g. `widgets-service-card--full.fa`
 * @param {{ update?: boolean }} options
 * @returns {Promise<{ status: 'same' | 'updated' | 'new' | 'different' | 'missing', detail?: string }>}
 */
export async function compare(png, name, { update = false } = {}) {
  const baseline = `${ROOT}${BASELINES}${name}.png`;
  const actual = reduce(PNG.sync.read(Buffer.from(png)));
  if (update) {
    const had = existsSync(baseline) ? PNG.sync.read(await readFile(baseline)) : null;
    if (had && sameWithin(had, actual).ok) return { status: 'same' };
    await mkdir(ROOT + BASELINES, { recursive: true });
    await writeFile(baseline, PNG.sync.write(actual, { deflateLevel: 9, colorType: 2 }));
    return { status: had ? 'updated' : 'new' };
  }
  if (!existsSync(baseline)) {
    const actual = await writeDiffFile(`${name}.actual.png`, png);
    return { status: 'missing', detail: `no baseline ${BASELINES}${name}.png (npm run test:visual -- --update); actual: ${actual}` };
  }
  const expected = PNG.sync.read(await readFile(baseline));
  const result = sameWithin(expected, actual);
  if (result.ok) return { status: 'same' };
  const actualPath = await writeDiffFile(`${name}.actual.png`, png);
  const diffPath = result.diff ? await writeDiffFile(`${name}.diff.png`, PNG.sync.write(result.diff)) : '';
  return { status: 'different', detail: `${result.reason}; diff: ${diffPath || '(sizes differ)'} actual: ${actualPath}` };
}

/**
 * Half size (each 2×2 block averaged), 4 bits per channel, opaque.
 * @param {PNG} src
 */
export function reduce(src) {
  const width = Math.max(1, src.width >> 1);
  const height = Math.max(1, src.height >> 1);
  const out = new PNG({ width, height });
  const at = (x, y, c) => src.data[((Math.min(y, src.height - 1) * src.width + Math.min(x, src.width - 1)) << 2) + c];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) << 2;
      for (let c = 0; c < 3; c++) {
        const mean = (at(2 * x, 2 * y, c) + at(2 * x + 1, 2 * y, c) + at(2 * x, 2 * y + 1, c) + at(2 * x + 1, 2 * y + 1, c) + 2) >> 2;
        out.data[o + c] = ((mean >> 4) << 4) | 8;
      }
      out.data[o + 3] = 255;
    }
  }
  return out;
}

/** @param {PNG} a @param {PNG} b */
function sameWithin(a, b) {
  if (a.width !== b.width || a.height !== b.height)
    return { ok: false, reason: `size ${b.width}×${b.height}, baseline ${a.width}×${a.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  const ratio = n / (a.width * a.height);
  return {
    ok: ratio <= MAX_DIFF_RATIO,
    diff,
    reason: `${n} pixels differ (${(ratio * 100).toFixed(2)} %, allowed ${MAX_DIFF_RATIO * 100} %)`,
  };
}

async function writeDiffFile(file, data) {
  await mkdir(ROOT + DIFFS, { recursive: true });
  await writeFile(ROOT + DIFFS + file, data);
  return DIFFS + file;
}
