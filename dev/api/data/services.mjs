/**
 * The service directory (شناسنامه خدمات): ~5,900 generated profiles plus the
 * special fixtures, built once at module load from a seeded PRNG so every run
 * serves the same ids, titles and totals.
 * @module
 */

import { fold, foldWords } from '../fold.mjs';
import { createRandom } from '../prng.mjs';
import { AGENCIES } from './agencies.mjs';
import { faDigits } from './fa-digits.mjs';
import { SPECIAL_SERVICES, SPECIAL_IDS } from './special-services.mjs';
import {
  ACTIONS,
  OBJECTS,
  QUALIFIERS,
  DESCRIPTION_OPENINGS,
  DESCRIPTION_CHANNELS,
  DOCUMENTS,
  LIFE_EVENTS,
  LAWS,
} from './service-vocabulary.mjs';

/**
 * @typedef {object} Service
 * @property {string} id 11 digits
 * @property {string} title
 * @property {string} [description]
 * @property {{ id: string, name: string, website?: string }} agency
 * @property {'G2C'|'G2B'|'G2G'} [type]
 * @property {'national'|'provincial'|'city'|'rural'} [level]
 * @property {'full'|'partial'|'none'} [electronic]
 * @property {boolean} [essential]
 * @property {{ kind: 'web'|'mobile'|'counter'|'in-person'|'phone', url?: string, phone?: string }[]} [channels]
 * @property {{ amount: number, currency: 'IRR' } | null} [fee]
 * @property {number} [durationDays]
 * @property {number} [inPersonVisits]
 * @property {string[]} [documents]
 * @property {string[]} [lifeEvents]
 * @property {string} [legalBasis]
 * @property {string} [updatedAt] ISO date
 */

/** How many generated services; with the special fixtures the total is a little higher. */
const GENERATED_COUNT = 5890;
/** Agencies whose share of the directory is doubled: the big citizen-facing ones. */
const LARGE_AGENCIES = new Set(['tax', 'tamin', 'ssaa', 'sabteahval', 'customs', 'mimt', 'rahvar', 'tehran-city', 'mohme', 'medu']);
const FEES = [50000, 100000, 150000, 200000, 250000, 300000, 500000, 750000, 1000000, 2500000, 5000000];
const PHONES = ['1570', '1526', '1522', '137', '021-88745000', '021-64312000', '021-84861000', '1541'];

const rand = createRandom(0x5e7_2200);

/**
 * Four-digit agency codes that prefix service ids; ins-central keeps 1306 so the
 * README's example id 13061408000 reads as one of its services.
 */
function assignAgencyCodes() {
  /** @type {Map<string, string>} */
  const codes = new Map([['ins-central', '1306']]);
  const used = new Set(['1306']);
  for (const agency of AGENCIES) {
    if (codes.has(agency.id)) continue;
    let code;
    do code = String(rand.int(1000, 9899));
    while (used.has(code));
    used.add(code);
    codes.set(agency.id, code);
  }
  return codes;
}

/** Split GENERATED_COUNT over the agencies by random weights (every agency gets some). */
function assignCounts() {
  const weights = AGENCIES.map((a) => rand.int(15, 70) * (LARGE_AGENCIES.has(a.id) ? 2.5 : 1));
  const sum = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.max(8, Math.floor((w / sum) * GENERATED_COUNT)));
  let missing = GENERATED_COUNT - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; missing !== 0; i = (i + 1) % counts.length) {
    const step = Math.sign(missing);
    if (counts[i] + step >= 8) {
      counts[i] += step;
      missing -= step;
    }
  }
  return counts;
}

/** Swap Persian ی/ک for Arabic ي/ك, as some agency databases still store them. */
const toArabicLetters = (/** @type {string} */ s) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

/** A YYYY-MM-DD between 2023-03-21 (1 Farvardin 1402) and 2024-12-20. */
function randomDate() {
  const start = Date.UTC(2023, 2, 21);
  const days = rand.int(0, 640);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * @param {import('./agencies.mjs').AgencyRecord} agency
 * @param {string} id
 * @param {string} title
 * @param {string} object the thing the service is about, for the description
 * @returns {Service}
 */
function buildService(agency, id, title, object) {
  const electronic = /** @type {'full'|'partial'|'none'} */ (
    rand.weighted([
      ['full', 45],
      ['partial', 40],
      ['none', 15],
    ])
  );
  const level = /** @type {NonNullable<Service['level']>} */ (
    agency.domain === 'governorate'
      ? 'provincial'
      : agency.domain === 'municipality'
        ? 'city'
        : rand.weighted([
            ['national', 70],
            ['provincial', 20],
            ['city', 7],
            ['rural', 3],
          ])
  );
  const businessy = ['trade', 'customs', 'tax', 'investment', 'finance', 'standards', 'food-drug'].includes(agency.domain);
  const type = /** @type {NonNullable<Service['type']>} */ (
    rand.weighted(
      businessy
        ? [
            ['G2B', 60],
            ['G2C', 35],
            ['G2G', 5],
          ]
        : [
            ['G2C', 75],
            ['G2B', 15],
            ['G2G', 10],
          ],
    )
  );

  /** @type {NonNullable<Service['channels']>} */
  const channels = [];
  if (electronic !== 'none') channels.push({ kind: 'web', url: `${agency.website}/services/${id}` });
  if (electronic === 'full' && rand.chance(0.5)) channels.push({ kind: 'mobile', url: `https://my.gov.ir/service/${id}` });
  if (electronic !== 'full') channels.push({ kind: rand.chance(0.6) ? 'counter' : 'in-person' });
  if (rand.chance(0.2)) channels.push(rand.chance(0.7) ? { kind: 'phone', phone: rand.pick(PHONES) } : { kind: 'phone' });

  const durationDays = electronic === 'full' ? rand.int(0, 3) : rand.int(1, 30);
  const inPersonVisits = electronic === 'full' ? 0 : electronic === 'partial' ? 1 : rand.int(1, 3);
  const description =
    rand.pick(DESCRIPTION_OPENINGS).replace('{x}', object) +
    ' ' +
    DESCRIPTION_CHANNELS[electronic] +
    (durationDays > 0 ? ` نتیجه حداکثر ظرف ${faDigits(durationDays)} روز کاری اعلام می‌شود.` : ' نتیجه بی‌درنگ اعلام می‌شود.');

  /** @type {Service} */
  const service = {
    id,
    title,
    description,
    agency: { id: agency.id, name: agency.name, website: agency.website },
    type,
    level,
    electronic,
    essential: rand.chance(0.35),
    channels,
    fee: rand.chance(0.4) ? null : { amount: rand.pick(FEES), currency: 'IRR' },
    durationDays,
    inPersonVisits,
    documents: rand.sample(DOCUMENTS, rand.int(1, 4)),
    lifeEvents: rand.sample(LIFE_EVENTS, rand.int(1, 2)),
    legalBasis: `ماده ${faDigits(rand.int(1, 180))} ${rand.pick(LAWS)}`,
    updatedAt: randomDate(),
  };
  // A few profiles lack optional fields, as real catalogue entries do.
  if (rand.chance(0.04)) delete service.legalBasis;
  if (rand.chance(0.04)) delete service.documents;
  return service;
}

function generate() {
  const codes = assignAgencyCodes();
  const counts = assignCounts();
  const reserved = new Set(SPECIAL_SERVICES.map((s) => s.id));
  /** @type {Service[]} */
  const out = [];
  AGENCIES.forEach((agency, index) => {
    const objects = OBJECTS[agency.domain];
    const code = /** @type {string} */ (codes.get(agency.id));
    const titles = new Set();
    const serials = new Set();
    while (titles.size < counts[index]) {
      const object = rand.pick(objects);
      const title = `${rand.pick(ACTIONS)} ${object}${rand.pick(QUALIFIERS)}`;
      if (titles.has(title)) continue;
      let id;
      do {
        const suffix = rand.chance(0.9) ? '000' : `00${rand.int(1, 9)}`;
        id = `${code}${rand.int(1000, 9999)}${suffix}`;
      } while (serials.has(id) || reserved.has(id));
      titles.add(title);
      serials.add(id);
      // ~3% spelled with Arabic letters, so Persian queries must fold to find them.
      out.push(buildService(agency, id, rand.chance(0.03) ? toArabicLetters(title) : title, object));
    }
  });
  return out;
}

/** Every service, sorted by id (special fixtures, ids 999…, come last). */
export const SERVICES = [...generate(), ...SPECIAL_SERVICES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** @type {Map<string, Service>} */
const BY_ID = new Map(SERVICES.map((s) => [s.id, s]));

/**
 * Folded text per service (same index as SERVICES), built on the first search so
 * module load stays fast. Title kept separate to rank title matches first.
 * @type {{ title: string, all: string }[] | undefined}
 */
let searchIndex;
function getSearchIndex() {
  searchIndex ??= SERVICES.map((s) => {
    const title = fold(s.title);
    return { title, all: `${title} ${fold(s.description)} ${fold(s.agency.name)} ${s.id}` };
  });
  return searchIndex;
}

/**
 * @param {string} id
 * @returns {Service | undefined}
 */
export function findService(id) {
  return BY_ID.get(id);
}

/**
 * Filter and page the directory. Matching is AND over folded query words, each a
 * substring of title, description, agency name or id; services whose title holds
 * every word come first, then by id.
 * @param {{ q?: string, agency?: string, electronic?: string, type?: string, page: number, pageSize: number }} query
 * @returns {{ items: Service[], total: number, page: number, pageSize: number }}
 */
export function listServices({ q, agency, electronic, type, page, pageSize }) {
  const words = foldWords(q);
  const index = words.length ? getSearchIndex() : undefined;
  /** @type {Service[]} */
  const titleHits = [];
  /** @type {Service[]} */
  const otherHits = [];
  SERVICES.forEach((s, i) => {
    if (agency && s.agency.id !== agency) return;
    if (electronic && s.electronic !== electronic) return;
    if (type && s.type !== type) return;
    if (index) {
      const { title, all } = index[i];
      if (!words.every((w) => all.includes(w))) return;
      (words.every((w) => title.includes(w)) ? titleHits : otherHits).push(s);
    } else {
      titleHits.push(s);
    }
  });
  const hits = titleHits.concat(otherHits);
  const start = (page - 1) * pageSize;
  return { items: hits.slice(start, start + pageSize), total: hits.length, page, pageSize };
}

/**
 * How many directory services an agency has (used for its evaluation figures).
 * @param {string} agencyId
 */
export function countServicesOf(agencyId) {
  let n = 0;
  for (const s of SERVICES) if (s.agency.id === agencyId) n++;
  return n;
}

export { SPECIAL_IDS };
