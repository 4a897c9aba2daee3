import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomOrg } from '../../../test/support/analytics-data.ts';
import { rng } from '../../../test/support/rng.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { cellCaseCounts, localDays } from '../cases/case-stats-cells.ts';
import { rawCaseCounts } from '../cases/case-stats-raw.ts';
import { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
import * as retention from '../retention/retention.repo.ts';
import { ingest } from '../responses/ingest.ts';
import { counts, rawCounts, type Constraint, type Dim, type Grouping } from './analytics.repo.ts';
import { driverStats } from './drivers.repo.ts';
import { requestRebuild, runRequestedRebuild } from './rebuild.ts';
import { settle, verifyOrg } from './verify.ts';

/**
 * Property: after any sequence of the changes a business makes, every stored figure equals a
 * direct count of the current rows. Random sequences of operations (seeded: a failure replays)
 * against a random organisation; after each, the sweepers and requested rebuilds run as the
 * server's would, then every read is compared with the rows: the metric reads (each table the
 * planner picks) with the raw counts, the case figures with the cases, and every derived table
 * (drivers, retention, RFM, cohorts, segments, case cells) with a rebuild from the rows. And while a
 * change's rebuild is requested but not yet run, the drivers and retention reads (which then compute
 * from the rows) with the same reads once the rebuild has run.
 */
let t: TestApp;
let data: Awaited<ReturnType<typeof randomOrg>>;
const random = rng(1414);

beforeAll(async () => {
  t = await createTestApp();
  data = await randomOrg(t, random, { responses: 50, customers: 8 });
});
afterAll(async () => {
  await t.close();
});

const q = (text: string, params: unknown[] = []) => t.database.pool.query(text, params);
const one = async (text: string, params: unknown[] = []) => (await q(text, params)).rows[0]?.id as string | undefined;

/** The operations, each a change as the product (or a bulk script) makes it. */
function operations() {
  const { org, pick } = data;
  const orgId = org.orgId;
  const anyResponse = () => one('select id from responses where org_id = $1 order by random() limit 1', [orgId]);
  return {
    create: async () => void (await data.respond()),
    edit: async () => {
      const id = await anyResponse();
      if (!id) return;
      await q(
        `update responses set nps = $2, location_id = $3, touchpoint_id = $4, staff_id = $5, submitted_at = $6 where id = $1`,
        [
          id,
          Math.floor(random() * 11),
          pick([...data.locations, null]),
          pick([...data.touchpoints, null]),
          pick([...data.staff, null]),
          data.at(),
        ],
      );
    },
    delete: async () => {
      const id = await anyResponse();
      if (id) await q('delete from responses where id = $1', [id]);
    },
    purchase: async () =>
      void (await org.as.post('/api/v1/interactions', {
        customerId: pick(data.customers),
        occurredAt: data.at().toISOString(),
        revenue: 10 + Math.floor(random() * 90),
      })),
    editPurchase: async () => {
      const id = await one('select id from interactions where org_id = $1 order by random() limit 1', [orgId]);
      if (id)
        await q('update interactions set occurred_at = $2, revenue = $3 where id = $1', [
          id,
          data.at(),
          Math.floor(random() * 100),
        ]);
    },
    timeZone: async () =>
      void (await org.as.patch('/api/v1/org', {
        timeZone: pick(['UTC', 'Europe/Sofia', 'Asia/Tokyo', 'America/New_York']),
      })),
    touchpointKind: async () =>
      void (await org.as.patch(`/api/v1/touchpoints/${pick(data.touchpoints)}`, {
        kind: pick(['service', 'product', 'brand']),
      })),
    staffLocation: async () =>
      void (await q('update staff set location_ids = $2 where id = $1', [pick(data.staff), [pick(data.locations)]])),
    deleteLocation: async () => {
      if (data.locations.length < 2) return;
      const gone = data.locations.pop()!;
      for (const table of ['responses', 'interactions', 'cases'])
        await q(`update ${table} set location_id = null where location_id = $1`, [gone]);
      await q('update staff set location_ids = array_remove(location_ids, $1) where org_id = $2', [gone, orgId]);
      await q('delete from locations where id = $1', [gone]);
    },
    deleteSurvey: async () => {
      if (data.surveys.length < 2) return;
      const gone = data.surveys.pop()!.id;
      await q('delete from responses where survey_id = $1', [gone]);
      await q('delete from surveys where id = $1', [gone]);
    },
    mergeCustomers: async () => {
      if (data.customers.length < 3) return;
      const [gone, kept] = [data.customers.pop()!, pick(data.customers)];
      for (const table of ['responses', 'interactions', 'cases'])
        await q(`update ${table} set customer_id = $2 where customer_id = $1`, [gone, kept]);
      await q('delete from customers where id = $1', [gone]);
    },
    // A restored backup whose cells are not its rows' (another version's, or an edited file): rows
    // arrive with the triggers off, as backup.ts restores them, and a rebuild is asked for.
    restore: async (customer = pick(data.customers)) => {
      const client = await t.database.pool.connect();
      try {
        await client.query('begin');
        for (const table of ['interactions', 'responses'])
          await client.query(`alter table ${table} disable trigger user`);
        await client.query(
          `update interactions set occurred_at = occurred_at + interval '20 days', revenue = revenue + 5 where customer_id = $1`,
          [customer],
        );
        await client.query('update responses set nps = case when nps >= 9 then 0 else 10 end where customer_id = $1', [
          customer,
        ]);
        for (const table of ['interactions', 'responses'])
          await client.query(`alter table ${table} enable trigger user`);
        await requestRebuild(client, [orgId], 'restore');
        await client.query('commit');
      } finally {
        client.release();
      }
    },
    deleteCustomer: async () => {
      if (data.customers.length < 3) return;
      const gone = data.customers.pop()!;
      await q('delete from cases where customer_id = $1', [gone]);
      await q('delete from responses where customer_id = $1', [gone]);
      await q('delete from interactions where customer_id = $1', [gone]);
      await q('delete from customers where id = $1', [gone]);
    },
  };
}

/** What the server's background work does within seconds of the changes. */
async function settleAll() {
  await t.runCaseEngine();
  while (await runRequestedRebuild(t.database.pool));
  await settle(t.database.pool);
  await t.runRollups();
}

const DIMS: Dim[] = ['location', 'touchpoint', 'staff', 'survey', 'channel', 'language', 'kind', 'segment'];
const keysOf = async (dim: Dim) =>
  (await rawCounts(t.db, data.org.orgId, [], { from: null, to: null }, { kind: 'dim', dim }))
    .map((r) => r.group)
    .filter((k): k is string => k !== null);

/** Every difference between a read and the direct count, as text (empty: all agree). */
async function differences(): Promise<string[]> {
  const orgId = data.org.orgId;
  const found: string[] = [];
  const groupings: Grouping[] = [
    { kind: 'none' },
    { kind: 'period', interval: 'day' },
    { kind: 'period', interval: 'month' },
    ...DIMS.map((dim) => ({ kind: 'dim' as const, dim })),
  ];
  const keyed = async (dims: Dim[]): Promise<Constraint[]> =>
    Promise.all(dims.map(async (dim) => ({ dim, keys: (await keysOf(dim)).slice(0, 1) })));
  const constraintSets = [
    [],
    await keyed(['location']),
    await keyed(['kind']),
    await keyed(['location', 'kind']),
    await keyed(['touchpoint', 'staff']),
    await keyed(['segment']),
    await keyed(['segment', 'location']),
    await keyed(['location', 'channel', 'language']),
    await keyed(['segment', 'kind', 'staff']),
  ];
  const ranges = [
    { from: null, to: null },
    { from: '2026-03-10', to: '2026-04-11' },
  ];
  for (const constraints of constraintSets)
    for (const grouping of groupings)
      for (const range of ranges) {
        const stored = await counts(t.db, orgId, constraints, range, grouping);
        const direct = await rawCounts(t.db, orgId, constraints, range, grouping);
        const label = JSON.stringify({ constraints: constraints.map((c) => c.dim), grouping, range });
        if (stored.source !== 'rollup') found.push(`${label}: read ${stored.source}`);
        const drop = (rows: { group: string | null }[]) =>
          rows.filter((r) => grouping.kind !== 'dim' || r.group !== null);
        if (!isDeepStrictEqual(drop(stored.rows), drop(direct)))
          found.push(`${label}: ${JSON.stringify(drop(stored.rows))} != ${JSON.stringify(drop(direct))}`);
      }
  for (const query of [{}, { from: '2026-03-10T00:00:00Z', to: '2026-04-11T00:00:00Z' }]) {
    const days = await localDays(t.db, orgId, query);
    if (!days) continue;
    const cells = await cellCaseCounts(t.db, orgId, { all: true }, query, days);
    const raw = await rawCaseCounts(t.db, orgId, { all: true }, query);
    const { overdue: _a, ...cellTotal } = cells.total;
    const { overdue: _b, ...rawTotal } = raw.total;
    if (!isDeepStrictEqual(cellTotal, rawTotal))
      found.push(`cases ${JSON.stringify(query)}: ${JSON.stringify(cellTotal)} != ${JSON.stringify(rawTotal)}`);
  }
  for (const d of await verifyOrg(t.database.pool, orgId)) found.push(`${d.table} ${d.side} ${JSON.stringify(d.row)}`);
  return found;
}

/** The driver and retention reads, each over a few periods and scopes (a window edge or a month boundary shows a moved day). */
async function driverAndRetentionReads() {
  const orgId = data.org.orgId;
  const whole = { from: null, to: null };
  const windows = [whole, { from: '2026-03-10', to: '2026-04-11' }, { from: '2026-04-01', to: '2026-04-02' }];
  const out: Record<string, unknown> = {};
  for (const range of windows) {
    out[`drivers ${JSON.stringify(range)}`] = await driverStats(t.db, orgId, range, null);
    out[`drivers at ${JSON.stringify(range)}`] = await driverStats(t.db, orgId, range, data.locations);
    out[`summary ${JSON.stringify(range)}`] = await retention.summary(t.db, orgId, range);
  }
  for (const groupBy of ['channel', 'campaign', 'none'] as const)
    out[`cohorts ${groupBy}`] = await retention.cohortCells(t.db, orgId, '2026-01', groupBy);
  out.rfm = await retention.rfmGroups(t.db, orgId);
  out.experience = await retention.experience(t.db, orgId, whole, 30);
  out['experience from'] = await retention.experience(t.db, orgId, { from: '2026-03-20', to: null }, 30);
  for (const key of ['experience', 'experience from'])
    out[key] = (out[key] as { band: string }[]).sort((a, b) => a.band.localeCompare(b.band));
  return out;
}

describe('derived data equals a direct count after random sequences of changes', () => {
  it('for every read, after each of several random sequences', { timeout: 300_000 }, async () => {
    const ops = operations();
    const names = Object.keys(ops) as (keyof typeof ops)[];
    await settleAll();
    expect(await differences()).toEqual([]);
    let rebuiltWhileRead = 0;
    for (let sequence = 0; sequence < 5; sequence++) {
      const done: string[] = [];
      for (let i = 0; i < 6; i++) {
        const name = data.pick(names);
        await ops[name]();
        done.push(name);
      }
      // Some sequences let the sweepers run in the middle, as they would in production.
      if (random() < 0.5) await t.runRollups();
      // The sweepers have run, a requested rebuild not yet: drivers and retention must read the rows.
      await t.runCaseEngine();
      await settle(t.database.pool);
      const pending = (await rebuildStatus(t.db, data.org.orgId)) ? await driverAndRetentionReads() : null;
      if (pending) rebuiltWhileRead++;
      await settleAll();
      expect(await differences(), `sequence ${sequence}: ${done.join(', ')}`).toEqual([]);
      if (pending) expect(pending, `pending, sequence ${sequence}`).toEqual(await driverAndRetentionReads());
    }
    expect(rebuiltWhileRead).toBeGreaterThan(0);
  });

  it(
    'drivers and retention follow a time zone change and a restore at once, before the rebuild runs',
    { timeout: 120_000 },
    async () => {
      const orgId = data.org.orgId;
      await data.org.as.patch('/api/v1/org', { timeZone: 'UTC' });
      // A relationship answer and a touchpoint score 11 hours apart on 31 March (UTC), and a purchase
      // that night: in Tokyo they fall on 1 April, out of the March case and into April's first day.
      const [customerId] = data.customers;
      for (const [submittedAt, touchpointId, nps] of [
        ['2026-03-31T12:00:00Z', data.touchpoints[0]!, 9],
        ['2026-03-31T23:30:00Z', null, 3],
      ] as const)
        await ingest(
          t.db,
          { orgId, survey: data.surveys[0]!, channel: 'api', partial: false },
          { answers: { nps }, customerId, touchpointId, language: 'en', submittedAt: new Date(submittedAt) },
        );
      // A new buyer whose only purchase that night is March's cohort in UTC, April's in Tokyo.
      const buyer = (await data.org.as.post('/api/v1/customers', { name: 'Night buyer' })).json().id as string;
      const purchase = { customerId: buyer, occurredAt: '2026-03-31T23:30:00Z', revenue: 40 };
      expect((await data.org.as.post('/api/v1/interactions', purchase)).statusCode).toBe(201);
      await settleAll();
      const before = await driverAndRetentionReads();
      await data.org.as.patch('/api/v1/org', { timeZone: 'Asia/Tokyo' });
      await settle(t.database.pool);
      expect(await rebuildStatus(t.db, orgId)).not.toBeNull();
      const pending = await driverAndRetentionReads();
      await settleAll();
      const after = await driverAndRetentionReads();
      expect(pending).toEqual(after);
      // The change moved these figures, so the stale cells (what the reads gave before) would differ.
      for (const key of [
        'drivers {"from":null,"to":null}',
        'summary {"from":"2026-04-01","to":"2026-04-02"}',
        'cohorts none',
      ])
        expect(after[key], key).not.toEqual(before[key]);
      // A restore whose cells are not its rows' (every answer of the customer changes band).
      await operations().restore(customerId);
      await settle(t.database.pool);
      const restoring = await driverAndRetentionReads();
      await settleAll();
      const restored = await driverAndRetentionReads();
      expect(restoring).toEqual(restored);
      for (const key of ['experience', 'rfm']) expect(restored[key], key).not.toEqual(after[key]);
    },
  );

  it('fails when the rebuild is left out: the checks can see a stale cell', { timeout: 120_000 }, async () => {
    const tz = (await q('select time_zone from orgs where id = $1', [data.org.orgId])).rows[0].time_zone;
    await data.org.as.patch('/api/v1/org', { timeZone: tz === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo' });
    await q('delete from analytics_rebuilds where org_id = $1', [data.org.orgId]);
    await settle(t.database.pool);
    const found = await differences();
    expect(found.some((d) => d.includes('"interval":"day"'))).toBe(true);
    expect(found.some((d) => d.startsWith('metric_daily') || d.startsWith('metric_cube'))).toBe(true);
  });
});
