import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rng } from '../../../test/support/rng.ts';
import { cellCaseCounts, localDays } from './case-stats-cells.ts';
import { rawCaseCounts, type StatsQuery } from './case-stats-raw.ts';
import type { CaseScope } from './cases.repo.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locations: string[];
let staffIds: string[];
let touchpoints: string[];
let causes: string[];
const DAY = 86_400_000;
const STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed_no_contact'];

const random = rng(2026);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const maybe = <T>(x: T, p = 0.8) => (random() < p ? x : null);

/** One case's columns, drawn at random: some overdue, some closed in time, with or without follow-up, cause, owner, location. */
function drawCase() {
  const opened = new Date(Date.now() - Math.floor(random() * 60 * DAY));
  const status = pick(STATUSES);
  const closed = status === 'resolved' || status === 'closed_no_contact';
  const firstAction =
    status !== 'new' || random() < 0.2 ? new Date(opened.getTime() + Math.floor(random() * 40 * 3_600_000)) : null;
  const resolved = closed ? new Date(opened.getTime() + Math.floor(random() * 80 * 3_600_000)) : null;
  return {
    status,
    opened,
    due: new Date(opened.getTime() + Math.floor(random() * 48 * 3_600_000)),
    firstAction,
    resolved,
    location: maybe(pick(locations)),
    owner: maybe(pick(staffIds)),
    touchpoint: maybe(pick(touchpoints), 0.6),
    cause: status === 'resolved' ? maybe(pick(causes), 0.7) : null,
    followUp: status === 'resolved' ? maybe(Math.floor(random() * 11), 0.6) : null,
  };
}

async function insertCases(n: number) {
  const rows = Array.from({ length: n }, drawCase);
  // One multi-row statement: the statement trigger sees them all at once.
  await t.database.pool.query(
    `insert into cases (id, org_id, title, source, status, opened_at, due_at, first_action_at, resolved_at, location_id, owner_id, touchpoint_id, root_cause_id, follow_up_score)
     select gen_random_uuid(), $1, 'Case', 'phone', x.status::case_status, x.opened, x.due, x.first_action, x.resolved, x.location, x.owner, x.touchpoint, x.cause, x.follow_up
       from jsonb_to_recordset($2::jsonb) as x(status text, opened timestamptz, due timestamptz, first_action timestamptz, resolved timestamptz, location uuid, owner uuid, touchpoint uuid, cause uuid, follow_up smallint)`,
    [
      org.orgId,
      JSON.stringify(
        rows.map((r) => ({
          status: r.status,
          opened: r.opened,
          due: r.due,
          first_action: r.firstAction,
          resolved: r.resolved,
          location: r.location,
          owner: r.owner,
          touchpoint: r.touchpoint,
          cause: r.cause,
          follow_up: r.followUp,
        })),
      ),
    ],
  );
}

/** The local midnight `days` from today in Sofia, as an instant (what the dashboard sends). */
async function sofiaMidnight(days: number): Promise<string> {
  const { rows } = await t.database.pool.query(
    `select ((now() at time zone 'Europe/Sofia')::date + $1::int)::timestamp at time zone 'Europe/Sofia' as at`,
    [days],
  );
  return (rows[0].at as Date).toISOString();
}

const byKey = <T extends { key: string | null }>(xs: T[]) =>
  [...xs].sort((a, b) => String(a.key).localeCompare(String(b.key)));
const causeKey = (r: { key: string; locationId: string | null }) => `${r.key}|${r.locationId}`;

/** The cells' figures against the raw cases', for a scope and a period of whole local days. */
async function expectSame(scope: Exclude<CaseScope, { selfId: string }>, q: StatsQuery) {
  const days = await localDays(t.db, org.orgId, q);
  expect(days).not.toBeNull();
  const cells = await cellCaseCounts(t.db, org.orgId, scope, q, days!);
  const raw = await rawCaseCounts(t.db, org.orgId, scope, q);
  const label = JSON.stringify({ scope, q });
  expect(cells.total, label).toEqual(raw.total);
  expect(byKey(cells.byLocation), label).toEqual(byKey(raw.byLocation));
  expect(byKey(cells.byOwner), label).toEqual(byKey(raw.byOwner));
  expect(
    [...cells.rootCauses].sort((a, b) => causeKey(a).localeCompare(causeKey(b))),
    label,
  ).toEqual([...raw.rootCauses].sort((a, b) => causeKey(a).localeCompare(causeKey(b))));
  expect(cells.mediansSampled).toBe(false);
  return raw;
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Case figures clinic');
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  locations = [];
  for (const name of ['North', 'South', 'East'])
    locations.push((await org.as.post('/api/v1/locations', { name })).json().id);
  staffIds = [];
  for (const [i, loc] of locations.entries())
    staffIds.push(
      (
        await org.as.post('/api/v1/staff', {
          name: `M${i}`,
          email: `m${i}@figures.example`,
          role: 'manager',
          locationIds: [loc],
          sendInvite: false,
        })
      ).json().id,
    );
  touchpoints = [];
  for (const [name, kind] of [
    ['Desk', 'service'],
    ['Cream', 'product'],
  ])
    touchpoints.push((await org.as.post('/api/v1/touchpoints', { name, kind, stage: 'service' })).json().id);
  causes = (await org.as.get('/api/v1/root-causes')).json().items.map((c: { id: string }) => c.id);
  for (let i = 0; i < 4; i++) await insertCases(80);
  // Open cases falling due today in Sofia: one already overdue, one not yet (the cells count neither; the cases are read).
  await t.database.pool.query(
    `insert into cases (id, org_id, title, source, status, opened_at, due_at, location_id, owner_id)
     select gen_random_uuid(), $1, 'Due today', 'phone', 'new', now() - interval '2 days', due, $2, $3
       from (select ((now() at time zone 'Europe/Sofia')::date)::timestamp at time zone 'Europe/Sofia' as t0) x,
            lateral (values (x.t0 + (now() - x.t0) / 2), (now() + (x.t0 + interval '1 day' - now()) / 2)) as d(due)`,
    [org.orgId, locations[0], staffIds[0]],
  );
});
afterAll(() => t.close());

describe('case figures from incremental cells agree with the cases', () => {
  it('for the organisation and a manager, over periods of whole local days, after inserts, updates and deletes', async () => {
    const periods: StatsQuery[] = [
      {},
      { from: await sofiaMidnight(-30), to: await sofiaMidnight(1) },
      { from: await sofiaMidnight(-45), to: await sofiaMidnight(-10) },
      { from: await sofiaMidnight(-7) },
    ];
    const manager = { locationIds: [locations[0]!], selfId: staffIds[1]! }; // their location, and the cases they own elsewhere
    const check = async () => {
      for (const q of periods) {
        const all = await expectSame({ all: true }, q);
        await expectSame(manager, q);
        await expectSame({ all: true }, { ...q, locationId: locations[2]! });
        expect(all.total.opened).toBeGreaterThan(0);
      }
    };
    await check();
    // Updates: status moves (open → closed and back), reassignment, a moved opening day, follow-ups and causes.
    const pool = t.database.pool;
    const { rows } = await pool.query<{ id: string }>('select id from cases where org_id = $1 order by id', [
      org.orgId,
    ]);
    for (const { id } of rows.filter(() => random() < 0.3)) {
      const c = drawCase();
      await pool.query(
        `update cases set status = $2::case_status, first_action_at = $3, resolved_at = $4, owner_id = $5, location_id = $6, root_cause_id = $7, follow_up_score = $8,
                opened_at = case when $9 then opened_at - interval '3 days' else opened_at end where id = $1`,
        [id, c.status, c.firstAction, c.resolved, c.owner, c.location, c.cause, c.followUp, random() < 0.3],
      );
    }
    // An update of nothing counted writes no cell (and changes no figure).
    await pool.query(`update cases set escalation_level = escalation_level + 1 where org_id = $1`, [org.orgId]);
    await pool.query('delete from cases where id = any($1::uuid[])', [
      rows.filter(() => random() < 0.15).map((r) => r.id),
    ]);
    await check();
  });

  it('answers the dashboard through the API from the cells, and other periods and staff from the cases', async () => {
    const q = { from: await sofiaMidnight(-30), to: await sofiaMidnight(1) };
    const api = (await org.as.get(`/api/v1/case-stats?${new URLSearchParams(q)}`)).json();
    const raw = await rawCaseCounts(t.db, org.orgId, { all: true }, q);
    expect(api.total).toMatchObject({
      opened: raw.total.opened,
      open: raw.total.open,
      overdue: raw.total.overdue,
      closed: raw.total.closed,
      medianHoursToResolution: raw.total.medianHoursToResolution,
    });
    expect(api.mediansSampled).toBe(false);
    // The analytics tiles ask for the overall figures only: the same, without the lists.
    const tiles = (await org.as.get(`/api/v1/case-stats?${new URLSearchParams({ ...q, parts: 'total' })}`)).json();
    expect(tiles.total).toEqual(api.total);
    expect([tiles.byLocation, tiles.byOwner, tiles.rootCauses]).toEqual([[], [], []]);
    expect(api.byOwner.length).toBeGreaterThan(0);
    // Not whole days: no cells.
    expect(
      await localDays(t.db, org.orgId, { from: new Date(Date.parse(q.from) + 3_600_000).toISOString() }),
    ).toBeNull();
    const staff = t.as(await t.keyFor(org.orgId, 'staff', staffIds[0]!));
    const mine = (await staff.get(`/api/v1/case-stats?${new URLSearchParams(q)}`)).json();
    const own = await rawCaseCounts(t.db, org.orgId, { selfId: staffIds[0]! }, q);
    expect(own.total.opened).toBeGreaterThan(0);
    expect(mine.total.opened).toBe(own.total.opened);
    const other = await t.newOrg('Other');
    expect((await other.as.get(`/api/v1/case-stats?${new URLSearchParams(q)}`)).json().total.opened).toBe(0);
  });

  it("migration 0027's backfill computes the cells the trigger keeps", async () => {
    const migration = fs.readFileSync(new URL('../../../migrations/0027_case_cells.sql', import.meta.url), 'utf8');
    const backfill = migration
      .split('--> statement-breakpoint')
      .find((part) => part.includes('SELECT case_cells_apply(array(SELECT'))!;
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      const kept = async () =>
        (
          await client.query(
            `select * from case_cells where org_id = $1 and opened <> 0 order by day, location, owner`,
            [org.orgId],
          )
        ).rows;
      const keptCauses = async () =>
        (
          await client.query(
            `select * from case_cause_cells where org_id = $1 and n <> 0 order by day, location, root_cause`,
            [org.orgId],
          )
        ).rows;
      const keptDue = async () =>
        (
          await client.query(
            `select * from case_due_cells where org_id = $1 and open <> 0 order by day, due_day, location, owner`,
            [org.orgId],
          )
        ).rows;
      const [cells, causes, due] = [await kept(), await keptCauses(), await keptDue()];
      expect(cells.length).toBeGreaterThan(20);
      expect(due.length).toBeGreaterThan(20);
      await client.query('delete from case_cells; delete from case_cause_cells; delete from case_due_cells');
      await client.query(backfill);
      expect(await kept()).toEqual(cells);
      expect(await keptCauses()).toEqual(causes);
      expect(await keptDue()).toEqual(due);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('takes medians over a fixed sample, one case in sixteen or in sixty-four, past a size', async () => {
    // Three resolved cases whose ids fall in both samples, so neither sample is empty whatever ids
    // the random cases drew. The ids are fixed (md5 of a counter); one in 64 of them qualifies, so 5,000
    // candidates leave a chance of none below 1e-34 even if hashtext changed between PostgreSQL versions.
    await t.database.pool.query(
      `insert into cases (id, org_id, title, source, status, opened_at, due_at, first_action_at, resolved_at)
       select id, $1, 'Sampled', 'phone', 'resolved', now() - interval '3 days', now() - interval '2 days',
              now() - interval '3 days' + interval '1 hour', now() - interval '3 days' + n * interval '5 hours'
         from (select md5('sampled case ' || i)::uuid as id, row_number() over (order by i) as n
                 from generate_series(1, 5000) i
                where hashtext(md5('sampled case ' || i)::uuid::text) & 63 = 0
                order by i limit 3) s`,
      [org.orgId],
    );
    const q = {};
    const exact = await rawCaseCounts(t.db, org.orgId, { all: true }, q);
    for (const [limits, mask] of [
      [{ exact: 0, sixteenth: 1_000_000 }, 15],
      [{ exact: 0, sixteenth: 0 }, 63],
    ] as const) {
      const sampled = await cellCaseCounts(t.db, org.orgId, { all: true }, q, { from: null, to: null }, limits);
      expect(sampled.mediansSampled).toBe(true);
      const { rows } = await t.database.pool.query(
        `select (percentile_cont(0.5) within group (order by date_part('epoch', resolved_at - opened_at)) / 3600)::float as res, count(resolved_at)::int as n
           from cases where org_id = $1 and (hashtext(id::text) & $2) = 0`,
        [org.orgId, mask],
      );
      expect(rows[0].n).toBeGreaterThanOrEqual(3);
      expect(sampled.total.medianHoursToResolution).toBe(rows[0].res);
      expect(sampled.total.opened).toBe(exact.total.opened); // counts stay exact
    }
    const few = await cellCaseCounts(t.db, org.orgId, { all: true }, q, { from: null, to: null });
    expect(few.mediansSampled).toBe(false);
    expect(few.total.medianHoursToResolution).toBe(exact.total.medianHoursToResolution);
  });
});
