import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rng } from '../../../test/support/rng.ts';
import { nps } from '../../shared/metrics.ts';
import { toLocal } from '../../shared/business-hours.ts';
import { ingest } from '../responses/ingest.ts';
import { drainPurchases } from '../retention/purchases-rollup.ts';
import { quintiles, segmentOf } from '../retention/retention.math.ts';
import { drainSegments } from '../retention/segments.ts';
import { drainRfm } from '../retention/rfm-rollup.ts';
import { drainSegmentCounts } from './segment-rollup.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';

const TZ = 'Europe/Sofia';
const DAY = 86_400_000;
let t: TestApp;

type Org = Awaited<ReturnType<TestApp['newOrg']>>;
type Answer = {
  customer: string | null;
  nps: number;
  location: string;
  at: Date;
  touchpoint?: string;
  staff?: string;
  channel?: 'api' | 'qr' | 'email';
  language?: 'en' | 'ru';
};

async function npsSurvey(org: Org) {
  const id = (
    await org.as.post('/api/v1/surveys', {
      name: 'NPS',
      languages: ['en', 'ru'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?' } }],
    })
  ).json().id;
  return (await surveysRepo.getAnyOrg(t.db, id))!;
}

async function answer(org: Org, survey: Awaited<ReturnType<typeof npsSurvey>>, a: Answer) {
  await ingest(
    t.db,
    { orgId: org.orgId, survey, channel: a.channel ?? 'api', partial: false },
    {
      answers: { nps: a.nps },
      customerId: a.customer ?? undefined,
      locationId: a.location,
      touchpointId: a.touchpoint,
      staffId: a.staff,
      language: a.language ?? 'en',
      submittedAt: a.at,
    },
  );
}

async function settle() {
  await t.runRollups();
  await drainPurchases(t.database.pool);
  await drainSegments(t.database.pool);
  await drainSegmentCounts(t.database.pool);
  await drainRfm(t.database.pool);
}

/** Expected breakdown items from raw answers and a segment per customer. */
function direct(answers: Answer[], segmentOfCustomer: Map<string, string>) {
  const groups = new Map<string, number[]>();
  for (const a of answers) {
    if (!a.customer) continue;
    const key = segmentOfCustomer.get(a.customer) ?? 'no_purchases';
    groups.set(key, [...(groups.get(key) ?? []), a.nps]);
  }
  return new Map(
    [...groups].map(([key, xs]) => [
      key,
      nps({ n: xs.length, promoters: xs.filter((x) => x >= 9).length, detractors: xs.filter((x) => x <= 6).length }),
    ]),
  );
}

/**
 * Random queries mixing the segment (a filter or the breakdown) with one or two other filters among
 * location, touchpoint, staff, survey, kind, channel and language — the segment cube — against the
 * same figures computed from the answers and the directly computed segments.
 */
async function randomSegmentQueries(
  org: Org,
  answers: Answer[],
  segments: Map<string, string>,
  ids: { locations: string[]; touchpoints: string[]; staff: string[]; surveyId: string },
  trials: number,
  seed: number,
) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const segmentOfAnswer = (a: Answer) => (a.customer ? (segments.get(a.customer) ?? 'no_purchases') : null);
  const kindOf = (a: Answer) => (a.touchpoint ? (a.touchpoint === ids.touchpoints[0] ? 'service' : 'brand') : null);
  const others = {
    location: { param: 'locationId', keys: ids.locations, of: (a: Answer) => a.location },
    touchpoint: { param: 'touchpointId', keys: ids.touchpoints, of: (a: Answer) => a.touchpoint ?? null },
    staff: { param: 'staffId', keys: ids.staff, of: (a: Answer) => a.staff ?? null },
    survey: { param: 'surveyId', keys: [ids.surveyId], of: () => ids.surveyId },
    kind: { param: 'kind', keys: ['service', 'brand'], of: kindOf },
    channel: { param: 'channel', keys: ['api', 'qr', 'email'], of: (a: Answer) => a.channel ?? 'api' },
    language: { param: 'language', keys: ['en', 'ru'], of: (a: Answer) => a.language ?? 'en' },
  } as const;
  type O = keyof typeof others;
  const names = Object.keys(others) as O[];
  const present = [...new Set([...segments.values(), 'no_purchases'])];
  for (let i = 0; i < trials; i++) {
    const chosen = [...names].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 2));
    const filters = chosen.map((d) => [d, pick(others[d].keys)] as const);
    const params = new URLSearchParams(filters.map(([d, k]) => [others[d].param, k]));
    let rows = answers.filter((a) => segmentOfAnswer(a) !== null && filters.every(([d, k]) => others[d].of(a) === k));
    let url: string;
    let key: (a: Answer) => string | null;
    if (random() < 0.5) {
      url = `/api/v1/metrics/breakdown?metric=nps&by=segment&${params}`;
      key = segmentOfAnswer;
    } else {
      const segment = pick(present);
      rows = rows.filter((a) => segmentOfAnswer(a) === segment);
      const by = pick(names);
      url = `/api/v1/metrics/breakdown?metric=nps&by=${by}&segment=${segment}&${params}`;
      key = others[by].of;
    }
    const want = new Map<string, number[]>();
    for (const a of rows) {
      const k = key(a);
      if (k !== null) want.set(k, [...(want.get(k) ?? []), a.nps]);
    }
    const res = (await org.as.get(url)).json();
    expect(res.source, url).toBe('rollup');
    expect(
      Object.fromEntries(res.items.map((x: { key: string; value: number; n: number }) => [x.key, [x.value, x.n]])),
      url,
    ).toEqual(
      Object.fromEntries(
        [...want].map(([k, xs]) => [
          k,
          [
            nps({
              n: xs.length,
              promoters: xs.filter((x) => x >= 9).length,
              detractors: xs.filter((x) => x <= 6).length,
            }).value,
            xs.length,
          ],
        ]),
      ),
    );
  }
}

beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

describe('customer segment: filter and breakdown of response metrics', () => {
  it('hand-made segments: five customers one per quintile, one without purchases, one anonymous answer', async () => {
    const org = await t.newOrg('Segments by hand');
    const location = (await org.as.post('/api/v1/locations', { name: 'Main' })).json().id;
    const survey = await npsSurvey(org);
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await org.as.post('/api/v1/customers', { name: `Hand ${i}` })).json().id);
    // Customer i (1–5) bought i times, i × 100 in all, last i days after the first customer: R = F = M = i.
    const now = Date.now();
    const items = ids.slice(0, 5).flatMap((id, k) =>
      Array.from({ length: k + 1 }, (_, j) => ({
        customerId: id,
        occurredAt: new Date(now - (40 - k) * DAY - j * 3600_000).toISOString(),
        revenue: 100,
        currency: 'EUR',
        locationId: location,
      })),
    );
    expect((await org.as.post('/api/v1/interactions/batch', { items })).json().errors).toBe(0);
    const at = new Date(now - 2 * DAY);
    const answers: Answer[] = [
      { customer: ids[0]!, nps: 2, location, at }, // lost
      { customer: ids[1]!, nps: 5, location, at }, // hibernating
      { customer: ids[2]!, nps: 8, location, at }, // potential loyalists
      { customer: ids[3]!, nps: 10, location, at }, // champions
      { customer: ids[4]!, nps: 9, location, at }, // champions
      { customer: ids[4]!, nps: 3, location, at }, // champions
      { customer: ids[5]!, nps: 10, location, at }, // no purchases
      { customer: null, nps: 0, location, at }, // anonymous: in no segment
    ];
    for (const a of answers) await answer(org, survey, a);
    await settle();

    const res = (await org.as.get('/api/v1/metrics/breakdown?metric=nps&by=segment')).json();
    expect(res.source).toBe('rollup');
    const got = Object.fromEntries(
      res.items.map((i: { key: string; value: number; n: number; label: string }) => [i.key, [i.value, i.n, i.label]]),
    );
    expect(got).toEqual({
      lost: [-100, 1, 'lost'],
      hibernating: [-100, 1, 'hibernating'],
      potential_loyalists: [0, 1, 'potential_loyalists'],
      champions: [33.3, 3, 'champions'],
      no_purchases: [100, 1, 'no_purchases'],
    });
    const champions = (await org.as.get('/api/v1/metrics/summary?segment=champions')).json();
    expect([champions.nps.n, champions.nps.promoters, champions.nps.detractors]).toEqual([3, 2, 1]);
    const trend = (
      await org.as.get('/api/v1/metrics/timeseries?metric=nps&interval=month&segment=no_purchases')
    ).json();
    expect(trend.items.map((i: { n: number; value: number }) => [i.n, i.value])).toEqual([[1, 100]]);

    // A purchase yesterday makes the first customer the most recent (R 5, F 1, M 1: new) and moves everyone's recency down.
    expect(
      (
        await org.as.post('/api/v1/interactions', {
          customerId: ids[0],
          occurredAt: new Date(now - DAY).toISOString(),
          revenue: 0.01,
          currency: 'EUR',
        })
      ).statusCode,
    ).toBe(201);
    await settle();
    const after = (await org.as.get('/api/v1/metrics/breakdown?metric=nps&by=segment')).json();
    expect(
      Object.fromEntries(after.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]])),
    ).toEqual({
      new: [-100, 1],
      lost: [-100, 1], // R 1, F 1, M 2
      at_risk: [0, 1], // R 2, F 3
      loyal: [100, 1], // R 3, F 4, M 4
      champions: [0, 2],
      no_purchases: [100, 1],
    });
    // The segment cube (segment with the channel) follows the move too.
    const viaCube = (
      await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=segment&channel=api&locationId=${location}&language=en`)
    ).json();
    expect(
      Object.fromEntries(viaCube.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]])),
    ).toEqual(
      Object.fromEntries(after.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]])),
    );
    const rfm = (await org.as.get('/api/v1/retention/rfm')).json();
    const fromRfm = Object.fromEntries(
      rfm.segments.map((s: { segment: string; customers: number }) => [s.segment, s.customers]),
    );
    const { rows } = await t.database.pool.query<{ segment: string; customers: number }>(
      'select segment, count(*)::int as customers from customer_segments where org_id = $1 group by 1',
      [org.orgId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.segment, r.customers]))).toEqual(
      Object.fromEntries(Object.entries(fromRfm).filter(([, n]) => (n as number) > 0)),
    );
  });

  it('random data: the segment breakdown and filter agree with segments computed directly from the purchases', async () => {
    const org = await t.newOrg('Segments at random');
    await org.as.patch('/api/v1/org', { timeZone: TZ });
    const locations = [
      (await org.as.post('/api/v1/locations', { name: 'North' })).json().id,
      (await org.as.post('/api/v1/locations', { name: 'South' })).json().id,
    ];
    const survey = await npsSurvey(org);
    const touchpoints = [
      (await org.as.post('/api/v1/touchpoints', { name: 'Desk', kind: 'service', stage: 'service' })).json().id,
      (await org.as.post('/api/v1/touchpoints', { name: 'Web', kind: 'brand', stage: 'awareness' })).json().id,
    ];
    const staff = [0, 1].map(() => '');
    for (const i of [0, 1])
      staff[i] = (
        await org.as.post('/api/v1/staff', {
          name: `S${i}`,
          email: `s${i}@segments.example`,
          role: 'staff',
          locationIds: [locations[i]],
          sendInvite: false,
        })
      ).json().id;
    const random = rng(11);
    const customers: string[] = [];
    for (let i = 0; i < 60; i++) customers.push((await org.as.post('/api/v1/customers', { name: `C${i}` })).json().id);
    const now = Date.now();
    const purchases = new Map<string, { count: number; revenue: number; last: number }>();
    const items: unknown[] = [];
    for (const c of customers) {
      const count = Math.floor(random() * 5); // some customers never buy
      for (let k = 0; k < count; k++) {
        const at = now - Math.floor(random() * 200) * DAY - Math.floor(random() * DAY);
        const revenue = 10 + Math.floor(random() * 10) * 5;
        const p = purchases.get(c) ?? { count: 0, revenue: 0, last: 0 };
        purchases.set(c, { count: p.count + 1, revenue: p.revenue + revenue, last: Math.max(p.last, at) });
        items.push({
          customerId: c,
          occurredAt: new Date(at).toISOString(),
          revenue,
          currency: 'EUR',
          locationId: locations[0],
        });
      }
    }
    expect((await org.as.post('/api/v1/interactions/batch', { items })).json().errors).toBe(0);
    const answers: Answer[] = [];
    for (let i = 0; i < 300; i++) {
      const customer = random() < 0.1 ? null : customers[Math.floor(random() * customers.length)]!;
      const at = Math.floor(random() * 2);
      const tp = random() < 0.3 ? undefined : touchpoints[Math.floor(random() * 2)];
      answers.push({
        customer,
        nps: Math.floor(random() * 11),
        location: locations[at]!,
        staff: random() < 0.8 ? staff[at] : undefined,
        touchpoint: tp,
        at: new Date(now - Math.floor(random() * 90 * DAY)),
        channel: (['api', 'qr', 'email'] as const)[Math.floor(random() * 3)],
        language: random() < 0.6 ? 'en' : 'ru',
      });
    }
    for (const a of answers) await answer(org, survey, a);
    await settle();

    // Segments straight from the purchases: quintiles of local last day, count and revenue.
    const buyers = [...purchases.keys()];
    const r = quintiles(buyers.map((c) => Date.parse(toLocal(new Date(purchases.get(c)!.last), TZ).date)));
    const f = quintiles(buyers.map((c) => purchases.get(c)!.count));
    const m = quintiles(buyers.map((c) => Math.round(purchases.get(c)!.revenue * 100)));
    const segments = new Map(buyers.map((c, i) => [c, segmentOf(r[i]!, f[i]!, m[i]!)]));
    expect(new Set(segments.values()).size).toBeGreaterThan(3);

    const expected = direct(answers, segments);
    const res = (await org.as.get('/api/v1/metrics/breakdown?metric=nps&by=segment')).json();
    expect(res.items.map((i: { key: string }) => i.key).sort()).toEqual([...expected.keys()].sort());
    for (const item of res.items)
      expect([item.key, item.value, item.n, item.ci95]).toEqual([
        item.key,
        expected.get(item.key)!.value,
        expected.get(item.key)!.n,
        expected.get(item.key)!.ci95,
      ]);

    // Filter combined with a location and a period, against the same direct computation.
    const from = toLocal(new Date(now - 30 * DAY), TZ).date;
    const inRange = answers.filter((a) => a.location === locations[1] && toLocal(a.at, TZ).date >= from);
    for (const segment of new Set(segments.values())) {
      const want = direct(inRange, segments).get(segment);
      const got = (
        await org.as.get(`/api/v1/metrics/summary?segment=${segment}&locationId=${locations[1]}&from=${from}`)
      ).json();
      expect([segment, got.nps.value, got.nps.n, got.source], segment).toEqual([
        segment,
        want?.value ?? null,
        want?.n ?? 0,
        'rollup',
      ]);
    }
    // By segment within one location reads the location × segment rollup; with a channel too, the segment cube: both agree with the direct figures.
    for (const url of [
      `/api/v1/metrics/breakdown?by=segment&locationId=${locations[1]}`,
      `/api/v1/metrics/breakdown?by=segment&locationId=${locations[1]}&channel=api`,
    ]) {
      const atSouth = direct(
        answers.filter((a) => a.location === locations[1] && (!url.includes('channel') || a.channel === 'api')),
        segments,
      );
      const res = (await org.as.get(url)).json();
      expect(res.source).toBe('rollup');
      expect(
        Object.fromEntries(res.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]])),
      ).toEqual(Object.fromEntries([...atSouth].map(([k, v]) => [k, [v.value, v.n]])));
    }
    await randomSegmentQueries(org, answers, segments, { locations, touchpoints, staff, surveyId: survey.id }, 60, 5);
    // Under a segment filter the touchpoint map and the staff rankings read the segment pairs, and agree with the direct figures.
    const busiest = [...expected].sort((x, y) => y[1].n - x[1].n)[0]![0];
    for (const [by, field] of [
      ['touchpoint', 'touchpoint'],
      ['staff', 'staff'],
    ] as const) {
      const res = (await org.as.get(`/api/v1/metrics/breakdown?by=${by}&segment=${busiest}`)).json();
      expect(res.source).toBe('rollup');
      const want = new Map<string, Answer[]>();
      for (const a of answers.filter(
        (a) => a.customer && (segments.get(a.customer) ?? 'no_purchases') === busiest && a[field],
      ))
        want.set(a[field]!, [...(want.get(a[field]!) ?? []), a]);
      const got = Object.fromEntries(
        res.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]]),
      );
      expect(got).toEqual(
        Object.fromEntries([...want].map(([k, xs]) => [k, [direct(xs, segments).get(busiest)!.value, xs.length]])),
      );
    }

    // Deleting a customer's responses takes them out of their segment's figures once the sweepers ran.
    const victim = answers.find((a) => a.customer && segments.has(a.customer))!.customer!;
    await t.database.pool.query('delete from responses where org_id = $1 and customer_id = $2', [org.orgId, victim]);
    await settle();
    const left = answers.filter((a) => a.customer !== victim);
    const after = (await org.as.get('/api/v1/metrics/breakdown?metric=nps&by=segment')).json();
    expect(
      Object.fromEntries(after.items.map((i: { key: string; value: number; n: number }) => [i.key, [i.value, i.n]])),
    ).toEqual(Object.fromEntries([...direct(left, segments)].map(([k, v]) => [k, [v.value, v.n]])));
    await randomSegmentQueries(org, left, segments, { locations, touchpoints, staff, surveyId: survey.id }, 40, 6);
  });

  it('refuses an unknown segment with a message on the field', async () => {
    const org = await t.newOrg('Segments refused');
    for (const url of [
      '/api/v1/metrics/summary?segment=vip',
      '/api/v1/metrics/breakdown?by=segment&segment=vip',
      '/api/v1/metrics/breakdown?by=tier',
    ]) {
      const res = await org.as.get(url);
      expect(res.statusCode, url).toBe(400);
      const fields = res.json().error.fields as Record<string, string>;
      const key = url.includes('by=tier') ? 'by' : 'segment';
      expect(
        Object.keys(fields).some((k) => k.endsWith(key)),
        JSON.stringify(fields),
      ).toBe(true);
    }
    expect(JSON.stringify((await org.as.get('/api/v1/metrics/summary?segment=vip')).json())).toContain('champions');
  });

  it("migration 0023's rebuild gives the segment counts, segment rows of metric_daily and segment cube the sweeper keeps", async () => {
    await settle();
    const migration = fs.readFileSync(new URL('../../../migrations/0023_segment_cube.sql', import.meta.url), 'utf8');
    const rebuild = migration
      .split('--> statement-breakpoint')
      .map((part) => part.replace(/^\s*--.*$/gm, '').trim())
      .filter((part) => /^INSERT INTO "(customer_segment_counts|metric_daily|segment_cube)"/.test(part));
    expect(rebuild).toHaveLength(3);
    // Zero cells are what moves leave behind in metric_daily and the segment cube; a rebuild has none.
    const tables = {
      customer_segment_counts: 'select * from customer_segment_counts',
      metric_daily: `select * from metric_daily where (dim = 'segment' or dim like '%+segment:%') and responses <> 0`,
      segment_cube: 'select * from segment_cube where responses <> 0',
    };
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      for (const [name, q] of Object.entries(tables))
        await client.query(`create temp table kept_${name} on commit drop as ${q}`);
      const kept = await client.query<{ n: number }>('select (select count(*) from kept_segment_cube)::int as n');
      expect(kept.rows[0]!.n).toBeGreaterThan(100);
      await client.query(
        `truncate customer_segment_counts, segment_cube; delete from metric_daily where dim = 'segment' or dim like '%+segment:%'`,
      );
      for (const statement of rebuild) await client.query(statement);
      for (const [name, q] of Object.entries(tables)) {
        const { rows } = await client.query<{ missing: number; extra: number }>(
          `select (select count(*) from (select * from kept_${name} except ${q}) x)::int as missing, (select count(*) from (${q} except select * from kept_${name}) x)::int as extra`,
        );
        expect(rows[0], name).toEqual({ missing: 0, extra: 0 });
      }
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
