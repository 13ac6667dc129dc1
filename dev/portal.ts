/**
 * The portal demo: every widget from the npm entry, one <egov-provider>, and a fa/en
 * switch that changes the provider's lang (the widgets re-render) and the page's own words.
 */
import '../src/index.js';

const provider = document.getElementById('provider')!;
const button = document.getElementById('switch-locale') as HTMLButtonElement;

function apply(locale: 'fa' | 'en') {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
  provider.setAttribute('lang', locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-fa]')) {
    el.textContent = el.dataset[locale] ?? '';
  }
  button.textContent = locale === 'fa' ? 'English' : 'فارسی';
  button.lang = locale === 'fa' ? 'en' : 'fa';
}

button.addEventListener('click', () => apply(document.documentElement.lang === 'fa' ? 'en' : 'fa'));
apply(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fa');
