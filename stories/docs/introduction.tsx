/** The Introduction page (stories/introduction.mdx): who the widgets are for, theming, locales; Persian first. */
import type { ReactNode } from 'react';
import { ELEMENTS } from './manifest.js';
import { TOKENS } from '../../.storybook/theme.js';

const docsId = (tag: string) => `widgets-${tag.replace(/^egov-/, '')}--docs`;
const font = "Vazirmatn, 'Noto Sans Arabic', Tahoma, system-ui, sans-serif";

function Section({ lang, children }: { lang: 'fa' | 'en'; children: ReactNode }) {
  return (
    <section lang={lang} dir={lang === 'fa' ? 'rtl' : 'ltr'} style={{ fontFamily: font, lineHeight: 1.7, marginBlockEnd: 32 }}>
      {children}
    </section>
  );
}

const widgets = ELEMENTS.filter((e) => e.tagName !== 'egov-provider');

export function IntroductionPage() {
  return (
    <>
      <Section lang="fa">
        <h1>ابزارک‌های دولت الکترونیک</h1>
        <p>
          اجزای وب (web components) برای صفحه‌های دستگاه‌های اجرایی: شناسنامه خدمت، فهرست خدمات، سنجه بلوغ دولت الکترونیک، جدول رتبه
          دستگاه‌ها و پیگیری استعلام. فارسی و راست‌به‌چپ در اولویت است و انگلیسی دوم.
        </p>
        <h2>برای چه کسانی</h2>
        <ul>
          <li>تیم وب دستگاه‌ها: با یک برچسب script و یک برچسب ابزارک، بدون ساخت و بدون چارچوب (صفحه «سازنده کد جاسازی»).</li>
          <li>
            طراحان: هر حالت هر ابزارک (بارگذاری، خطا، داده بلند، داده ناامن) در فارسی و انگلیسی، روشن و تیره، در پهنای ۳۲۰، ۷۶۸ و ۱۲۸۰
            پیکسل.
          </li>
          <li>برنامه‌نویسان درگاه‌ها: بسته npm، ویژگی‌ها، رویدادها، slotها و partها در صفحه مستند هر ابزارک.</li>
        </ul>
        <h2>ظاهر</h2>
        <p>
          رنگ‌ها و اندازه‌ها با متغیرهای CSS به نام <code dir="ltr">--egov-*</code> روی یک والد تنظیم می‌شوند و هر بخش با{' '}
          <code dir="ltr">::part()</code> قابل تغییر است. حالت تیره از <code dir="ltr">color-scheme</code> صفحه پیروی می‌کند. در نوار بالا
          «Scheme» روشن/تیره را عوض می‌کند و در بخش Controls هر داستان متغیرهای اصلی قابل تغییرند.
        </p>
        <h2>زبان</h2>
        <p>
          زبان و جهت از ویژگی <code dir="ltr">lang</code> نزدیک‌ترین والد (یا خود ابزارک) خوانده می‌شود: <code dir="ltr">fa</code> با ارقام
          فارسی و تاریخ هجری شمسی، <code dir="ltr">en</code> چپ‌به‌راست. در نوار بالا «Locale» زبان همه داستان‌ها را عوض می‌کند.
        </p>
        <h2>داده‌ها</h2>
        <p>
          داده‌ها از API نمونه پروژه (پوشه dev/api) می‌آیند که اینجا در خود مرورگر با Mock Service Worker اجرا می‌شود؛ بنابراین این
          Storybook روی هر میزبان ایستا کار می‌کند (روی https یا localhost، چون service worker جای دیگری اجرا نمی‌شود). فقط آمار ملی دوره
          پنجم داده منتشرشده است؛ بقیه نمونه است.
        </p>
        <h2>ابزارک‌ها</h2>
        <ul>
          {widgets.map((e) => (
            <li key={e.tagName}>
              <a href={`./?path=/docs/${docsId(e.tagName)}`} target="_top">
                <bdi>{e.tagName}</bdi>
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section lang="en">
        <h1>E-government widgets</h1>
        <p>
          Web components for Iranian government agencies’ pages: service profile, service directory, e-government maturity gauge, agency
          scoreboard and inquiry tracker. Persian/RTL first, English second.
        </p>
        <h2>Who it is for</h2>
        <ul>
          <li>Agency web teams: one script tag and one element, no build step, no framework (see the Embed builder page).</li>
          <li>
            Designers: every state of every widget (loading, errors, long and hostile data) in Persian and English, light and dark, at 320,
            768 and 1280 px.
          </li>
          <li>Portal developers: the npm package; attributes, events, slots and parts on each element’s docs page.</li>
        </ul>
        <h2>Theming</h2>
        <p>
          Set the <code>--egov-*</code> custom properties on any ancestor; restyle any piece with <code>::part()</code>. Dark mode follows
          the page’s <code>color-scheme</code>. The “Scheme” toolbar switches light/dark; each story’s Controls have the main tokens:{' '}
          {TOKENS.map((t) => t.name).join(', ')}.
        </p>
        <h2>Locales</h2>
        <p>
          Locale and direction come from the nearest <code>lang</code> (on the element or an ancestor): <code>fa</code> with Persian digits
          and the Solar Hijri calendar, <code>en</code> left to right. The “Locale” toolbar switches every story.
        </p>
        <h2>Data</h2>
        <p>
          Stories read the project’s reference API (dev/api), run here in the browser by Mock Service Worker, so this Storybook works from
          any static host (over https or on localhost: browsers run service workers nowhere else). Only round 5’s national summary is
          published data; everything else is sample data.
        </p>
      </Section>
    </>
  );
}
