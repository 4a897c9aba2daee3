import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rng } from '../../../test/support/rng.ts';
import { ces, csat, nps, wom } from '../../shared/metrics.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { toLocal } from '../../shared/business-hours.ts';
import { pairDim, PAIRS } from './rollup.ts';
import { counts, rawCounts, type Constraint, type Grouping } from './analytics.repo.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locations: string[];
let touchpoints: string[];
let surveyId: string;
let staffIds: string[];
let surveyIds: string[];
type Row = {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  location: string | null;
  touchpoint: string | null;
  staff: string | null;
  survey: string;
  channel: 'api' | 'qr' | 'email' | 'link';
  language: string;
  at: Date;
};
const stored: Row[] = [];

/** The same figures computed directly from raw rows with the shared definitions. */
function direct(rows: Row[]) {
  const npsRows = rows.filter((r) => r.nps !== null);
  const counts = {
    n: npsRows.length,
    promoters: npsRows.filter((r) => r.nps! >= 9).length,
    detractors: npsRows.filter((r) => r.nps! <= 6).length,
  };
  const scale = (key: 'csat' | 'ces', top: number) => {
    const xs = rows.map((r) => r[key]).filter((x): x is number => x !== null);
    return { n: xs.length, sum: xs.reduce((a, b) => a + b, 0), top: xs.filter((x) => x >= top).length };
  };
  return {
    nps: nps(counts),
    csat: csat(scale('csat', 4)),
    ces: ces(scale('ces', 5)),
    wom: wom(counts),
    responses: rows.length,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Analytics clinic');
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  locations = [];
  for (const name of ['North', 'South', 'East'])
    locations.push((await org.as.post('/api/v1/locations', { name })).json().id);
  touchpoints = [];
  for (const [name, kind] of [
    ['Reception', 'service'],
    ['Treatment', 'product'],
    ['Website', 'brand'],
  ])
    touchpoints.push((await org.as.post('/api/v1/touchpoints', { name, kind, stage: 'service' })).json().id);
  surveyIds = [];
  for (const name of ['Mixed', 'Second'])
    surveyIds.push(
      (
        await org.as.post('/api/v1/surveys', {
          name,
          languages: ['en', 'ru', 'bg'],
          questions: [
            { id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?', bg: 'Бихте ли препоръчали?' } },
            { id: 'csat', type: 'csat', text: { en: 'Satisfied?', ru: 'Довольны?', bg: 'Доволни ли сте?' } },
            { id: 'ces', type: 'ces', text: { en: 'Easy?', ru: 'Легко?', bg: 'Лесно ли беше?' } },
          ],
        })
      ).json().id,
    );
  surveyId = surveyIds[0]!;
  staffIds = [];
  for (const [i, loc] of [locations[0], locations[1]].entries())
    staffIds.push(
      (
        await org.as.post('/api/v1/staff', {
          name: `S${i}`,
          email: `s${i}@analytics.example`,
          role: 'staff',
          locationIds: [loc],
          sendInvite: false,
        })
      ).json().id,
    );
  const surveys = await Promise.all(surveyIds.map(async (id) => (await surveysRepo.getAnyOrg(t.db, id))!));
  const random = rng(42);
  const start = Date.parse('2026-03-01T00:00:00Z');
  for (let i = 0; i < 400; i++) {
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const row: Row = {
      nps: random() < 0.9 ? Math.floor(random() * 11) : null,
      csat: random() < 0.7 ? 1 + Math.floor(random() * 5) : null,
      ces: random() < 0.5 ? 1 + Math.floor(random() * 7) : null,
      location: pick(locations),
      touchpoint: random() < 0.85 ? pick(touchpoints) : null,
      at: new Date(start + Math.floor(random() * 60 * 86_400_000)),
      staff: pick([...staffIds, null]),
      survey: random() < 0.7 ? surveyIds[0]! : surveyIds[1]!,
      channel: pick(['api', 'qr', 'email', 'link'] as const),
      language: pick(['en', 'en', 'ru', 'bg']),
    };
    if (row.nps === null && row.csat === null && row.ces === null) row.nps = 5;
    const answers = Object.fromEntries(
      Object.entries({ nps: row.nps, csat: row.csat, ces: row.ces }).filter(([, v]) => v !== null),
    );
    const survey = surveys[surveyIds.indexOf(row.survey)]!;
    await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: row.channel, partial: true },
      {
        answers,
        locationId: row.location,
        touchpointId: row.touchpoint ?? undefined,
        staffId: row.staff ?? undefined,
        language: row.language,
        submittedAt: row.at,
      },
    );
    stored.push(row);
    // Two sweeps: the second adds to cells the first created (the rollups are incremental).
    if (i === 249) await t.runRollups();
  }
  await t.runRollups();
});
afterAll(() => t.close());

const localDay = (d: Date) => toLocal(d, 'Europe/Sofia').date;
const inRange = (from: string, to: string) => (r: Row) => localDay(r.at) >= from && localDay(r.at) < to;
const pickFigures = (f: Record<string, unknown>) => ({
  nps: f.nps,
  csat: f.csat,
  ces: f.ces,
  wom: f.wom,
  responses: f.responses,
});

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

  it('with a location and one more dimension (paired rollups), and with three (the cube)', async () => {
    const paired = (
      await org.as.get(`/api/v1/metrics/summary?locationId=${locations[1]}&touchpointId=${touchpoints[0]}`)
    ).json();
    expect(paired.source).toBe('rollup');
    expect(pickFigures(paired)).toEqual(
      direct(stored.filter((r) => r.location === locations[1] && r.touchpoint === touchpoints[0])),
    );
    const byTouchpoint = (
      await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=touchpoint&locationId=${locations[2]}`)
    ).json();
    expect(byTouchpoint.source).toBe('rollup');
    for (const item of byTouchpoint.items)
      expect(item).toMatchObject(
        direct(stored.filter((r) => r.location === locations[2] && r.touchpoint === item.key)).nps,
      );
    const weekly = (
      await org.as.get(`/api/v1/metrics/timeseries?metric=nps&interval=week&locationId=${locations[0]}&kind=product`)
    ).json();
    expect(weekly.source).toBe('rollup');
    expect(weekly.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(
      direct(stored.filter((r) => r.location === locations[0] && r.touchpoint === touchpoints[1])).nps.n,
    );
    const surveyTouchpoint = (
      await org.as.get(`/api/v1/metrics/summary?surveyId=${surveyId}&touchpointId=${touchpoints[2]}`)
    ).json();
    expect(surveyTouchpoint.source).toBe('rollup');
    expect(pickFigures(surveyTouchpoint)).toEqual(
      direct(stored.filter((r) => r.survey === surveyId && r.touchpoint === touchpoints[2])),
    );
    const three = (
      await org.as.get(
        `/api/v1/metrics/summary?locationId=${locations[0]}&touchpointId=${touchpoints[0]}&staffId=${staffIds[0]}`,
      )
    ).json();
    expect(three.source).toBe('rollup'); // the cube
    expect(pickFigures(three)).toEqual(
      direct(
        stored.filter((r) => r.location === locations[0] && r.touchpoint === touchpoints[0] && r.staff === staffIds[0]),
      ),
    );
  });

  it('with two of touchpoint, staff, survey and kind (paired rollups)', async () => {
    const both = (
      await org.as.get(
        `/api/v1/metrics/summary?from=2026-03-10&to=2026-04-10&touchpointId=${touchpoints[1]}&staffId=${staffIds[1]}`,
      )
    ).json();
    expect(both.source).toBe('rollup');
    expect(pickFigures(both)).toEqual(
      direct(
        stored.filter(
          (r) => inRange('2026-03-10', '2026-04-10')(r) && r.touchpoint === touchpoints[1] && r.staff === staffIds[1],
        ),
      ),
    );
    const byStaff = (await org.as.get(`/api/v1/metrics/breakdown?metric=csat&by=staff&surveyId=${surveyId}`)).json();
    expect(byStaff.source).toBe('rollup');
    expect(byStaff.items.map((i: { key: string }) => i.key).sort()).toEqual([...staffIds].sort());
    for (const item of byStaff.items)
      expect(item).toMatchObject(direct(stored.filter((r) => r.survey === surveyId && r.staff === item.key)).csat);
    const byKind = (await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=kind&staffId=${staffIds[0]}`)).json();
    expect(byKind.source).toBe('rollup');
    for (const [i, kind] of ['service', 'product', 'brand'].entries())
      expect(byKind.items.find((x: { key: string }) => x.key === kind)).toMatchObject(
        direct(stored.filter((r) => r.staff === staffIds[0] && r.touchpoint === touchpoints[i])).nps,
      );
    const monthly = (
      await org.as.get(
        `/api/v1/metrics/timeseries?metric=nps&interval=month&staffId=${staffIds[0]}&touchpointId=${touchpoints[0]}`,
      )
    ).json();
    expect(monthly.source).toBe('rollup');
    expect(monthly.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(
      direct(stored.filter((r) => r.staff === staffIds[0] && r.touchpoint === touchpoints[0])).nps.n,
    );
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
    expect(product).toMatchObject({
      label: 'product',
      ...direct(stored.filter((r) => r.touchpoint === touchpoints[1])).csat,
    });
  });

  it('draws weekly and monthly trends whose parts add up', async () => {
    const weeks = (await org.as.get('/api/v1/metrics/timeseries?metric=nps&interval=week')).json();
    expect(weeks.items.reduce((a: number, i: { n: number }) => a + i.n, 0)).toBe(direct(stored).nps.n);
    expect(weeks.items[0].period).toBe('2026-02-23'); // weeks start on Monday; 1 March 2026 is a Sunday
    const months = (await org.as.get('/api/v1/metrics/timeseries?metric=wom&interval=month')).json();
    const march = months.items.find((i: { period: string }) => i.period === '2026-03-01');
    expect(march).toMatchObject(direct(stored.filter(inRange('2026-03-01', '2026-04-01'))).wom);
  });

  it('agrees for random filters (up to three, channel and language included), groupings and periods: the cube', async () => {
    const KINDS = ['service', 'product', 'brand'];
    const DIMS = ['location', 'touchpoint', 'staff', 'survey', 'kind', 'channel', 'language'] as const;
    type D = (typeof DIMS)[number];
    const PARAM: Record<D, string> = {
      location: 'locationId',
      touchpoint: 'touchpointId',
      staff: 'staffId',
      survey: 'surveyId',
      kind: 'kind',
      channel: 'channel',
      language: 'language',
    };
    const KEYS: Record<D, string[]> = {
      location: locations,
      touchpoint: touchpoints,
      staff: staffIds,
      survey: surveyIds,
      kind: KINDS,
      channel: ['api', 'qr', 'email', 'link', 'widget'],
      language: ['en', 'ru', 'bg'],
    };
    const keyOf = (r: Row, d: D): string | null =>
      d === 'kind'
        ? r.touchpoint
          ? KINDS[touchpoints.indexOf(r.touchpoint)]!
          : null
        : d === 'channel'
          ? r.channel
          : d === 'language'
            ? r.language
            : r[d];
    const periodOf = (day: string, interval: 'day' | 'week' | 'month') => {
      if (interval === 'month') return `${day.slice(0, 8)}01`;
      if (interval === 'day') return day;
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
      return d.toISOString().slice(0, 10);
    };
    const groupBy = (rows: Row[], key: (r: Row) => string | null) => {
      const groups = new Map<string, Row[]>();
      for (const r of rows) {
        const k = key(r);
        if (k !== null) groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    };
    const random = rng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const day = (offset: number) =>
      new Date(Date.parse('2026-02-25T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
    let cubeCalls = 0;
    for (let trial = 0; trial < 90; trial++) {
      const dims = [...DIMS].sort(() => random() - 0.5).slice(0, trial < 30 ? 3 : Math.floor(random() * 4));
      const filters = dims.map((d) => [d, pick(KEYS[d])] as const);
      let rows = stored.filter((r) => filters.every(([d, k]) => keyOf(r, d) === k));
      const params = new URLSearchParams(filters.map(([d, k]) => [PARAM[d], k]));
      let previous: Row[] | null = null;
      if (random() < 0.6) {
        const a = Math.floor(random() * 60);
        const [from, to] = [day(a), day(a + 1 + Math.floor(random() * 40))];
        params.set('from', from);
        params.set('to', to);
        const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
        previous = rows.filter(inRange(day(a - days), from));
        rows = rows.filter(inRange(from, to));
      }
      const metric = pick(['nps', 'csat', 'ces'] as const);
      const what = pick(['summary', 'timeseries', 'breakdown'] as const);
      const label = `${what} ${params}`;
      let body;
      if (what === 'summary') {
        body = (await org.as.get(`/api/v1/metrics/summary?${params}`)).json();
        expect(pickFigures(body), label).toEqual(direct(rows));
        if (previous) expect(pickFigures(body.previous), label).toEqual(direct(previous));
      } else if (what === 'timeseries') {
        const interval = pick(['day', 'week', 'month'] as const);
        body = (await org.as.get(`/api/v1/metrics/timeseries?metric=${metric}&interval=${interval}&${params}`)).json();
        const expected = groupBy(rows, (r) => periodOf(localDay(r.at), interval));
        expect(
          body.items.map((i: { period: string }) => i.period),
          label,
        ).toEqual(expected.map(([k]) => k));
        for (const [i, [, group]] of expected.entries())
          expect(body.items[i], label).toMatchObject(direct(group)[metric]);
      } else {
        const by = pick(DIMS);
        body = (await org.as.get(`/api/v1/metrics/breakdown?metric=${metric}&by=${by}&${params}`)).json();
        const expected = groupBy(rows, (r) => keyOf(r, by));
        expect(body.items.map((i: { key: string }) => i.key).sort(), label).toEqual(expected.map(([k]) => k));
        for (const [k, group] of expected)
          expect(
            body.items.find((i: { key: string }) => i.key === k),
            label,
          ).toMatchObject(direct(group)[metric]);
        if (!dims.includes(by)) dims.push(by);
      }
      expect(body.source, label).toBe('rollup');
      if (dims.length >= 3) cubeCalls++;
      // The raw fallback (reached by no API call today) gives the same counts, keyed groups and period bounds included.
      const constraints: Constraint[] = filters.map(([d, k]) => ({ dim: d, keys: [k] }));
      const range = { from: params.get('from'), to: params.get('to') };
      const grouping: Grouping =
        what === 'summary'
          ? { kind: 'none' }
          : what === 'timeseries'
            ? { kind: 'period', interval: body.interval }
            : { kind: 'dim', dim: body.by };
      const keyed = (rows: { group: string | null }[]) =>
        rows.filter((r) => r.group !== null || grouping.kind !== 'dim');
      expect(keyed(await rawCounts(t.db, org.orgId, constraints, range, grouping)), label).toEqual(
        keyed((await counts(t.db, org.orgId, constraints, range, grouping)).rows),
      );
    }
    expect(cubeCalls).toBeGreaterThan(35); // most trials go past metric_daily's single dimensions and pairs
  });

  it("counts a response on the organisation's local day, not UTC's", async () => {
    const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
    // 22:30 UTC on 31 May is 01:30 on 1 June in Sofia (UTC+3 in summer).
    await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'api', partial: true },
      { answers: { nps: 10 }, language: 'ru', submittedAt: new Date('2026-05-31T22:30:00Z') },
    );
    stored.push({
      nps: 10,
      csat: null,
      ces: null,
      location: null,
      touchpoint: null,
      staff: null,
      survey: surveyId,
      channel: 'api',
      language: 'ru',
      at: new Date('2026-05-31T22:30:00Z'),
    });
    await t.runRollups();
    const june = (await org.as.get('/api/v1/metrics/summary?from=2026-06-01&to=2026-06-02')).json();
    expect(june.nps).toMatchObject({ n: 1, promoters: 1, value: 100, tooFew: true });
    const may31 = (await org.as.get('/api/v1/metrics/summary?from=2026-05-31&to=2026-06-01')).json();
    expect(may31.nps.n).toBe(0);
    // The same through the cube (survey + channel + language), and by day.
    const cubeJune = (
      await org.as.get(
        `/api/v1/metrics/timeseries?metric=nps&interval=day&surveyId=${surveyId}&channel=api&language=ru&from=2026-05-31&to=2026-06-02`,
      )
    ).json();
    expect(cubeJune.items).toEqual([expect.objectContaining({ period: '2026-06-01', n: 1, promoters: 1 })]);
  });

  it("keeps every caller to their own rows: other organisations and a manager's locations", async () => {
    const other = await t.newOrg('Other');
    const leak = (await other.as.get(`/api/v1/metrics/summary?locationId=${locations[0]}`)).json();
    expect(leak.nps.n).toBe(0);
    expect((await other.as.get('/api/v1/metrics/breakdown?by=location')).json().items).toEqual([]);
    const manager = (
      await org.as.post('/api/v1/staff', {
        name: 'M',
        email: 'm@analytics.example',
        role: 'manager',
        locationIds: [locations[2]],
        sendInvite: false,
      })
    ).json();
    const asManager = t.as(await t.keyFor(org.orgId, 'manager', manager.id));
    const mine = (await asManager.get('/api/v1/metrics/summary?from=2026-01-01&to=2026-05-01')).json();
    expect(pickFigures(mine)).toEqual(direct(stored.filter((r) => r.location === locations[2])));
    const elsewhere = (await asManager.get(`/api/v1/metrics/summary?locationId=${locations[0]}`)).json();
    expect(elsewhere.nps.n).toBe(0);
  });

  it('counts a response once however often the rollup runs', async () => {
    const before = (await org.as.get('/api/v1/metrics/summary')).json().responses;
    const cubeUrl = `/api/v1/metrics/summary?locationId=${locations[1]}&channel=qr&language=en`;
    const cubeBefore = pickFigures((await org.as.get(cubeUrl)).json());
    expect(cubeBefore).toEqual(
      direct(stored.filter((r) => r.location === locations[1] && r.channel === 'qr' && r.language === 'en')),
    );
    await t.runRollups();
    await t.runRollups();
    expect((await org.as.get('/api/v1/metrics/summary')).json().responses).toBe(before);
    expect(pickFigures((await org.as.get(cubeUrl)).json())).toEqual(cubeBefore);
  });

  it("migration 0022's backfill computes the cube cells the sweeper keeps", async () => {
    const migration = fs.readFileSync(new URL('../../../migrations/0022_metric_cube.sql', import.meta.url), 'utf8');
    const backfill = migration.slice(
      migration.indexOf('SELECT f.org_id'),
      migration.indexOf('GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;') + 'GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'.length,
    );
    const columns =
      'org_id, grain, day, location, touchpoint, staff, survey, channel, language, kind, responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top';
    const { rows } = await t.database.pool.query(
      `with b(${columns}) as (${backfill}), kept as (select ${columns} from metric_cube where org_id = $1)
       select (select count(*) from kept)::int as kept, (select count(*) from (select * from b where org_id = $1 except select * from kept) x)::int as missing,
              (select count(*) from (select * from kept except select * from b where org_id = $1) x)::int as extra`,
      [org.orgId],
    );
    expect(rows[0]).toEqual({ kept: expect.any(Number), missing: 0, extra: 0 });
    expect(rows[0].kept).toBeGreaterThan(stored.length); // three grains
  });

  it("migration 0024's backfill computes the channel and language pairs the sweeper keeps", async () => {
    const migration = fs.readFileSync(
      new URL('../../../migrations/0024_channel_language_pairs.sql', import.meta.url),
      'utf8',
    );
    const backfill = migration.slice(migration.indexOf('SELECT f.org_id'), migration.indexOf(' ORDER BY 1, 2, 3, 4'));
    const columns =
      'org_id, dim, key, day, responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top';
    const { rows } = await t.database.pool.query(
      `with b(${columns}) as (${backfill}), kept as (select ${columns} from metric_daily where org_id = $1 and dim = any($2::text[]))
       select (select count(*) from kept)::int as kept, (select count(*) from (select * from b where org_id = $1 except select * from kept) x)::int as missing,
              (select count(*) from (select * from kept except select * from b where org_id = $1) x)::int as extra`,
      [
        org.orgId,
        PAIRS.filter(
          (p) => (p as readonly string[]).includes('channel') || (p as readonly string[]).includes('language'),
        ).map(pairDim),
      ],
    );
    expect(rows[0]).toEqual({ kept: expect.any(Number), missing: 0, extra: 0 });
    expect(rows[0].kept).toBeGreaterThan(stored.length);
  });

  // Last: it edits and deletes rows the backfill checks above read.
  it('follows edits and deletions of counted responses: retracted, then counted anew, no rebuild', async () => {
    const pool = t.database.pool;
    const random = rng(99);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const { rows: counted } = await pool.query<{ id: string; at: Date }>(
      `select id, submitted_at as at from responses where org_id = $1 and rolled_up_at is not null order by id`,
      [org.orgId],
    );
    const indexOf = (at: Date) => stored.findIndex((r) => r.at.getTime() === at.getTime());
    const chosen = counted.filter((r) => indexOf(r.at) >= 0).sort(() => random() - 0.5);
    // 40 edits, each changing a score and one dimension or the time (which moves it to another day).
    for (const { id, at } of chosen.slice(0, 40)) {
      const row = stored[indexOf(at)]!;
      row.nps = row.nps === 10 ? 0 : 10;
      const what = pick(['location', 'touchpoint', 'staff', 'channel', 'language', 'at'] as const);
      if (what === 'location') row.location = locations.find((l) => l !== row.location)!;
      if (what === 'touchpoint') row.touchpoint = row.touchpoint ? null : touchpoints[0]!;
      if (what === 'staff') row.staff = row.staff === staffIds[0] ? staffIds[1]! : staffIds[0]!;
      if (what === 'channel') row.channel = row.channel === 'qr' ? 'email' : 'qr';
      if (what === 'language') row.language = row.language === 'bg' ? 'ru' : 'bg';
      if (what === 'at') row.at = new Date(row.at.getTime() + 9 * 86_400_000);
      await pool.query(
        `update responses set nps = $2, location_id = $3, touchpoint_id = $4, staff_id = $5, channel = $6, language = $7, submitted_at = $8 where id = $1`,
        [id, row.nps, row.location, row.touchpoint, row.staff, row.channel, row.language, row.at],
      );
    }
    // 30 deletions in one statement, with a response not yet counted (nothing to retract).
    const gone = chosen.slice(40, 70);
    const goneAt = new Set(gone.map((r) => r.at.getTime()));
    const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
    const uncounted = await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'api', partial: true },
      { answers: { nps: 3 }, language: 'en', submittedAt: new Date('2026-03-10T10:00:00Z') },
    );
    await pool.query('delete from responses where id = any($1::uuid[])', [
      [...gone.map((r) => r.id), uncounted.row.id],
    ]);
    stored.splice(0, stored.length, ...stored.filter((r) => !goneAt.has(r.at.getTime())));
    // An update that changes nothing counted (the labels) is no retraction.
    await pool.query(`update responses set tags = '{x}' where id = $1`, [chosen[80]!.id]);
    expect(
      (await pool.query('select count(*)::int as n from metric_retractions where org_id = $1', [org.orgId])).rows[0].n,
    ).toBe(70);

    await t.runRollups();
    expect((await pool.query('select count(*)::int as n from metric_retractions')).rows[0].n).toBe(0);
    expect(pickFigures((await org.as.get('/api/v1/metrics/summary')).json())).toEqual(direct(stored));
    // Every table the reads use (single dimensions, pairs, each cube grain) against the raw rows.
    const groupings: Grouping[] = [
      { kind: 'none' },
      { kind: 'period', interval: 'week' },
      { kind: 'dim', dim: 'staff' },
      { kind: 'dim', dim: 'kind' },
      { kind: 'dim', dim: 'channel' },
    ];
    const constraintSets: Constraint[][] = [
      [],
      [{ dim: 'location', keys: [locations[0]!] }],
      [
        { dim: 'touchpoint', keys: [touchpoints[0]!] },
        { dim: 'language', keys: ['bg'] },
      ],
      [
        { dim: 'location', keys: [locations[1]!] },
        { dim: 'survey', keys: [surveyId] },
        { dim: 'kind', keys: ['service'] },
      ],
      [
        { dim: 'location', keys: [locations[0]!] },
        { dim: 'channel', keys: ['qr'] },
        { dim: 'language', keys: ['en'] },
      ],
      [
        { dim: 'staff', keys: [staffIds[0]!] },
        { dim: 'channel', keys: ['qr', 'email'] },
      ],
    ];
    const keyed = (rows: { group: string | null }[], grouping: Grouping) =>
      rows.filter((r) => r.group !== null || grouping.kind !== 'dim');
    for (const constraints of constraintSets)
      for (const grouping of groupings) {
        const range = { from: '2026-03-01', to: '2026-05-20' };
        const label = JSON.stringify({ constraints, grouping });
        expect(keyed((await counts(t.db, org.orgId, constraints, range, grouping)).rows, grouping), label).toEqual(
          keyed(await rawCounts(t.db, org.orgId, constraints, range, grouping), grouping),
        );
      }
  });
});
