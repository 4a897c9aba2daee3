import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { ces, csat, nps, wom } from '../../shared/metrics.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { toLocal } from '../cases/business-hours.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locations: string[];
let touchpoints: string[];
let surveyId: string;
let staffIds: string[];
type Row = { nps: number | null; csat: number | null; ces: number | null; location: string; touchpoint: string; staff: string | null; at: Date };
const stored: Row[] = [];

/** A seeded pseudo-random generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The same figures computed directly from raw rows with the shared definitions. */
function direct(rows: Row[]) {
  const npsRows = rows.filter((r) => r.nps !== null);
  const counts = { n: npsRows.length, promoters: npsRows.filter((r) => r.nps! >= 9).length, detractors: npsRows.filter((r) => r.nps! <= 6).length };
  const scale = (key: 'csat' | 'ces', top: number) => {
    const xs = rows.map((r) => r[key]).filter((x): x is number => x !== null);
    return { n: xs.length, sum: xs.reduce((a, b) => a + b, 0), top: xs.filter((x) => x >= top).length };
  };
  return { nps: nps(counts), csat: csat(scale('csat', 4)), ces: ces(scale('ces', 5)), wom: wom(counts), responses: rows.length };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Analytics clinic');
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  locations = [];
  for (const name of ['North', 'South', 'East']) locations.push((await org.as.post('/api/v1/locations', { name })).json().id);
  touchpoints = [];
  for (const [name, kind] of [['Reception', 'service'], ['Treatment', 'product'], ['Website', 'brand']]) touchpoints.push((await org.as.post('/api/v1/touchpoints', { name, kind, stage: 'service' })).json().id);
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Mixed',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
        { id: 'ces', type: 'ces', text: { en: 'Easy?' } },
      ],
    })
  ).json().id;
  staffIds = [];
  for (const [i, loc] of [locations[0], locations[1]].entries())
    staffIds.push((await org.as.post('/api/v1/staff', { name: `S${i}`, email: `s${i}@analytics.example`, role: 'staff', locationIds: [loc], sendInvite: false })).json().id);
  const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
  const random = rng(42);
  const start = Date.parse('2026-03-01T00:00:00Z');
  for (let i = 0; i < 400; i++) {
    const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const row: Row = {
      nps: random() < 0.9 ? Math.floor(random() * 11) : null,
      csat: random() < 0.7 ? 1 + Math.floor(random() * 5) : null,
      ces: random() < 0.5 ? 1 + Math.floor(random() * 7) : null,
      location: pick(locations),
      touchpoint: pick(touchpoints),
      at: new Date(start + Math.floor(random() * 60 * 86_400_000)),
      staff: pick([...staffIds, null]),
    };
    if (row.nps === null && row.csat === null && row.ces === null) row.nps = 5;
    const answers = Object.fromEntries(Object.entries({ nps: row.nps, csat: row.csat, ces: row.ces }).filter(([, v]) => v !== null));
    await ingest(t.db, { orgId: org.orgId, survey, channel: 'api', partial: true }, { answers, locationId: row.location, touchpointId: row.touchpoint, staffId: row.staff ?? undefined, submittedAt: row.at });
    stored.push(row);
  }
  await t.runRollups();
});
afterAll(() => t.close());

const localDay = (d: Date) => toLocal(d, 'Europe/Sofia').date;
const inRange = (from: string, to: string) => (r: Row) => localDay(r.at) >= from && localDay(r.at) < to;
const pickFigures = (f: Record<string, unknown>) => ({ nps: f.nps, csat: f.csat, ces: f.ces, wom: f.wom, responses: f.responses });

describe('metrics from rollups agree with a direct computation from raw rows', () => {
  it('overall, by period, and filtered by one dimension', async () => {
    const all = (await org.as.get('/api/v1/metrics/summary')).json();
    expect(all.source).toBe('rollup');
    expect(pickFigures(all)).toEqual(direct(stored));
    const period = (await org.as.get('/api/v1/metrics/summary?from=2026-03-10&to=2026-04-10')).json();
    expect(pickFigures(period)).toEqual(direct(stored.filter(inRange('2026-03-10', '2026-04-10'))));
    expect(pickFigures(period.previous)).toEqual(direct(stored.filter(inRange('2026-02-07', '2026-03-10'))));
    const north = (await org.as.get(`/api/v1/metrics/summary?locationId=${locations[0]}`)).json();
    expect(pickFigures(north)).toEqual(direct(stored.filter((r) => r.location === locations[0])));
  });

  it('with a location and one more dimension (paired rollups), and with any other pair (raw path)', async () => {
    const paired = (await org.as.get(`/api/v1/metrics/summary?locationId=${locations[1]}&touchpointId=${touchpoints[0]}`)).json();
    expect(paired.source).toBe('rollup');
    expect(pickFigures(paired)).toEqual(direct(stored.filter((r) => r.location === locations[1] && r.touchpoint === touchpoints[0])));
    const byTouchpoint = (await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=touchpoint&locationId=${locations[2]}`)).json();
    expect(byTouchpoint.source).toBe('rollup');
    for (const item of byTouchpoint.items) expect(item).toMatchObject(direct(stored.filter((r) => r.location === locations[2] && r.touchpoint === item.key)).nps);
    const weekly = (await org.as.get(`/api/v1/metrics/timeseries?metric=nps&interval=week&locationId=${locations[0]}&kind=product`)).json();
    expect(weekly.source).toBe('rollup');
    expect(weekly.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(direct(stored.filter((r) => r.location === locations[0] && r.touchpoint === touchpoints[1])).nps.n);
    const surveyTouchpoint = (await org.as.get(`/api/v1/metrics/summary?surveyId=${surveyId}&touchpointId=${touchpoints[2]}`)).json();
    expect(surveyTouchpoint.source).toBe('rollup');
    expect(pickFigures(surveyTouchpoint)).toEqual(direct(stored.filter((r) => r.touchpoint === touchpoints[2])));
    const raw = (await org.as.get(`/api/v1/metrics/summary?locationId=${locations[0]}&touchpointId=${touchpoints[0]}&staffId=${staffIds[0]}`)).json();
    expect(raw.source).toBe('raw');
    expect(pickFigures(raw)).toEqual(direct(stored.filter((r) => r.location === locations[0] && r.touchpoint === touchpoints[0] && r.staff === staffIds[0])));
  });

  it('with two of touchpoint, staff, survey and kind (paired rollups)', async () => {
    const both = (await org.as.get(`/api/v1/metrics/summary?from=2026-03-10&to=2026-04-10&touchpointId=${touchpoints[1]}&staffId=${staffIds[1]}`)).json();
    expect(both.source).toBe('rollup');
    expect(pickFigures(both)).toEqual(direct(stored.filter((r) => inRange('2026-03-10', '2026-04-10')(r) && r.touchpoint === touchpoints[1] && r.staff === staffIds[1])));
    const byStaff = (await org.as.get(`/api/v1/metrics/breakdown?metric=csat&by=staff&surveyId=${surveyId}`)).json();
    expect(byStaff.source).toBe('rollup');
    expect(byStaff.items.map((i: { key: string }) => i.key).sort()).toEqual([...staffIds].sort());
    for (const item of byStaff.items) expect(item).toMatchObject(direct(stored.filter((r) => r.staff === item.key)).csat);
    const byKind = (await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=kind&staffId=${staffIds[0]}`)).json();
    expect(byKind.source).toBe('rollup');
    for (const [i, kind] of ['service', 'product', 'brand'].entries())
      expect(byKind.items.find((x: { key: string }) => x.key === kind)).toMatchObject(direct(stored.filter((r) => r.staff === staffIds[0] && r.touchpoint === touchpoints[i])).nps);
    const monthly = (await org.as.get(`/api/v1/metrics/timeseries?metric=nps&interval=month&staffId=${staffIds[0]}&touchpointId=${touchpoints[0]}`)).json();
    expect(monthly.source).toBe('rollup');
    expect(monthly.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(direct(stored.filter((r) => r.staff === staffIds[0] && r.touchpoint === touchpoints[0])).nps.n);
  });

  it('breaks down by location and by touchpoint kind, with labels', async () => {
    const byLocation = (await org.as.get('/api/v1/metrics/breakdown?metric=nps&by=location')).json();
    expect(byLocation.items).toHaveLength(3);
    for (const item of byLocation.items) {
      expect(item).toMatchObject({ ...direct(stored.filter((r) => r.location === item.key)).nps, key: item.key });
      expect(['North', 'South', 'East']).toContain(item.label);
    }
    const byKind = (await org.as.get('/api/v1/metrics/breakdown?metric=csat&by=kind')).json();
    const product = byKind.items.find((i: { key: string }) => i.key === 'product');
    expect(product).toMatchObject({ label: 'product', ...direct(stored.filter((r) => r.touchpoint === touchpoints[1])).csat });
  });

  it('draws weekly and monthly trends whose parts add up', async () => {
    const weeks = (await org.as.get('/api/v1/metrics/timeseries?metric=nps&interval=week')).json();
    expect(weeks.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(direct(stored).nps.n);
    expect(weeks.items[0].period).toBe('2026-02-23'); // weeks start on Monday; 1 March 2026 is a Sunday
    const months = (await org.as.get('/api/v1/metrics/timeseries?metric=wom&interval=month')).json();
    const march = months.items.find((i: { period: string }) => i.period === '2026-03-01');
    expect(march).toMatchObject(direct(stored.filter(inRange('2026-03-01', '2026-04-01'))).wom);
  });

  it("counts a response on the organisation's local day, not UTC's", async () => {
    const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
    // 22:30 UTC on 31 May is 01:30 on 1 June in Sofia (UTC+3 in summer).
    await ingest(t.db, { orgId: org.orgId, survey, channel: 'api', partial: true }, { answers: { nps: 10 }, submittedAt: new Date('2026-05-31T22:30:00Z') });
    await t.runRollups();
    const june = (await org.as.get('/api/v1/metrics/summary?from=2026-06-01&to=2026-06-02')).json();
    expect(june.nps).toMatchObject({ n: 1, promoters: 1, value: 100, tooFew: true });
    const may31 = (await org.as.get('/api/v1/metrics/summary?from=2026-05-31&to=2026-06-01')).json();
    expect(may31.nps.n).toBe(0);
  });

  it('keeps every caller to their own rows: other organisations and a manager\'s locations', async () => {
    const other = await t.newOrg('Other');
    const leak = (await other.as.get(`/api/v1/metrics/summary?locationId=${locations[0]}`)).json();
    expect(leak.nps.n).toBe(0);
    expect((await other.as.get('/api/v1/metrics/breakdown?by=location')).json().items).toEqual([]);
    const manager = (await org.as.post('/api/v1/staff', { name: 'M', email: 'm@analytics.example', role: 'manager', locationIds: [locations[2]], sendInvite: false })).json();
    const asManager = t.as(await t.keyFor(org.orgId, 'manager', manager.id));
    const mine = (await asManager.get('/api/v1/metrics/summary?from=2026-01-01&to=2026-05-01')).json();
    expect(pickFigures(mine)).toEqual(direct(stored.filter((r) => r.location === locations[2])));
    const elsewhere = (await asManager.get(`/api/v1/metrics/summary?locationId=${locations[0]}`)).json();
    expect(elsewhere.nps.n).toBe(0);
  });

  it('counts a response once however often the rollup runs', async () => {
    const before = (await org.as.get('/api/v1/metrics/summary')).json().responses;
    await t.runRollups();
    await t.runRollups();
    expect((await org.as.get('/api/v1/metrics/summary')).json().responses).toBe(before);
  });
});
