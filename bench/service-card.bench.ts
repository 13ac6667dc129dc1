/**
 * 1000 full service cards from property data, against the same visible content built
 * with plain DOM calls. Both sides get the same fair ground: each card is a host with
 * its own shadow root and the same adopted style sheets (the card's styles are part of
 * what a reader sees), the same markup and classes, and the same formatted strings from
 * src/format. So the ratio is what Lit, the element and its validation cost over
 * writing that DOM by hand.
 */
import type { BenchCase } from './types.js';
// A value import: the subject constructs the class itself.
import { EgovServiceCard } from '../src/service-card.js';
import { baseStyles } from '../src/ui/styles.js';
import { styles } from '../src/service-card/service-card.styles.js';
import { safeHttpUrl } from '../src/ui/url.js';
import { formatDate, formatDays, formatNumber, formatRials } from '../src/format/index.js';

const COUNT = 1000;

interface Raw {
  id: string;
  title: string;
  description?: string;
  agency: { id: string; name: string; website?: string };
  type?: 'G2C' | 'G2B' | 'G2G';
  level?: 'national' | 'provincial' | 'city' | 'rural';
  electronic?: 'full' | 'partial' | 'none';
  essential?: boolean;
  channels?: { kind: 'web' | 'mobile' | 'counter' | 'in-person' | 'phone'; url?: string; phone?: string }[];
  fee?: { amount: number } | null;
  durationDays?: number;
  inPersonVisits?: number;
  documents?: string[];
  lifeEvents?: string[];
  legalBasis?: string;
  updatedAt?: string;
}

let services: Raw[] = [];

const sheets = [baseStyles, styles].map((s) => s.styleSheet!);

const TYPE = { G2C: 'شهروندان', G2B: 'کسب‌وکارها', G2G: 'دستگاه‌ها' };
const LEVEL = { national: 'ملی', provincial: 'استانی', city: 'شهری', rural: 'روستایی' };
const CHANNEL = {
  web: 'درگاه اینترنتی',
  mobile: 'برنامهٔ تلفن همراه',
  counter: 'دفاتر پیشخوان',
  'in-person': 'مراجعه به دستگاه',
  phone: 'تلفن',
};
const ELECTRONIC = { full: ['●', 'تمام‌الکترونیکی'], partial: ['◐', 'نیمه‌الکترونیکی'], none: ['○', 'حضوری'] };
const faDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x6f0 + +d));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
}

function link(url: string | undefined, parent: Node, text: string, cls?: string): void {
  const href = safeHttpUrl(url);
  if (!href) {
    parent.appendChild(document.createTextNode(text));
    return;
  }
  const a = el('a', parent, cls, text);
  a.href = href;
  a.rel = 'noopener noreferrer';
}

function badge(s: Raw, parent: Node): void {
  if (!s.electronic) return;
  const [mark, words] = ELECTRONIC[s.electronic];
  const b = el('span', parent, 'badge');
  b.setAttribute('part', 'electronic-badge');
  b.dataset.electronic = s.electronic;
  el('span', b, 'mark', mark).setAttribute('aria-hidden', 'true');
  el('span', b, undefined, words);
}

/** One card, by hand: the same elements, classes, parts and strings as the full variant. */
function vanillaCard(s: Raw): HTMLElement {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = sheets;
  const root = el('div', shadow, 'root');
  root.lang = 'fa';
  root.dir = 'rtl';
  const card = el('article', root, 'card');
  if (s.electronic || s.essential) {
    const badges = el('div', card, 'badges');
    badge(s, badges);
    if (s.essential) {
      const e = el('span', badges, 'badge essential');
      el('span', e, 'mark', '★').setAttribute('aria-hidden', 'true');
      el('span', e, undefined, 'ضروری');
    }
  }
  el('h3', card, 'title', s.title).dir = 'auto';
  const agency = el('p', card, 'agency');
  agency.dir = 'auto';
  link(s.agency.website, agency, s.agency.name);
  if (s.description) el('p', card, 'description', s.description).dir = 'auto';
  const facts = el('dl', card, 'facts');
  const fact = (label: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const d = el('div', facts);
    el('dt', d, undefined, label);
    return el('dd', d, undefined, value);
  };
  const autoFact = (label: string, value: string) => {
    const dd = fact(label, value)!;
    dd.dir = 'auto';
    dd.parentElement!.className = 'wide';
  };
  const id = fact('شناسه خدمت', '')!;
  const idText = el('bdi', id, undefined, faDigits(s.id));
  idText.dir = 'ltr';
  id.append(' ');
  const copy = el('button', id, 'copy', 'کپی');
  copy.type = 'button';
  copy.setAttribute('aria-label', 'کپی شناسه خدمت');
  copy.addEventListener('click', () => navigator.clipboard.writeText(s.id));
  if (s.type) fact('مخاطب', TYPE[s.type]);
  if (s.level) fact('سطح', LEVEL[s.level]);
  if (s.fee !== undefined) fact('هزینه', formatRials(s.fee?.amount, 'fa'));
  if (s.durationDays !== undefined) fact('میانگین مدت انجام', s.durationDays === 0 ? 'همان روز' : formatDays(s.durationDays, 'fa'));
  const v = s.inPersonVisits;
  if (v !== undefined) fact('مراجعه حضوری', v === 0 ? 'بدون مراجعه حضوری' : `${formatNumber(v, 'fa')} بار`);
  if (s.updatedAt) {
    const time = el('time', fact('آخرین به‌روزرسانی', '')!, undefined, formatDate(s.updatedAt, 'fa', 'persian'));
    time.dateTime = s.updatedAt;
  }
  if (s.legalBasis) autoFact('مبنای قانونی', s.legalBasis);
  if (s.channels?.length) {
    const box = el('div', card, 'channels');
    const web = s.channels.find((c) => c.kind === 'web' && safeHttpUrl(c.url));
    if (web) link(web.url, box, 'دریافت خدمت', 'button primary');
    el('p', box, 'label', 'راه‌های دریافت خدمت');
    const ul = el('ul', box);
    for (const c of s.channels) {
      const li = el('li', ul);
      link(c.url, li, CHANNEL[c.kind]);
      if (c.phone) {
        li.append(' ');
        el('bdi', li, undefined, faDigits(c.phone)).dir = 'ltr';
      }
    }
  }
  const docs = s.documents ?? [];
  const events = s.lifeEvents ?? [];
  if (docs.length || events.length) {
    const details = el('details', card);
    el('summary', details, undefined, docs.length ? (events.length ? 'مدارک لازم و رویدادهای زندگی' : 'مدارک لازم') : 'رویدادهای زندگی');
    for (const [label, items] of [
      ['مدارک لازم', docs],
      ['رویدادهای زندگی', events],
    ] as const) {
      if (!items.length) continue;
      if (docs.length && events.length) el('p', details, 'label', label);
      const ul = el('ul', details);
      for (const d of items) el('li', ul, undefined, d).dir = 'auto';
    }
  }
  el('div', card, 'actions').appendChild(document.createElement('slot')).name = 'actions';
  el('p', card, 'visually-hidden').setAttribute('role', 'status');
  return host;
}

const bench: BenchCase = {
  name: `service-card: ${COUNT} full cards from property data`,
  budget: 1.1,
  async setup() {
    if (customElements.get('egov-service-card') !== EgovServiceCard) throw new Error('service-card bench: the element is not defined');
    const pages = await Promise.all(
      Array.from({ length: COUNT / 100 }, (_, i) =>
        fetch(`/api/services?page=${i + 1}&pageSize=100`).then((r) => r.json() as Promise<{ items: Raw[] }>),
      ),
    );
    services = pages.flatMap((p) => p.items);
    if (services.length !== COUNT) throw new Error(`service-card bench: expected ${COUNT} services, got ${services.length}`);
    // Both sides must show the same thing: compare what a reader sees of a few cards.
    const probe = document.body.appendChild(document.createElement('div'));
    try {
      for (const s of services.slice(0, 5)) {
        const card = new EgovServiceCard();
        card.service = s;
        probe.append(card, vanillaCard(s));
        await card.updateComplete;
        const [a, b] = [...probe.children].map((h) =>
          (h.shadowRoot!.querySelector('.root') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        );
        if (a !== b) throw new Error(`service-card bench: the baseline differs from the card for ${s.id}:\n${a}\n${b}`);
        probe.replaceChildren();
      }
    } finally {
      probe.remove();
    }
  },
  async subject(root) {
    const frag = document.createDocumentFragment();
    const cards: EgovServiceCard[] = [];
    for (const s of services) {
      const card = new EgovServiceCard();
      card.service = s;
      cards.push(card);
      frag.appendChild(card);
    }
    root.appendChild(frag);
    await Promise.all(cards.map((c) => c.updateComplete));
  },
  baseline(root) {
    const frag = document.createDocumentFragment();
    for (const s of services) frag.appendChild(vanillaCard(s));
    root.appendChild(frag);
  },
};

export default bench;
