/**
 * What the accessibility panel (@storybook/addon-a11y) runs on a story: axe-core on the
 * story root with the options `expect(el).to.be.accessible()` uses in
 * test/stories-a11y.test.ts (chai-a11y-axe: every default rule, violations only; the same
 * axe-core copy, package-lock has one). `region` is page-level in axe, so neither run checks
 * it on a story root. The static-build check (scripts/storybook-static-check.mjs) asks the
 * panel's own runner for these results on every story in fa and en.
 */
export const a11yParameters = {
  context: '#storybook-root',
  options: { resultTypes: ['violations'] },
};
