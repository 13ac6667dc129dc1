/**
 * The reference API is what every test, demo and story reads, so it is tested too: its
 * answers are checked over real HTTP against its own OpenAPI document, and the published
 * round-5 figures are exact.
 */
import { expect } from '@open-wc/testing';
import { validateAgainst } from '../dev/api/schema-check.mjs';

type Doc = Parameters<typeof validateAgainst>[0];
let openapi: Doc;

const get = async (path: string) => {
  const res = await fetch(`/api${path}`);
  return { res, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
};

const conforms = (schema: string, value: unknown) => {
  const errors = validateAgainst(openapi, schema, value);
  expect(errors, JSON.stringify(errors.slice(0, 3))).to.deep.equal([]);
};

describe('reference API', () => {
  before(async () => {
    openapi = (await get('/openapi.json')).body as Doc;
  });

  it('serves an OpenAPI 3.1 document with every contract path', () => {
    const doc = openapi as unknown as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).to.match(/^3\.1/);
    for (const p of [
      '/services/{id}',
      '/services',
      '/evaluations/{round}/summary',
      '/evaluations/{round}/agencies',
      '/evaluations/{round}/agencies/{agencyId}',
      '/inquiries/{trackingCode}',
    ]) {
      expect(doc.paths, p).to.have.property(p);
    }
  });

  it('round 5 is the published evaluation: 105 agencies, 2,200 services, 62.8% and the five axes', async () => {
    const { body } = await get('/evaluations/latest/summary');
    conforms('#/components/schemas/EvaluationSummary', body);
    expect(body.round).to.equal(5);
    expect(body.agencyCount).to.equal(105);
    expect(body.serviceCount).to.equal(2200);
    expect(body.score).to.equal(62.8);
    expect(Object.fromEntries(body.axes.map((a: { key: string; score: number }) => [a.key, a.score]))).to.deep.equal({
      portal: 84,
      'web-presence': 66.9,
      interactive: 70.44,
      transactional: 70.22,
      integration: 50.19,
    });
    const list = (await get('/evaluations/5/agencies')).body;
    conforms('#/components/schemas/Scoreboard', list);
    expect(list.items).to.have.length(105);
  });

  it('every special service and a directory page conform to the contract', async () => {
    for (const id of ['13061408000', '99900000001', '99900000002', '99900000003', '99900000004', '99900000006', '99900000008']) {
      conforms('#/components/schemas/Service', (await get(`/services/${id}`)).body);
    }
    const page = (await get('/services?page=3&pageSize=50')).body;
    conforms('#/components/schemas/ServicePage', page);
    expect(page.total).to.be.at.least(5800);
    expect(page.items).to.have.length(50);
  });

  it('every inquiry status conforms, and the example inquiry is found with or without dashes', async () => {
    const statuses = new Set<string>();
    for (const code of [
      '1403-0725-118842',
      '1403-0801-200101',
      '1403-0802-200202',
      '1403-0610-300303',
      '1403-0515-400404',
      '1403-0320-500505',
    ]) {
      const { body } = await get(`/inquiries/${code}`);
      conforms('#/components/schemas/Inquiry', body);
      statuses.add(body.status);
    }
    expect([...statuses].sort()).to.deep.equal(['answered', 'closed', 'in-review', 'registered', 'rejected', 'sent']);
    expect((await get('/inquiries/14030725118842')).body.trackingCode).to.equal('1403-0725-118842');
  });

  it('folds Arabic ي/ك in queries: both spellings find the same services', async () => {
    const persian = (await get(`/services?q=${encodeURIComponent('کارت هوشمند کشاورزی برای بهره‌برداران')}`)).body;
    const arabic = (await get(`/services?q=${encodeURIComponent('كارت هوشمند كشاورزي براي بهره‌برداران')}`)).body;
    expect(persian.total).to.be.greaterThan(0);
    expect(arabic.total).to.equal(persian.total);
    expect(persian.items.map((s: { id: string }) => s.id)).to.include('99900000004');
  });

  it('folds hamza and madda: every spelling of a word finds the same services', async () => {
    const ids = async (q: string) => {
      const body = (await get(`/services?pageSize=100&q=${encodeURIComponent(q)}`)).body as { total: number; items: { id: string }[] };
      return { total: body.total, ids: body.items.map((s) => s.id).join() };
    };
    for (const variants of [
      ['تأیید', 'تایید', 'تائید'],
      ['آزمون', 'ازمون', 'أزمون', 'إزمون'],
      ['مؤسسه', 'موسسه'],
    ]) {
      const [first, ...rest] = await Promise.all(variants.map(ids));
      expect(first!.total, variants[0]).to.be.greaterThan(0);
      for (const [i, r] of rest.entries()) expect(r, variants[i + 1]).to.deep.equal(first);
    }
  });

  it('answers errors with the contract error body and CORS headers', async () => {
    const { res, body } = await get('/services/00000000000');
    expect(res.status).to.equal(404);
    conforms('#/components/schemas/Error', body);
    expect(res.headers.get('access-control-allow-origin')).to.equal('*');
  });

  it('fault modes answer as documented', async () => {
    expect((await get('/_fault/500/services/13061408000')).res.status).to.equal(500);
    expect((await get('/_fault/404/services/13061408000')).res.status).to.equal(404);
    const html = await get('/_fault/html/services/13061408000');
    expect(html.res.status).to.equal(200);
    expect(html.res.headers.get('content-type')).to.contain('text/html');
    const malformed = await fetch('/api/_fault/malformed/services/13061408000');
    expect(malformed.status).to.equal(200);
    const text = await malformed.text();
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
    const invalid = (await get('/_fault/invalid/services/13061408000')).body;
    expect(validateAgainst(openapi, '#/components/schemas/Service', invalid)).to.not.deep.equal([]);
    await fetch('/api/_fault/network/services/1').then(
      () => expect.fail('a network fault must not answer'),
      (e: unknown) => expect(e).to.be.instanceOf(TypeError),
    );
  });
});
