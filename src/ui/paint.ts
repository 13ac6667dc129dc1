/**
 * A colour as the widget paints it, for canvas drawing: a canvas takes neither tokens,
 * `light-dark()` nor the forced system colours. `value` (e.g. `var(--_chart-bar)`) is
 * resolved on a probe inside `root`, so the page's `--egov-*`, its `color-scheme` and
 * forced colours all count.
 */
export function paintColor(root: Element | DocumentFragment, value: string): string {
  const probe = document.createElement('i');
  probe.style.setProperty('color', value);
  probe.style.setProperty('forced-color-adjust', 'none');
  root.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
