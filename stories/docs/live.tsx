/**
 * A live widget inside a docs page: a lit template rendered into a `lang`/`dir` box
 * once the reference API worker is running (docs blocks run no story loaders).
 */
import { useEffect, useRef } from 'react';
import { nothing, render, type TemplateResult } from 'lit';
import { apiWorker } from '../../.storybook/api-worker.js';

export function LiveLit({ template, locale, label }: { template: () => TemplateResult | HTMLElement; locale: 'fa' | 'en'; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const el = box.current;
    void apiWorker().then(() => {
      if (live && el) render(template(), el);
    });
    return () => {
      live = false;
      if (el) render(nothing, el);
    };
  }, [template]);
  return (
    <figure style={{ margin: '1em 0', border: '1px solid #d0d7de', borderRadius: 8, padding: '0.75em' }}>
      <figcaption style={{ fontSize: 13, color: '#57606a', marginBlockEnd: '0.5em' }}>{label}</figcaption>
      <div
        ref={box}
        lang={locale}
        dir={locale === 'en' ? 'ltr' : 'rtl'}
        style={{ fontFamily: "Vazirmatn, 'Noto Sans Arabic', Tahoma, system-ui, sans-serif" }}
        data-live-example={locale}
      />
    </figure>
  );
}
