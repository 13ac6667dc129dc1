/**
 * Browser side of test/support/page-emulation.mjs: forced colours on and off, and the
 * pixels of an element's box as the browser painted them.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates `forced-colors: active` (or turns it off), with the dark palette when `dark`; false when this launcher cannot. */
export const forcedColors = (active: boolean, dark = false): Promise<boolean> =>
  executeServerCommand<boolean, { active: boolean; dark: boolean }>('egov-forced-colors', { active, dark });

/**
 * RGBA pixels of an element's border box, or of a rectangle in viewport coordinates, as
 * painted (device pixels = CSS pixels here); null when the launcher takes no screenshots.
 */
export async function pixelsOf(target: Element | DOMRectReadOnly): Promise<ImageData | null> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const r = target instanceof Element ? target.getBoundingClientRect() : target;
  // Page coordinates: the capture is of the document, not the viewport.
  const box = { x: Math.round(r.x + scrollX), y: Math.round(r.y + scrollY), width: Math.round(r.width), height: Math.round(r.height) };
  const b64 = await executeServerCommand<string | null, typeof box>('egov-screenshot', box);
  if (!b64) return null;
  const img = new Image();
  img.src = `data:image/png;base64,${b64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** The colours in `data` (as `r,g,b`), each with how many pixels have it. */
export function colours(data: ImageData): Map<string, number> {
  const m = new Map<string, number>();
  const d = data.data;
  for (let i = 0; i < d.length; i += 4) {
    const k = `${d[i]},${d[i + 1]},${d[i + 2]}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** The most frequent colour of `data`. */
export function dominant(data: ImageData): string {
  let best = '';
  let n = -1;
  for (const [k, c] of colours(data)) if (c > n) [best, n] = [k, c];
  return best;
}
