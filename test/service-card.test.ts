import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-card.js';
import type { EgovServiceCard } from '../src/service-card.js';
import { engine } from './support/engine.js';
import { apiSession, shadowText, until, q } from './support/helpers.js';
import { ID, HOSTILE, LONG, MINIMAL, FREE, NOT_ELECTRONIC, card, ready, shown, factLabels, fact } from './support/service-card.js';

describe('<egov-service-card>', () => {
  it('shows the whole profile in Persian, right to left, with Persian digits', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base()));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, '[part="title"]')!.textContent).to.equal('صدور پروانه نمایندگی بیمه برای اشخاص حقیقی');
    const agency = q<HTMLAnchorElement>(el, '[part="agency"] a')!;
    expect(agency.textContent).to.equal('بیمه مرکزی جمهوری اسلامی ایران');
    expect(agency.protocol).to.equal('https:');
    expect(agency.rel).to.equal('noopener noreferrer');
    const id = q(el, '[part="service-id"]')!;
    expect(id.tagName).to.equal('BDI');
    expect(id.getAttribute('dir')).to.equal('ltr');
    expect(id.textContent).to.equal('۱۳۰۶۱۴۰۸۰۰۰');
    expect(factLabels(el)).to.deep.equal([
      'شناسه خدمت',
      'مخاطب',
      'سطح',
      'هزینه',
      'میانگین مدت انجام',
      'مراجعه حضوری',
      'آخرین به‌روزرسانی',
      'مبنای قانونی',
    ]);
    expect(fact(el, 'مخاطب')).to.equal('شهروندان');
    expect(fact(el, 'سطح')).to.equal('ملی');
    expect(fact(el, 'هزینه')).to.equal('۲۵۰٬۰۰۰ ریال');
    expect(fact(el, 'میانگین مدت انجام')).to.equal('۳ روز');
    expect(fact(el, 'مراجعه حضوری')).to.equal('بدون مراجعه حضوری');
    expect(fact(el, 'آخرین به‌روزرسانی')).to.equal('۱ فروردین ۱۴۰۳');
    expect(q(el, 'time')!.getAttribute('datetime')).to.equal('2024-03-20');
    expect(fact(el, 'مبنای قانونی')).to.contain('ماده ۳۱ قانون تأسیس بیمه مرکزی');
    const badge = q(el, '[part="electronic-badge"]')!;
    expect(badge.textContent!.trim()).to.contain('تمام‌الکترونیکی');
    expect(badge.dataset.electronic).to.equal('full');
    expect(q(el, '[part="essential-badge"]')!.textContent).to.contain('ضروری');
    const primary = q<HTMLAnchorElement>(el, '[part="primary-link"]')!;
    expect(primary.textContent).to.equal('دریافت خدمت');
    expect(primary.href).to.equal('https://www.centinsur.ir/services/13061408000');
    expect(primary.rel).to.equal('noopener noreferrer');
    const channels = [...el.shadowRoot!.querySelectorAll('[part="channels"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(channels).to.deep.equal(['درگاه اینترنتی', 'دفاتر پیشخوان', 'برنامهٔ تلفن همراه', 'تلفن ۰۲۱-۸۸۷۴۵۰۰۰']);
    const details = q<HTMLDetailsElement>(el, 'details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('مدارک لازم و رویدادهای زندگی');
    expect(details.textContent).to.contain('گواهی قبولی در آزمون نمایندگی');
    expect(details.textContent).to.contain('راه‌اندازی کسب‌وکار');
    expect(q(el, '[part="description"]')!.textContent).to.contain('سامانه جامع نمایندگان بیمه مرکزی');
    await expect(el).to.be.accessible();
  });

  it('shows the same profile in English, left to right, with Gregorian dates', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), ID, 'en'));
    expect(q(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(q(el, '[part="service-id"]')!.textContent).to.equal('13061408000');
    expect(fact(el, 'For')).to.equal('Citizens');
    expect(fact(el, 'Level')).to.equal('National');
    expect(fact(el, 'Fee')).to.equal('250,000 rials');
    expect(fact(el, 'Average duration')).to.equal('3 days');
    expect(fact(el, 'In-person visits')).to.equal('No in-person visit');
    expect(fact(el, 'Last updated')).to.equal('March 20, 2024');
    expect(q(el, '[part="electronic-badge"]')!.textContent).to.contain('Fully online');
    expect(q(el, '[part="essential-badge"]')!.textContent).to.contain('Essential');
    expect(q(el, '[part="primary-link"]')!.textContent).to.equal('Get the service');
    expect(q(el, '[part="copy-button"]')!.getAttribute('aria-label')).to.equal('Copy service ID');
    // Persian text from the API keeps its own direction inside the English card.
    expect(q(el, '[part="title"]')!.matches(':dir(rtl)')).to.equal(true);
    expect(q(el, '[part="description"]')!.matches(':dir(rtl)')).to.equal(true);
    expect(q(el, '[part="service-id"]')!.matches(':dir(ltr)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const s = apiSession();
    const el = await card(s.base('delay-400'));
    expect(q(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    expect(shadowText(el)).to.contain('در حال بارگذاری');
    await ready(el);
    expect(q(el, '.root')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('compact: title, agency, electronic badge and primary link only', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), ID, 'fa', 'compact'));
    expect(q(el, '[part="title"]')).to.exist;
    expect(q(el, '[part="agency"]')).to.exist;
    expect(q(el, '[part="electronic-badge"]')!.textContent).to.contain('تمام‌الکترونیکی');
    expect(q(el, '[part="primary-link"]')).to.exist;
    for (const part of ['facts', 'service-id', 'channels', 'details', 'description', 'essential-badge']) {
      expect(shown(el, `[part="${part}"]`), part).to.equal(false);
    }
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await until(() => q(el, '[part="primary-link"]')!.textContent === 'Get the service');
    await expect(el).to.be.accessible();
  });

  it('shows only what a minimal profile has', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), MINIMAL));
    expect(q(el, '[part="title"]')!.textContent).to.equal('خدمت با کمترین اطلاعات');
    expect(q(el, '[part="agency"] a')).to.equal(null);
    expect(q(el, '[part="agency"]')!.textContent!.trim()).to.equal('سازمان آزمایش ویجت‌ها');
    expect(factLabels(el)).to.deep.equal(['شناسه خدمت']);
    for (const part of ['badges', 'electronic-badge', 'essential-badge', 'channels', 'details', 'description', 'primary-link']) {
      expect(shown(el, `[part="${part}"]`), part).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('says «رایگان» for a free service and «همان روز» for zero days', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), FREE));
    expect(fact(el, 'هزینه')).to.equal('رایگان');
    expect(fact(el, 'میانگین مدت انجام')).to.equal('همان روز');
  });

  it('an in-person service: words on the badge, visits counted, no primary link', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), NOT_ELECTRONIC));
    const badge = q(el, '[part="electronic-badge"]')!;
    expect(badge.dataset.electronic).to.equal('none');
    expect(badge.textContent).to.contain('حضوری');
    expect(fact(el, 'مراجعه حضوری')).to.equal('۳ بار');
    expect(q(el, '[part="primary-link"]')).to.equal(null);
    expect(q(el, '[part="channels"]')!.textContent).to.contain('مراجعه به دستگاه');
    expect(q(el, '[part="channels"] bdi')!.textContent).to.equal('۱۵۲۲');
  });

  it('renders hostile text as text, runs nothing and links nothing unsafe', async () => {
    const s = apiSession();
    const el = await ready(await card(s.base(), HOSTILE));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(q(el, '[part="title"]')!.textContent).to.equal('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">');
    for (const tag of ['script', 'img', 'iframe', 'style', 'b']) expect(q(el, `[part="card"] ${tag}`), tag).to.equal(null);
    // javascript: agency website, web channel and data: mobile channel: shown, never linked.
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(q(el, '[part="primary-link"]')).to.equal(null);
    expect(q(el, '[part="agency"]')!.textContent).to.contain('<b onmouseover');
    expect(q(el, '[part="channels"]')!.textContent).to.contain('درگاه اینترنتی');
  });

  it('clamps a 10,000-character title and description behind «بیشتر», without overflowing at 320 px', async function () {
    // WebKit takes seconds to break the 4,000-character run that has no break opportunity (README, "Browser support").
    if (engine === 'webkit') this.timeout(180_000);
    const s = apiSession();
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><egov-service-card api-base=${s.base()} service-id=${LONG}></egov-service-card></div>`,
    );
    const el = await ready(wrap.firstElementChild as EgovServiceCard);
    const title = q(el, '[part="title"]')!;
    expect(title.textContent!.length).to.equal(10_000);
    expect(title.classList.contains('clamp')).to.equal(true);
    expect(title.getBoundingClientRect().height).to.be.below(150);
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="more-button"]');
    expect(buttons.length).to.equal(2);
    expect(buttons[0]!.textContent!.trim()).to.equal('بیشتر');
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
    const cardBox = q(el, '[part="card"]')!;
    expect(cardBox.scrollWidth).to.be.at.most(cardBox.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    buttons[0]!.click();
    await el.updateComplete;
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(buttons[0]!.textContent!.trim()).to.equal('کمتر');
    expect(title.classList.contains('clamp')).to.equal(false);
    expect(title.getBoundingClientRect().height).to.be.above(1000);
    expect(cardBox.scrollWidth).to.be.at.most(cardBox.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
