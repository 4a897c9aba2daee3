import { inflateSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rng } from '../../../test/support/rng.ts';
import { ingest } from '../responses/ingest.ts';
import { drainPurchases } from '../retention/purchases-rollup.ts';
import { drainSegments } from '../retention/segments.ts';
import { drainSegmentCounts } from '../analytics/segment-rollup.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';

const DAY = 86_400_000;
let t: TestApp;
let a: Awaited<ReturnType<TestApp['newOrg']>>;
let b: Awaited<ReturnType<TestApp['newOrg']>>;
const aLocations: string[] = [];

/** The document's text (unpdf, i.e. PDF.js), its page count, and how many path segments and images its content streams draw. */
async function pdfText(body: Buffer): Promise<{ text: string; pages: number; segments: number; images: number }> {
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  const raw = body.toString('latin1');
  let drawn = '';
  for (const m of raw.matchAll(/\/FlateDecode[^]*?stream\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('\nendstream', start);
    try {
      drawn += inflateSync(body.subarray(start, end)).toString('latin1');
    } catch {
      // not a content stream (e.g. a font program ending differently): nothing to count
    }
  }
  return {
    text: text.replace(/\s+/g, ' '),
    pages: totalPages,
    segments: (drawn.match(/ l\n/g) ?? []).length,
    images: (raw.match(/\/Subtype \/Image/g) ?? []).length,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  a = await t.newOrg('Alpha dental');
  b = await t.newOrg('Beta bakery');
  await a.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  for (const name of ['Alpha Harbour', 'Alpha Hill', 'Alpha Square'])
    aLocations.push((await a.as.post('/api/v1/locations', { name })).json().id);
  const staff = [];
  for (const [i, name] of ['Alpha Ivanova', 'Alpha Petrov'].entries())
    staff.push(
      (
        await a.as.post('/api/v1/staff', {
          name,
          email: `s${i}@alpha.example`,
          role: 'staff',
          locationIds: [aLocations[i]],
          sendInvite: false,
        })
      ).json().id,
    );
  const touchpoint = (
    await a.as.post('/api/v1/touchpoints', { name: 'Alpha Reception', kind: 'service', stage: 'service' })
  ).json().id;
  const customers: string[] = [];
  for (let i = 0; i < 20; i++)
    customers.push((await a.as.post('/api/v1/customers', { name: `Alpha customer ${i}` })).json().id);
  const now = Date.now();
  const items = customers.slice(0, 15).flatMap((c, i) =>
    Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      customerId: c,
      occurredAt: new Date(now - (10 + i * 7 + k) * DAY).toISOString(),
      revenue: 20 + i * 5,
      currency: 'EUR',
    })),
  );
  expect((await a.as.post('/api/v1/interactions/batch', { items })).json().errors).toBe(0);
  const surveyId = (
    await a.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
      ],
    })
  ).json().id;
  const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
  const random = rng(5);
  for (let i = 0; i < 240; i++) {
    const loc = Math.floor(random() * 3);
    // Harbour scores high, Square low, so best and worst are clear.
    const score = Math.min(10, Math.max(0, Math.round([9, 7, 5][loc]! + (random() - 0.5) * 6)));
    await ingest(
      t.db,
      { orgId: a.orgId, survey, channel: 'api', partial: false },
      {
        answers: { nps: score, csat: 1 + Math.floor(random() * 5) },
        customerId: customers[Math.floor(random() * customers.length)],
        locationId: aLocations[loc],
        staffId: loc < 2 ? staff[loc] : undefined,
        touchpointId: random() < 0.5 ? touchpoint : undefined,
        submittedAt: new Date(now - Math.floor(random() * 25 * DAY)),
      },
    );
  }
  await t.runRollups();
  await drainPurchases(t.database.pool);
  await drainSegments(t.database.pool);
  await drainSegmentCounts(t.database.pool);
}, 120_000);
afterAll(() => t.close());

const range = () => {
  // Two days ahead: the dates are the organisation's local days, and just after its midnight (UTC still
  // on the day before) tomorrow in UTC is its today, which would leave out an answer of the last hour.
  const to = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
  const from = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
  return `from=${from}&to=${to}`;
};

describe('GET /api/v1/reports/dashboard.pdf', () => {
  it("is a valid PDF with the organisation's figures, n and intervals, a vector trend and the best and worst", async () => {
    const res = await a.as.get(`/api/v1/reports/dashboard.pdf?${range()}&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="zabota-dashboard-.*\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages, segments: lines, images } = await pdfText(res.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(1);
    const summary = (await a.as.get(`/api/v1/metrics/summary?${range()}`)).json();
    expect(summary.nps.n).toBe(240);
    for (const s of [
      'Loyalty dashboard',
      'Alpha dental',
      'Headline figures',
      'NPS over time',
      'Best locations',
      'Locations to help',
      'Alpha Reception',
      'NPS by customer segment',
    ])
      expect(text).toContain(s);
    expect(text).toContain(`NPS ${summary.nps.value} ${summary.nps.n} ${summary.nps.ci95[0]} … ${summary.nps.ci95[1]}`);
    expect(text).toContain(`${summary.csat.value}% ${summary.csat.n}`);
    const locations = (await a.as.get(`/api/v1/metrics/breakdown?metric=nps&by=location&${range()}`)).json().items;
    const best = locations.reduce((x: { value: number }, y: { value: number }) => (y.value > x.value ? y : x));
    expect(best.label).toBe('Alpha Harbour');
    expect(text).toContain(`Best locations NPS n 95% interval Alpha Harbour ${best.value} ${best.n}`);
    const segments = (await a.as.get(`/api/v1/metrics/breakdown?metric=nps&by=segment&${range()}`)).json().items;
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect(text).toContain(`${s.value} ${s.n}`);
    // The trend is drawn, not pasted as a picture.
    expect(images).toBe(0);
    expect(lines).toBeGreaterThan(20);
  });

  it('speaks Russian and Bulgarian, Cyrillic included, and follows the filters', async () => {
    const ru = await pdfText(
      (await a.as.get(`/api/v1/reports/dashboard.pdf?${range()}&lang=ru&locationId=${aLocations[2]}`)).rawPayload,
    );
    const filtered = (await a.as.get(`/api/v1/metrics/summary?${range()}&locationId=${aLocations[2]}`)).json();
    for (const s of [
      'Панель лояльности',
      'Главные показатели',
      'Фильтры: Филиал: Alpha Square',
      'NPS по сегментам клиентов',
    ])
      expect(ru.text).toContain(s);
    expect(ru.text).toContain(`NPS ${filtered.nps.value} ${filtered.nps.n}`);
    expect(ru.text).not.toContain('Alpha Harbour');
    const bg = await pdfText((await a.as.get(`/api/v1/reports/dashboard.pdf?lang=bg`)).rawPayload);
    expect(bg.text).toContain('Табло за лоялност');
  });

  it('keeps a manager to their locations, as the dashboard does', async () => {
    const manager = (
      await a.as.post('/api/v1/staff', {
        name: 'Alpha Manager',
        email: 'manager@alpha.example',
        role: 'manager',
        locationIds: [aLocations[1]],
        sendInvite: false,
      })
    ).json();
    const asManager = t.as(await t.keyFor(a.orgId, 'manager', manager.id));
    const { text } = await pdfText(
      (await asManager.get(`/api/v1/reports/dashboard.pdf?${range()}&lang=en`)).rawPayload,
    );
    const own = (await asManager.get(`/api/v1/metrics/summary?${range()}`)).json();
    expect(own.nps.n).toBeGreaterThan(0);
    expect(own.nps.n).toBeLessThan(240);
    expect(text).toContain(`NPS ${own.nps.value} ${own.nps.n}`);
    expect(text).toContain('Alpha Hill');
    for (const other of ['Alpha Harbour', 'Alpha Square']) expect(text).not.toContain(other);
  });

  it("never shows another organisation's data, and refuses bad input with field messages", async () => {
    const res = await b.as.get(`/api/v1/reports/dashboard.pdf?${range()}&lang=en&locationId=${aLocations[0]}`);
    expect(res.statusCode).toBe(200);
    const { text } = await pdfText(res.rawPayload);
    expect(text).toContain('Beta bakery');
    for (const s of ['Alpha', 'Harbour']) expect(text).not.toContain(s);
    expect(text).toContain('NPS — 0 No answers yet');
    for (const [query, field] of [
      ['lang=fr', 'lang'],
      ['segment=vip', 'segment'],
      ['interval=year', 'interval'],
      ['locationId=nope', 'locationId'],
    ]) {
      const bad = await a.as.get(`/api/v1/reports/dashboard.pdf?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(
        Object.keys(bad.json().error.fields).some((k) => k.endsWith(field!)),
        query,
      ).toBe(true);
    }
  });
});
