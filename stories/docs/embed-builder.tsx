/**
 * The embed builder (stories/embed-builder.mdx): an agency's web team picks an element and
 * its attributes and copies a ready snippet (the pinned autoloader script tag with its
 * integrity, and the element), with a live preview. Persian first; every label in fa and en.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { apiWorker } from '../../.storybook/api-worker.js';
import { ELEMENTS as REGISTRY } from '../../elements.registry.mjs';
import {
  AUTOLOADER,
  DEFAULT_API_BASE,
  DEFAULT_CDN_BASE,
  ELEMENTS,
  VERSION,
  agencySnippet,
  elementTag,
  integrityOf,
  npmSnippet,
  type CemAttribute,
} from './manifest.js';

type Lang = 'fa' | 'en';

const T = {
  title: { fa: 'سازنده کد جاسازی', en: 'Embed builder' },
  intro: {
    fa: 'یک ابزارک و ویژگی‌های آن را انتخاب کنید، پیش‌نمایش را ببینید و کد آماده را در صفحه سازمان خود بچسبانید.',
    en: 'Pick a widget and its attributes, check the preview, and paste the ready code into your agency page.',
  },
  uiLang: { fa: 'زبان این صفحه', en: 'Language of this page' },
  element: { fa: 'ابزارک', en: 'Widget' },
  locale: { fa: 'زبان ابزارک', en: 'Widget language' },
  attributes: { fa: 'ویژگی‌ها', en: 'Attributes' },
  apiBase: { fa: 'نشانی API سازمان شما', en: 'Your API address' },
  cdnBase: { fa: 'نشانی پوشه dist/cdn (نسخه ثابت)', en: 'Address of the dist/cdn folder (pinned version)' },
  default: { fa: '(پیش‌فرض)', en: '(default)' },
  yes: { fa: 'بله', en: 'yes' },
  snippet: { fa: 'کد برای صفحه سازمان (یک برچسب script)', en: 'Code for an agency page (one script tag)' },
  npm: { fa: 'کد برای پروژه‌های npm', en: 'Code for npm projects' },
  copy: { fa: 'کپی کد', en: 'Copy code' },
  copied: { fa: 'کپی شد', en: 'Copied' },
  copyFailed: { fa: 'کپی نشد؛ کد را انتخاب و کپی کنید', en: 'Could not copy; select the code and copy it' },
  preview: { fa: 'پیش‌نمایش زنده', en: 'Live preview' },
  previewNote: {
    fa: 'پیش‌نمایش از API نمونه همین Storybook می‌خواند (داده نمونه)، نه از نشانی بالا.',
    en: 'The preview reads this Storybook’s sample API (sample data), not the address above.',
  },
  integrityKnown: {
    fa: 'مقدار integrity از dist/cdn/integrity.json همین ساخت خوانده شد.',
    en: 'The integrity value was read from this build’s dist/cdn/integrity.json.',
  },
  integrityMissing: {
    fa: 'این ساخت integrity.json نداشت: مقدار integrity را از dist/cdn/integrity.json نسخه‌ای که منتشر می‌کنید بردارید.',
    en: 'This build had no integrity.json: take the integrity value from dist/cdn/integrity.json of the version you publish.',
  },
  version: { fa: 'نسخه', en: 'Version' },
} satisfies Record<string, Record<Lang, string>>;

/** Display names, from the registry (elements.registry.mjs): every element with data is pickable. */
const ELEMENT_NAMES: Record<string, Record<Lang, string>> = Object.fromEntries(REGISTRY.map((e) => [e.tag, e.names]));

const ATTRIBUTE_NAMES: Record<string, Record<Lang, string>> = {
  'service-id': { fa: 'شناسه خدمت', en: 'Service id' },
  variant: { fa: 'نما', en: 'Variant' },
  round: { fa: 'دوره ارزیابی', en: 'Evaluation round' },
  'heading-level': { fa: 'سطح عنوان', en: 'Heading level' },
  'agency-id': { fa: 'شناسه دستگاه', en: 'Agency id' },
  agency: { fa: 'دستگاه', en: 'Agency' },
  q: { fa: 'جست‌وجوی آغازین', en: 'Initial search' },
  'page-size': { fa: 'تعداد در هر صفحه', en: 'Cards per page' },
  limit: { fa: 'تعداد نمایش (برترین‌ها)', en: 'Show the top N' },
  threshold: { fa: 'آستانه', en: 'Threshold' },
  view: { fa: 'نمایش', en: 'View' },
  sort: { fa: 'مرتب‌سازی', en: 'Sort' },
  value: { fa: 'مقدار (فقط سنجه)', en: 'Value (bare gauge)' },
  history: { fa: 'نمودار روند باز', en: 'History chart open' },
  'tracking-code': { fa: 'کد رهگیری', en: 'Tracking code' },
  'poll-interval': { fa: 'فاصله به‌روزرسانی (ثانیه)', en: 'Refresh interval (seconds)' },
};

/** Values to start from, so the first preview shows data (the registry's `preset`). */
const PRESETS: Record<string, Record<string, string>> = Object.fromEntries(REGISTRY.map((e) => [e.tag, { ...e.preset }]));

const PICKABLE = Object.keys(ELEMENT_NAMES).flatMap((tag) => ELEMENTS.filter((e) => e.tagName === tag));

/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
const literalOptions = (type?: string): string[] | undefined => {
  const parts = (type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};
const isBoolean = (a: CemAttribute) => /^boolean( \| undefined)?$/.test(a.type?.text ?? '');
const isNumber = (a: CemAttribute) => /^number( \| (undefined|null))*$/.test(a.type?.text ?? '');

const field: CSSProperties = { display: 'grid', gap: 4, marginBlockEnd: 10 };
const input: CSSProperties = { font: 'inherit', padding: '4px 6px', border: '1px solid #8c959f', borderRadius: 4, minInlineSize: '16em' };

/** The look of the two snippet boxes (the embed and the npm lines). */
const snippetStyle: CSSProperties = {
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  background: '#f6f8fa',
  border: '1px solid #d0d7de',
  padding: 12,
  borderRadius: 6,
  fontSize: 13,
};

export function EmbedBuilder() {
  const [ui, setUi] = useState<Lang>('fa');
  const [tag, setTag] = useState(PICKABLE[0]?.tagName ?? 'egov-service-card');
  const [values, setValues] = useState<Record<string, string>>(PRESETS[PICKABLE[0]?.tagName ?? ''] ?? {});
  const [locale, setLocale] = useState<Lang>('fa');
  const [apiBase, setApiBase] = useState(DEFAULT_API_BASE);
  const [cdnBase, setCdnBase] = useState(DEFAULT_CDN_BASE);
  const [copied, setCopied] = useState<'' | 'copied' | 'copyFailed'>('');
  const preview = useRef<HTMLDivElement>(null);
  const t = (k: keyof typeof T) => T[k][ui];
  const el = PICKABLE.find((e) => e.tagName === tag);
  const attrs = (el?.attributes ?? []).filter((a) => a.name !== 'api-base' && a.name !== 'lang');

  const chosen = useMemo(() => {
    const out: Record<string, string | true | undefined> = { lang: locale };
    for (const a of attrs) {
      const v = values[a.name];
      if (v) out[a.name] = isBoolean(a) ? true : v;
    }
    return out;
  }, [tag, values, locale]);
  const html = elementTag(tag, { ...chosen, 'api-base': apiBase || undefined });
  const snippet = agencySnippet(html, cdnBase);
  const sri = integrityOf(AUTOLOADER);

  useEffect(() => {
    const box = preview.current;
    if (!box) return;
    let live = true;
    void apiWorker().then(() => {
      if (!live) return;
      const widget = document.createElement(tag);
      for (const [k, v] of Object.entries(chosen)) if (v !== undefined) widget.setAttribute(k, v === true ? '' : v);
      box.replaceChildren(widget);
    });
    return () => {
      live = false;
    };
  }, [tag, chosen]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };

  const dir = ui === 'fa' ? 'rtl' : 'ltr';
  return (
    <div
      lang={ui}
      dir={dir}
      data-embed-builder=""
      style={{ fontFamily: "Vazirmatn, 'Noto Sans Arabic', Tahoma, system-ui, sans-serif", lineHeight: 1.6 }}
    >
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <fieldset style={{ border: 0, padding: 0, marginBlockEnd: 12 }}>
        <legend>{t('uiLang')}</legend>
        {(['fa', 'en'] as const).map((l) => (
          <label key={l} style={{ marginInlineEnd: 16 }}>
            <input type="radio" name="embed-ui" checked={ui === l} onChange={() => setUi(l)} /> {l === 'fa' ? 'فارسی' : 'English'}
          </label>
        ))}
      </fieldset>

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18em, 1fr))', gap: 24 }}>
        <div>
          <label style={field}>
            {t('element')}
            <select
              style={input}
              value={tag}
              data-field="element"
              onChange={(e) => {
                setTag(e.target.value);
                setValues(PRESETS[e.target.value] ?? {});
                setCopied('');
              }}
            >
              {PICKABLE.map((e) => (
                <option key={e.tagName} value={e.tagName}>
                  {ELEMENT_NAMES[e.tagName]![ui]} {'\u2068'}({e.tagName}){'\u2069'}
                </option>
              ))}
            </select>
          </label>
          <label style={field}>
            {t('locale')}
            <select style={input} value={locale} data-field="locale" onChange={(e) => setLocale(e.target.value as Lang)}>
              <option value="fa">فارسی (fa)</option>
              <option value="en">English (en)</option>
            </select>
          </label>
          <h2 style={{ fontSize: 18 }}>{t('attributes')}</h2>
          {attrs.map((a) => {
            const label = `${ATTRIBUTE_NAMES[a.name]?.[ui] ?? a.name} \u2068(${a.name})\u2069`;
            const options = literalOptions(a.type?.text);
            const set = (v: string) => setValues({ ...values, [a.name]: v });
            if (isBoolean(a)) {
              return (
                <label key={a.name} style={{ display: 'block', marginBlockEnd: 10 }}>
                  <input
                    type="checkbox"
                    data-attr={a.name}
                    checked={values[a.name] === 'true'}
                    onChange={(e) => set(e.target.checked ? 'true' : '')}
                  />{' '}
                  {label}
                </label>
              );
            }
            return (
              <label key={a.name} style={field}>
                {label}
                {options ? (
                  <select style={input} data-attr={a.name} value={values[a.name] ?? ''} onChange={(e) => set(e.target.value)}>
                    <option value="">{t('default')}</option>
                    {options.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    style={input}
                    dir="ltr"
                    data-attr={a.name}
                    type={isNumber(a) ? 'number' : 'text'}
                    value={values[a.name] ?? ''}
                    placeholder={(a.default ?? '').replace(/^'(.*)'$/, '$1')}
                    onChange={(e) => set(e.target.value)}
                  />
                )}
              </label>
            );
          })}
          <label style={field}>
            {t('apiBase')}
            <input style={input} dir="ltr" data-field="api-base" value={apiBase} onChange={(e) => setApiBase(e.target.value)} />
          </label>
          <label style={field}>
            {t('cdnBase')}
            <input style={input} dir="ltr" data-field="cdn-base" value={cdnBase} onChange={(e) => setCdnBase(e.target.value)} />
          </label>
          <p style={{ fontSize: 13 }}>
            {t('version')}: <bdi>{VERSION}</bdi>. {sri ? t('integrityKnown') : t('integrityMissing')}
          </p>
        </div>
        <div>
          <h2 style={{ fontSize: 18 }}>{t('snippet')}</h2>
          <pre dir="ltr" data-snippet="agency" style={snippetStyle}>
            {snippet}
          </pre>
          <button type="button" onClick={copy} style={{ font: 'inherit', padding: '6px 14px' }}>
            {t('copy')}
          </button>{' '}
          <span role="status">{copied ? t(copied) : ''}</span>
          <h2 style={{ fontSize: 18 }}>{t('npm')}</h2>
          <pre dir="ltr" data-snippet="npm" style={snippetStyle}>
            {npmSnippet(tag, html)}
          </pre>
        </div>
      </div>

      <h2 style={{ fontSize: 18 }}>{t('preview')}</h2>
      <p style={{ fontSize: 13 }}>{t('previewNote')}</p>
      <div
        ref={preview}
        data-preview=""
        lang={locale}
        dir={locale === 'en' ? 'ltr' : 'rtl'}
        style={{ border: '1px dashed #8c959f', borderRadius: 8, padding: 12 }}
      />
    </div>
  );
}
