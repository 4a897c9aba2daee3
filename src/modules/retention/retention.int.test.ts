import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rng } from '../../../test/support/rng.ts';
import { nps } from '../../shared/metrics.ts';
import { driverAnalysis, monthRange, pairStats } from '../analytics/drivers.ts';
import { drainDrivers, rollUpDrivers } from '../analytics/drivers-rollup.ts';
import { drainSegmentCounts } from '../analytics/segment-rollup.ts';
import { driverStats, OUTCOME_KEY } from '../analytics/drivers.repo.ts';
import { toLocal } from '../../shared/business-hours.ts';
import { createCustomersBatch } from '../customers/customers.batch.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { forget } from '../../platform/cache.ts';
import { drainPurchases, rollUpPurchases } from './purchases-rollup.ts';
import { drainSegments } from './segments.ts';
import { drainRfm, rollUpRfm } from './rfm-rollup.ts';
import {
  addMonths,
  cohortTable,
  localMonth,
  monthsBetween,
  quintiles,
  rate,
  segmentOf,
  type CohortCell,
} from './retention.math.ts';

const TZ = 'Europe/Sofia';
const DAY = 86_400_000;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
type Customer = { id: string; channel: string | null; campaign: string | null };
type Purchase = { customer: string; at: Date; cents: number };
type Answer = {
  customer: string;
  touchpoint: string | null;
  nps: number | null;
  csat: number | null;
  at: Date;
  staff: string | null;
};
const customers: Customer[] = [];
const purchases: Purchase[] = [];
const answers: Answer[] = [];
let touchpoints: string[] = [];
let staffIds: string[] = [];
let locations: string[] = [];

const localDay = (d: Date) => toLocal(d, TZ).date;

/** The summary of a window against a direct computation from `purchases`. */
async function expectSummary(from: string | null, to: string | null) {
  const inWindow = purchases.filter(
    (p) => (from === null || localDay(p.at) >= from) && (to === null || localDay(p.at) < to),
  );
  const per = new Map<string, { n: number; cents: number }>();
  for (const p of inWindow) {
    const x = per.get(p.customer) ?? { n: 0, cents: 0 };
    x.n++;
    x.cents += p.cents;
    per.set(p.customer, x);
  }
  const returning = (id: string) => from !== null && purchases.some((p) => p.customer === id && localDay(p.at) < from);
  const res = (
    await org.as.get(
      `/api/v1/retention/summary?${new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) })}`,
    )
  ).json();
  const repeaters = [...per.values()].filter((x) => x.n >= 2).length;
  expect(res.repeatRate).toEqual(rate(repeaters, per.size));
  expect(res.purchases).toBe(inWindow.length);
  const cents = (ids: string[]) => ids.reduce((a, id) => a + per.get(id)!.cents, 0) / 100;
  const ids = [...per.keys()];
  expect(res.newCustomers).toEqual({
    n: ids.filter((id) => !returning(id)).length,
    revenue: cents(ids.filter((id) => !returning(id))),
  });
  expect(res.returningCustomers).toEqual({ n: ids.filter(returning).length, revenue: cents(ids.filter(returning)) });
  expect(res.revenue).toBe(cents(ids));
}

/** The RFM table against a direct computation from `purchases` and the answers given (quintiles with ties, segments, revenue, CLV, NPS of latest answers). */
async function expectRfm(list: Answer[]) {
  const per = new Map<string, { last: string; f: number; cents: number }>();
  for (const p of purchases) {
    const x = per.get(p.customer) ?? { last: '', f: 0, cents: 0 };
    x.f++;
    x.cents += p.cents;
    if (localDay(p.at) > x.last) x.last = localDay(p.at);
    per.set(p.customer, x);
  }
  const ids = [...per.keys()];
  const r = quintiles(ids.map((id) => Date.parse(per.get(id)!.last)));
  const f = quintiles(ids.map((id) => per.get(id)!.f));
  const m = quintiles(ids.map((id) => per.get(id)!.cents));
  const latest = new Map<string, Answer>();
  for (const a of list)
    if (a.nps !== null && (!latest.has(a.customer) || a.at > latest.get(a.customer)!.at)) latest.set(a.customer, a);
  await drainRfm(t.database.pool); // as the RFM sweeper does within a second
  const res = (await org.as.get('/api/v1/retention/rfm')).json();
  expect(res.customers).toBe(ids.length);
  for (const seg of res.segments) {
    const members = ids.filter((_, i) => segmentOf(r[i]!, f[i]!, m[i]!) === seg.segment);
    const scores = members.map((id) => latest.get(id)?.nps).filter((x): x is number => x !== undefined);
    const revenue = members.reduce((a, id) => a + per.get(id)!.cents, 0) / 100;
    expect(seg).toEqual({
      segment: seg.segment,
      customers: members.length,
      purchases: members.reduce((a, id) => a + per.get(id)!.f, 0),
      revenue,
      clv: members.length ? Math.round((revenue / members.length) * 100) / 100 : null,
      nps: nps({
        n: scores.length,
        promoters: scores.filter((s) => s >= 9).length,
        detractors: scores.filter((s) => s <= 6).length,
      }),
    });
  }
  const ads = res.channels.find((c: { channel: string | null }) => c.channel === 'ads');
  const adsIds = ids.filter((id) => customers.find((c) => c.id === id)!.channel === 'ads');
  expect(ads.customers).toBe(adsIds.length);
  expect(ads.revenue).toBe(adsIds.reduce((a, id) => a + per.get(id)!.cents, 0) / 100);
}

/** The experience link against a direct computation: customers by the band of their latest answer in [from, to), bought again within `days` after it. */
async function expectExperience(list: Answer[], days: number, range: { from?: string; to?: string } = {}) {
  await drainRfm(t.database.pool); // as the RFM sweeper does within a second
  forget(org.orgId);
  const latest = new Map<string, Answer>();
  const inRange = (a: Answer) =>
    (!range.from || localDay(a.at) >= range.from) && (!range.to || localDay(a.at) < range.to);
  for (const a of list)
    if (a.nps !== null && inRange(a) && (!latest.has(a.customer) || a.at > latest.get(a.customer)!.at))
      latest.set(a.customer, a);
  const res = (
    await org.as.get(`/api/v1/retention/experience?${new URLSearchParams({ days: String(days), ...range })}`)
  ).json();
  for (const band of ['promoter', 'passive', 'detractor'] as const) {
    const members = [...latest.values()].filter(
      (a) => (a.nps! >= 9 ? 'promoter' : a.nps! >= 7 ? 'passive' : 'detractor') === band,
    );
    const observable = members.filter((a) => a.at.getTime() <= Date.now() - days * DAY);
    const repeated = observable.filter((a) =>
      purchases.some((p) => p.customer === a.customer && p.at > a.at && p.at.getTime() <= a.at.getTime() + days * DAY),
    );
    expect(res.items.find((i: { band: string }) => i.band === band)).toEqual({
      band,
      customers: members.length,
      pending: members.length - observable.length,
      repeatRate: rate(repeated.length, observable.length),
    });
  }
  expect(
    res.items.reduce((n: number, i: { repeatRate: { hits: number } }) => n + i.repeatRate.hits, 0),
  ).toBeGreaterThan(0);
}

/** The cohort table against a direct computation from `purchases` and the customers' acquisition channel and campaign. */
async function expectCohorts(groupBy: 'channel' | 'campaign' | 'none') {
  await drainRfm(t.database.pool); // as the RFM sweeper does within a second
  const current = localMonth(new Date(), TZ);
  const start = addMonths(current, -11);
  const first = new Map<string, string>();
  for (const p of purchases) {
    const m = localMonth(p.at, TZ);
    if (!first.has(p.customer) || m < first.get(p.customer)!) first.set(p.customer, m);
  }
  const active = new Set(purchases.map((p) => `${p.customer}|${localMonth(p.at, TZ)}`));
  const counts = new Map<string, number>();
  for (const key of active) {
    const [customer, m] = key.split('|') as [string, string];
    const cohort = first.get(customer)!;
    if (cohort < start) continue;
    const c = customers.find((x) => x.id === customer)!;
    const group = groupBy === 'channel' ? (c.channel ?? '') : groupBy === 'campaign' ? (c.campaign ?? '') : '';
    const cell = `${cohort}|${group}|${monthsBetween(cohort, m)}`;
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const cells: CohortCell[] = [...counts.entries()].map(([k, customers]) => {
    const [cohort, group, kk] = k.split('|') as [string, string, string];
    return { cohort, group, k: Number(kk), customers };
  });
  const res = (await org.as.get(`/api/v1/retention/cohorts?groupBy=${groupBy}&months=12`)).json();
  expect(res.currentMonth).toBe(current);
  expect(res.items).toEqual(cohortTable(cells, current));
  expect(res.items.length).toBeGreaterThan(groupBy === 'none' ? 3 : 6);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Retention clinic');
  await org.as.patch('/api/v1/org', { timeZone: TZ });
  const random = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  for (const name of ['North', 'South']) locations.push((await org.as.post('/api/v1/locations', { name })).json().id);
  for (const name of ['Reception', 'Treatment', 'Billing'])
    touchpoints.push((await org.as.post('/api/v1/touchpoints', { name, kind: 'service', stage: 'service' })).json().id);
  for (const [i, loc] of [locations[0], locations[0], locations[1]].entries())
    staffIds.push(
      (
        await org.as.post('/api/v1/staff', {
          name: `S${i}`,
          email: `s${i}@retention.example`,
          role: 'staff',
          locationIds: [loc],
          sendInvite: false,
        })
      ).json().id,
    );
  const actor = { orgId: org.orgId, role: 'owner' as const, staffId: null, locationIds: [], via: 'api_key' as const };
  const items = Array.from({ length: 80 }, (_, i) => ({
    externalId: `R${i}`,
    name: `Customer ${i}`,
    acquisitionChannel: ['ads', 'referral', null][i % 3],
    acquisitionCampaign: i % 2 ? 'spring' : null,
  }));
  const created = await createCustomersBatch(t.db, actor, items);
  created.results.forEach((r) =>
    customers.push({
      id: r.id!,
      channel: items[r.index]!.acquisitionChannel ?? null,
      campaign: items[r.index]!.acquisitionCampaign ?? null,
    }),
  );

  const now = Date.now();
  const batch: unknown[] = [];
  for (const c of customers) {
    const count = Math.floor(random() * 6);
    for (let k = 0; k < count; k++) {
      const at = new Date(now - Math.floor(random() * 420 * DAY));
      const cents = 1000 + Math.floor(random() * 20) * 500; // coarse amounts, so monetary ties happen
      purchases.push({ customer: c.id, at, cents });
      batch.push({
        customerId: c.id,
        occurredAt: at.toISOString(),
        revenue: cents / 100,
        currency: 'EUR',
        locationId: pick(locations),
      });
    }
    batch.push({
      customerId: c.id,
      occurredAt: new Date(now - Math.floor(random() * 300 * DAY)).toISOString(),
      revenue: null,
    }); // a visit without revenue is not a purchase
  }
  // Three purchases on one day (consecutive purchases within a day count as repeats).
  for (const h of [1, 2, 3]) {
    const at = new Date(now - 50 * DAY + h * 3_600_000);
    purchases.push({ customer: customers[1]!.id, at, cents: 700 * h });
    batch.push({
      customerId: customers[1]!.id,
      occurredAt: at.toISOString(),
      revenue: (700 * h) / 100,
      currency: 'EUR',
    });
  }
  // A purchase at 23:30 UTC on the last day of a month belongs to the next month in Sofia.
  const boundary = new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() - 2, 0, 23, 30));
  purchases.push({ customer: customers[0]!.id, at: boundary, cents: 4200 });
  batch.push({ customerId: customers[0]!.id, occurredAt: boundary.toISOString(), revenue: 42, currency: 'EUR' });
  const res = await org.as.post('/api/v1/interactions/batch', { items: batch });
  expect(res.json().errors).toBe(0);

  const surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Mixed',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    })
  ).json().id;
  const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
  for (const c of customers) {
    const q = random();
    const relationship = random() < 0.9 ? 1 + Math.floor(random() * 2) : 0;
    const visit = now - Math.floor(random() * 300 * DAY);
    for (let k = 0; k < relationship; k++)
      answers.push({
        customer: c.id,
        touchpoint: null,
        nps: Math.min(10, Math.max(0, Math.round(10 * q + (random() - 0.5) * 3))),
        csat: null,
        at: new Date(visit - Math.floor(random() * 3 * DAY)),
        staff: null,
      });
    for (const [i, tp] of touchpoints.entries()) {
      if (random() < 0.25) continue;
      const w = (i + 1) / 4;
      // Mostly around the customer's visit (driver cases are customer-months), sometimes any time.
      const at = random() < 0.8 ? visit - Math.floor(random() * 4 * DAY) : now - Math.floor(random() * 300 * DAY);
      answers.push({
        customer: c.id,
        touchpoint: tp,
        nps: null,
        csat: 1 + Math.round(4 * (w * q + (1 - w) * random())),
        at: new Date(at),
        staff: staffIds[i]!,
      });
    }
  }
  for (const a of answers) {
    const body = Object.fromEntries(
      Object.entries({ nps: a.nps, csat: a.csat, why: a.staff ? `About ${a.staff}` : null }).filter(
        ([, v]) => v !== null,
      ),
    );
    await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'api', partial: true },
      {
        answers: body,
        customerId: a.customer,
        touchpointId: a.touchpoint ?? undefined,
        staffId: a.staff ?? undefined,
        locationId: locations[0],
        submittedAt: a.at,
      },
    );
  }
  await t.runRollups();
  await drainPurchases(t.database.pool);
  await drainSegments(t.database.pool);
  await drainRfm(t.database.pool);
}, 120_000);
afterAll(() => t.close());

describe('retention economics agree with a direct computation', () => {
  it('summary: repeat-purchase rate and new versus returning revenue in a window', async () => {
    const day = (offset: number) => localDay(new Date(Date.now() + offset * DAY));
    // Windows ending after today (one-day cells), in the past (two-day cells), open at either end.
    for (const [from, to] of [
      [day(-120), day(1)],
      [day(-300), day(-100)],
      [day(-200), day(-199)],
      [day(-365), day(-3)],
      [day(-30), null],
      [null, day(-50)],
    ] as const)
      await expectSummary(from, to);
    const all = (await org.as.get('/api/v1/retention/summary')).json();
    expect(all.returningCustomers.n).toBe(0);
    expect(all.repeatRate.n).toBe(new Set(purchases.map((p) => p.customer)).size);
  });

  it("cohorts: by month of first purchase in the organisation's time zone, grouped by acquisition channel, campaign or not at all", async () => {
    for (const groupBy of ['channel', 'campaign', 'none'] as const) await expectCohorts(groupBy);
  });

  it('RFM: quintiles with ties, named segments, revenue, CLV and NPS per segment and channel', async () => {
    await expectRfm(answers);
  });

  it('experience: repeat rate of promoters, passives and detractors within N days of their latest answer', async () => {
    await expectExperience(answers, 60);
    await expectExperience(answers, 30, { from: localDay(new Date(Date.now() - 150 * DAY)) });
    // The dashboard's periods end tomorrow: the kept rows answer them too.
    const dashboardPeriod = {
      from: localDay(new Date(Date.now() - 150 * DAY)),
      to: localDay(new Date(Date.now() + DAY)),
    };
    await expectExperience(answers, 30, dashboardPeriod);
    // Unless an answer is dated after the period (a clock ahead, an import): a promoter's detractor answer in 3 days is not in it.
    const promoter = [...answers]
      .reverse()
      .find((a) => a.nps !== null && a.nps >= 9 && localDay(a.at) >= dashboardPeriod.from)!;
    const survey = (await surveysRepo.getAnyOrg(
      t.db,
      (await t.database.pool.query(`select id from surveys where org_id = $1 limit 1`, [org.orgId])).rows[0].id,
    ))!;
    const ahead = await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'api', partial: true },
      {
        answers: { nps: 0 },
        customerId: promoter.customer,
        locationId: locations[0],
        submittedAt: new Date(Date.now() + 3 * DAY),
      },
    );
    await t.runRollups();
    await expectExperience(answers, 30, dashboardPeriod);
    await t.database.pool.query('delete from responses where id = $1', [ahead.row.id]);
    await t.runRollups();
    // A closed range: the latest answer within it (computed from the responses).
    await expectExperience(answers, 45, {
      from: localDay(new Date(Date.now() - 250 * DAY)),
      to: localDay(new Date(Date.now() - 60 * DAY)),
    });
  });

  it("keeps staff out (revenue) and other organisations' customers out", async () => {
    const asStaff = t.as(await t.keyFor(org.orgId, 'staff', staffIds[0]!));
    expect((await asStaff.get('/api/v1/retention/rfm')).statusCode).toBe(403);
    expect((await asStaff.get('/api/v1/metrics/drivers')).statusCode).toBe(403);
    const other = await t.newOrg('Other');
    expect((await other.as.get('/api/v1/retention/rfm')).json().customers).toBe(0);
    expect((await other.as.get('/api/v1/retention/summary')).json().repeatRate.n).toBe(0);
  });
});

describe('driver analysis on customer-month cases (incremental rollup)', () => {
  const keys = () => [...touchpoints].sort();
  /** Cases computed directly from the answers: per customer and local month (optionally within whole months [from, to)), the latest relationship NPS and the mean touchpoint scores. */
  function directRows(list: Answer[], months: { from: string | null; to: string | null } = { from: null, to: null }) {
    const cases = new Map<string, Answer[]>();
    for (const a of list) {
      const m = `${localMonth(a.at, TZ)}-01`;
      if ((months.from && m < months.from) || (months.to && m >= months.to)) continue;
      const k = `${a.customer}|${m}`;
      if (!cases.has(k)) cases.set(k, []);
      cases.get(k)!.push(a);
    }
    const rows: (number | null)[][] = [];
    for (const xs of cases.values()) {
      const outcome = xs
        .filter((a) => a.touchpoint === null && a.nps !== null)
        .sort((a, b) => b.at.getTime() - a.at.getTime())[0];
      if (!outcome) continue;
      const row = keys().map((tp) => {
        const s = xs.filter((a) => a.touchpoint === tp).map((a) => (a.csat !== null ? (a.csat - 1) / 4 : a.nps! / 10));
        return s.length ? s.reduce((x, y) => x + y, 0) / s.length : null;
      });
      if (row.every((x) => x === null)) continue;
      rows.push([...row, outcome.nps]);
    }
    return rows;
  }
  async function expectStatsMatch(
    list: Answer[],
    range: { from: string | null; to: string | null },
    scope: string[] | null = null,
  ) {
    const direct = pairStats(directRows(list, monthRange(range)));
    const got = await driverStats(t.db, org.orgId, range, scope);
    const names = [...keys(), OUTCOME_KEY];
    for (const [i, a] of names.entries())
      for (const [j, b] of names.entries()) {
        const want = direct[i]![j]!;
        const row = got.find((r) => r.a === a && r.b === b);
        if (want.n === 0) {
          expect(row).toBeUndefined();
          continue;
        }
        expect(row).toBeDefined();
        expect(row!.n).toBe(want.n);
        for (const f of ['sx', 'sy', 'sxx', 'syy', 'sxy'] as const) expect(row![f]).toBeCloseTo(want[f], 9);
      }
    return direct;
  }

  it('sums the same pairwise statistics as a direct computation, for all time, whole-month ranges and a location', async () => {
    const direct = await expectStatsMatch(answers, { from: null, to: null });
    expect(direct[0]![0]!.n).toBeGreaterThan(20);
    await expectStatsMatch(answers, {
      from: localDay(new Date(Date.now() - 100 * DAY)),
      to: localDay(new Date(Date.now() + DAY)),
    });
    await expectStatsMatch(answers, {
      from: localDay(new Date(Date.now() - 250 * DAY)),
      to: localDay(new Date(Date.now() - 40 * DAY)),
    });
    await expectStatsMatch(answers, { from: null, to: null }, [locations[0]!]);
    expect(await driverStats(t.db, org.orgId, { from: null, to: null }, [locations[1]!])).toEqual([]);
  });

  it('matches relative weights computed directly from the cases', async () => {
    const rows = directRows(answers);
    const direct = driverAnalysis({ keys: keys(), stats: pairStats(rows), n: rows.length });
    forget(org.orgId);
    const res = (await org.as.get('/api/v1/metrics/drivers')).json();
    expect(res).toMatchObject({ method: 'relative_weights', n: direct.n, tooFew: direct.tooFew });
    expect(res.r2).toBeCloseTo(direct.r2!, 3);
    for (const item of direct.items) {
      const got = res.items.find((i: { key: string }) => i.key === item.key);
      expect(got.importance).toBeCloseTo(item.importance!, 3);
      expect(got).toMatchObject({ n: item.n, performance: item.performance, label: expect.any(String) });
    }
    // The touchpoint that tracks satisfaction most closely (Billing, weight 3/4) matters most.
    expect(res.items[0].label).toBe('Billing');
    expect(res.items.reduce((a: number, i: { importance: number }) => a + i.importance, 0)).toBeCloseTo(res.r2, 3);
  });

  it('follows new, changed and deleted responses; a repeated pass changes nothing', async () => {
    const pool = t.database.pool;
    const snapshot = async () =>
      (
        await pool.query(
          `select scope, month::text, a, b, n, sx::text, sxy::text from driver_pairs where org_id = $1 order by 1, 2, 3, 4`,
          [org.orgId],
        )
      ).rows;
    expect(await rollUpDrivers(pool)).toBe(0);
    const survey = (await surveysRepo.getAnyOrg(
      t.db,
      (await pool.query(`select id from surveys where org_id = $1 limit 1`, [org.orgId])).rows[0].id,
    ))!;
    const random = rng(99);
    const added: Answer[] = [];
    for (const c of customers.slice(0, 12)) {
      const at = new Date(Date.now() - Math.floor(random() * 60 * DAY));
      added.push({ customer: c.id, touchpoint: null, nps: Math.floor(random() * 11), csat: null, at, staff: null });
      added.push({
        customer: c.id,
        touchpoint: touchpoints[Math.floor(random() * 3)]!,
        nps: null,
        csat: 1 + Math.floor(random() * 5),
        at: new Date(at.getTime() - 3_600_000),
        staff: null,
      });
    }
    for (const a of added)
      await ingest(
        t.db,
        { orgId: org.orgId, survey, channel: 'api', partial: true },
        {
          answers: a.nps !== null ? { nps: a.nps } : { csat: a.csat! },
          customerId: a.customer,
          touchpointId: a.touchpoint ?? undefined,
          locationId: locations[0],
          submittedAt: a.at,
        },
      );
    await t.runRollups();
    const all = [...answers, ...added];
    await expectStatsMatch(all, { from: null, to: null });
    const before = await snapshot();
    expect(await rollUpDrivers(pool)).toBe(0);
    // A mark without a change (a re-run after a crash, say) adds a zero delta.
    await pool.query(
      `insert into driver_dirty select org_id, customer_id from driver_case_vars where org_id = $1 group by 1, 2`,
      [org.orgId],
    );
    await drainDrivers(pool);
    expect(await snapshot()).toEqual(before);
    // An edit of a score and a deleted answer are followed.
    const victim = added[0]!;
    await pool.query(`update responses set nps = 10 where org_id = $1 and customer_id = $2 and submitted_at = $3`, [
      org.orgId,
      victim.customer,
      victim.at,
    ]);
    victim.nps = 10;
    const gone = added[3]!;
    await pool.query(`delete from responses where org_id = $1 and customer_id = $2 and submitted_at = $3`, [
      org.orgId,
      gone.customer,
      gone.at,
    ]);
    await drainDrivers(pool);
    await expectStatsMatch([...answers, ...added.filter((a) => a !== gone)], { from: null, to: null });

    // Each customer's latest NPS answer (the RFM table's) follows the same marks: the edit above, a
    // deleted latest answer, an answer moved back in time, exactly once (a repeated pass changes nothing).
    const dropped = added[2]!;
    await pool.query(`delete from responses where org_id = $1 and customer_id = $2 and submitted_at = $3`, [
      org.orgId,
      dropped.customer,
      dropped.at,
    ]);
    const moved = added[4]!;
    const earlier = new Date(moved.at.getTime() - 400 * DAY);
    await pool.query(
      `update responses set submitted_at = $4 where org_id = $1 and customer_id = $2 and submitted_at = $3`,
      [org.orgId, moved.customer, moved.at, earlier],
    );
    moved.at = earlier;
    await drainSegmentCounts(pool);
    const kept = [...answers, ...added.filter((a) => a !== gone && a !== dropped)];
    const latest = new Map<string, Answer>();
    for (const a of kept)
      if (a.nps !== null && (!latest.has(a.customer) || a.at > latest.get(a.customer)!.at)) latest.set(a.customer, a);
    const stored = async () =>
      (
        await pool.query(
          `select customer_id, nps, submitted_at from customer_latest_nps where org_id = $1 order by 1`,
          [org.orgId],
        )
      ).rows;
    const want = [...latest.values()]
      .map((a) => ({ customer_id: a.customer, nps: a.nps, submitted_at: a.at }))
      .sort((a, b) => (a.customer_id < b.customer_id ? -1 : 1));
    expect(await stored()).toEqual(want);
    await pool.query(
      `insert into segment_counts_dirty select org_id, customer_id from customer_latest_nps where org_id = $1`,
      [org.orgId],
    );
    await drainSegmentCounts(pool);
    expect(await stored()).toEqual(want);
    await expectRfm(kept);
    await expectExperience(kept, 30);
    answers.splice(0, answers.length, ...kept); // the database's answers from here on
  });
});

describe('staff view', () => {
  it('shows a staff member their own scores, trend and comments; not a colleague’s', async () => {
    const [me, colleague, elsewhere] = staffIds as [string, string, string];
    const asMe = t.as(await t.keyFor(org.orgId, 'staff', me));
    const mine = (await asMe.get(`/api/v1/metrics/staff/${me}`)).json();
    const own = answers.filter((a) => a.staff === me);
    expect(mine.summary.csat.n).toBe(own.length);
    expect(mine.trend.reduce((a: number, i: { responses: number }) => a + i.responses, 0)).toBe(own.length);
    expect(mine.comments.length).toBe(Math.min(20, own.length));
    expect(mine.comments.every((c: { comment: string }) => c.comment === `About ${me}`)).toBe(true);
    expect((await asMe.get(`/api/v1/metrics/staff/${colleague}`)).statusCode).toBe(403);
    const manager = (
      await org.as.post('/api/v1/staff', {
        name: 'M',
        email: 'm@retention.example',
        role: 'manager',
        locationIds: [locations[0]],
        sendInvite: false,
      })
    ).json();
    const asManager = t.as(await t.keyFor(org.orgId, 'manager', manager.id));
    expect((await asManager.get(`/api/v1/metrics/staff/${colleague}`)).json().summary.csat.n).toBe(
      answers.filter((a) => a.staff === colleague).length,
    );
    expect((await asManager.get(`/api/v1/metrics/staff/${elsewhere}`)).statusCode).toBe(403);
    expect((await org.as.get(`/api/v1/metrics/staff/${elsewhere}`)).statusCode).toBe(200);
  });
});

describe('per-customer purchase rollup', () => {
  it('follows inserts, edits and deletes of interactions, and a repeated pass changes nothing', async () => {
    const pool = t.database.pool;
    const row = async (id: string) =>
      (
        await pool.query(
          'select purchases, revenue::float8 as revenue from customer_purchases where customer_id = $1',
          [id],
        )
      ).rows[0];
    const buyer = customers.find((c) => purchases.filter((p) => p.customer === c.id).length >= 2)!;
    const mine = purchases.filter((p) => p.customer === buyer.id);
    expect(await row(buyer.id)).toEqual({
      purchases: mine.length,
      revenue: mine.reduce((a, p) => a + p.cents, 0) / 100,
    });
    expect(await rollUpPurchases(pool)).toBe(0);
    // An edit (revenue removed from all but one purchase), then a delete of the rest.
    await pool.query(
      `update interactions set revenue = null where customer_id = $1 and revenue > 0 and occurred_at > (select min(occurred_at) from interactions where customer_id = $1 and revenue > 0)`,
      [buyer.id],
    );
    await drainPurchases(pool);
    expect((await row(buyer.id)).purchases).toBe(1);
    await pool.query('delete from interactions where customer_id = $1 and revenue > 0', [buyer.id]);
    await drainPurchases(pool);
    expect(await row(buyer.id)).toBeUndefined();
    // Through the API: a new purchase counts once the sweeper has run.
    await org.as.post('/api/v1/interactions', {
      customerId: buyer.id,
      occurredAt: new Date().toISOString(),
      revenue: 12.5,
      currency: 'EUR',
    });
    await drainPurchases(pool);
    await drainPurchases(pool);
    expect(await row(buyer.id)).toEqual({ purchases: 1, revenue: 12.5 });
    // The retention summary's cells followed the edit, the delete and the insert.
    purchases.splice(0, purchases.length, ...purchases.filter((p) => p.customer !== buyer.id), {
      customer: buyer.id,
      at: new Date(),
      cents: 1250,
    });
    forget(org.orgId);
    for (const [from, to] of [
      [localDay(new Date(Date.now() - 120 * DAY)), localDay(new Date(Date.now() + DAY))],
      [null, null],
      [localDay(new Date(Date.now() - 400 * DAY)), localDay(new Date(Date.now() - 20 * DAY))],
    ] as const)
      await expectSummary(from, to);
    const cells = (
      await pool.query(
        `select kind, x::text, y::text, n::text, revenue::text from retention_cells where org_id = $1 and (n <> 0 or revenue <> 0) order by 1, 2, 3`,
        [org.orgId],
      )
    ).rows;
    await pool.query(
      `insert into customer_purchases_dirty select org_id, customer_id from customer_purchases where org_id = $1`,
      [org.orgId],
    );
    await drainPurchases(pool);
    expect(
      (
        await pool.query(
          `select kind, x::text, y::text, n::text, revenue::text from retention_cells where org_id = $1 and (n <> 0 or revenue <> 0) order by 1, 2, 3`,
          [org.orgId],
        )
      ).rows,
    ).toEqual(cells);
    await drainSegments(pool);
    await drainRfm(pool);
    const rfm = (await org.as.get('/api/v1/retention/rfm')).json();
    await expectExperience(answers, 90); // the buyer's purchases edited, deleted and added above
    for (const groupBy of ['channel', 'campaign'] as const) await expectCohorts(groupBy);
    expect(rfm.customers).toBe(
      new Set([...purchases.filter((p) => p.customer !== buyer.id).map((p) => p.customer), buyer.id]).size,
    );
  });
});

describe('incremental RFM cells', () => {
  it('follow a changed acquisition channel and a deleted customer row; re-marking everyone changes nothing', async () => {
    const pool = t.database.pool;
    const cells = async () =>
      (
        await pool.query(
          `select segment, channel, customers::int, purchases::int, revenue::text, nps_n::int, promoters::int, detractors::int from rfm_cells where org_id = $1 and customers > 0 order by 1, 2`,
          [org.orgId],
        )
      ).rows;
    const direct = async () =>
      (
        await pool.query(
          `select cs.segment, coalesce(c.acquisition_channel, '') as channel, count(*)::int as customers, sum(cp.purchases)::int as purchases, sum(cp.revenue)::numeric(18, 2)::text as revenue,
                  count(l.nps)::int as nps_n, (count(*) filter (where l.nps >= 9))::int as promoters, (count(*) filter (where l.nps <= 6))::int as detractors
             from customer_segments cs join customer_purchases cp on cp.org_id = cs.org_id and cp.customer_id = cs.customer_id
             left join customers c on c.org_id = cs.org_id and c.id = cs.customer_id left join customer_latest_nps l on l.org_id = cs.org_id and l.customer_id = cs.customer_id
            where cs.org_id = $1 group by 1, 2 order by 1, 2`,
          [org.orgId],
        )
      ).rows;
    await drainRfm(pool);
    expect(await rollUpRfm(pool)).toBe(0);
    expect(await cells()).toEqual(await direct());
    // A buyer moves from one channel to another.
    const buyer = (
      await pool.query(`select customer_id from customer_segments where org_id = $1 order by customer_id limit 1`, [
        org.orgId,
      ])
    ).rows[0].customer_id;
    const before = await cells();
    await pool.query(`update customers set acquisition_channel = 'fair' where id = $1`, [buyer]);
    await drainRfm(pool);
    expect(await cells()).not.toEqual(before);
    expect(await cells()).toEqual(await direct());
    expect((await cells()).filter((c) => c.channel === 'fair').map((c) => c.customers)).toEqual([1]);
    // The cohort table follows the channel and a campaign change.
    await pool.query(`update customers set acquisition_campaign = 'autumn' where id = $1`, [buyer]);
    const moved = customers.find((c) => c.id === buyer)!;
    Object.assign(moved, { channel: 'fair', campaign: 'autumn' });
    await expectCohorts('channel');
    await expectCohorts('campaign');
    // A segment row removed (as the segment recompute does when a customer's purchases are gone).
    await pool.query(`delete from customer_segments where org_id = $1 and customer_id = $2`, [org.orgId, buyer]);
    await drainRfm(pool);
    expect(await cells()).toEqual(await direct());
    expect((await cells()).filter((c) => c.channel === 'fair')).toEqual([]);
    // Every customer marked again (a re-run after a crash, say): zero deltas.
    const after = await cells();
    const cohorts = async () =>
      (
        await pool.query(
          `select group_by, cohort::text, grp, k, customers::int from cohort_cells where org_id = $1 and customers <> 0 order by 1, 2, 3, 4`,
          [org.orgId],
        )
      ).rows;
    const cohortsAfter = await cohorts();
    await pool.query(`insert into rfm_dirty select org_id, customer_id from customer_purchases where org_id = $1`, [
      org.orgId,
    ]);
    await drainRfm(pool);
    expect(await cells()).toEqual(after);
    expect(await cohorts()).toEqual(cohortsAfter);
  });
});
