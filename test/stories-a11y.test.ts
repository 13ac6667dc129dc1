/**
 * Every story of every element, in Persian/RTL and English/LTR, passes axe: the states a
 * designer sees in Storybook are the states we check, rendered the same way (meta
 * render + args, inside a `lang`/`dir` wrapper as the Storybook toolbar does).
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { clearCache } from '../src/core/client.js';

type StoryModule = Record<string, unknown> & {
  default: { title: string; render?: (args: Record<string, unknown>) => TemplateResult; args?: Record<string, unknown> };
};
type Story = { render?: (args: Record<string, unknown>) => TemplateResult; args?: Record<string, unknown>; name?: string };

// registry:start (generated from elements.registry.mjs by `npm run registry`: edit the registry, not these lines)
const modules: Record<string, () => Promise<StoryModule>> = {
  'service-card': () => import('../stories/service-card.stories.js') as Promise<StoryModule>,
  'service-list': () => import('../stories/service-list.stories.js') as Promise<StoryModule>,
  'maturity-gauge': () => import('../stories/maturity-gauge.stories.js') as Promise<StoryModule>,
  'agency-scoreboard': () => import('../stories/agency-scoreboard.stories.js') as Promise<StoryModule>,
  'inquiry-tracker': () => import('../stories/inquiry-tracker.stories.js') as Promise<StoryModule>,
};
// registry:end

/** Settled: no widget inside is loading any more (a slow/time-out story stays loading: checked as is). */
async function settle(root: Element): Promise<void> {
  const deadline = Date.now() + 2500;
  for (;;) {
    const widgets = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('egov-')) as HTMLElement[];
    await Promise.all(widgets.map((w) => (w as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    const loading = widgets.some((w) => w.shadowRoot?.querySelector('[part~="loading"]'));
    if (!loading || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

for (const [name, load] of Object.entries(modules)) {
  describe(`stories: ${name}`, () => {
    let mod: StoryModule;
    before(async () => {
      mod = await load();
    });
    afterEach(() => {
      fixtureCleanup();
      clearCache();
    });

    it('has a story for every state, each accessible in fa/RTL and en/LTR', async function () {
      this.timeout(120000);
      const stories = Object.entries(mod).filter(([k, v]) => k !== 'default' && typeof v === 'object' && v !== null) as [string, Story][];
      expect(stories.length, 'stories').to.be.at.least(7);
      const failures: string[] = [];
      for (const [storyName, story] of stories) {
        const args = { ...mod.default.args, ...story.args };
        const renderStory = story.render ?? mod.default.render;
        if (!renderStory) throw new Error(`${storyName} has no render`);
        for (const [lang, dir] of [
          ['fa', 'rtl'],
          ['en', 'ltr'],
        ] as const) {
          const wrap = await fixture(html`<div lang=${lang} dir=${dir}></div>`);
          render(renderStory(args), wrap as HTMLElement);
          await settle(wrap);
          try {
            await expect(wrap).to.be.accessible();
          } catch (e) {
            failures.push(`${storyName} (${lang}): ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
          }
          fixtureCleanup();
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  });
}
