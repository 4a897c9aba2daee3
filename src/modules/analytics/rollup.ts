import type pg from 'pg';
import { lockShared } from '../../platform/jobs/marks.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { cubeUpsert } from './cube.ts';
import { addCounts, COUNTS, countAggregates, ROLLUP_DIMS, type RollupDim } from './rollup-columns.ts';
import { DRIVER_BATCH, rollUpDrivers } from './drivers-rollup.ts';
import { countsForLoyalty } from '../surveys/index.ts';

export { ROLLUP_DIMS, type RollupDim };

/**
 * Pairs of dimensions also kept together (dim `<a>+<b>`, key `<a key>:<b key>`), so two filters at
 * once stay on small rollups: the location with each of touchpoint, staff, survey and kind (a
 * manager's dashboard is always limited to their locations), touchpoint, staff, survey and kind
 * among themselves, and channel and language with every dimension and each other. Each pair adds a
 * row per response and day to the sweeper's work; kind is left unpaired with the touchpoint (it
 * follows from it). Any three dimensions read the cube (cube.ts), kept by the same statement: its
 * finest grain has about as many cells as responses on varied data, so two dimensions are not
 * left to it.
 */
export const PAIRS = [
  ['location', 'touchpoint'],
  ['location', 'staff'],
  ['location', 'survey'],
  ['location', 'kind'],
  ['touchpoint', 'staff'],
  ['touchpoint', 'survey'],
  ['staff', 'survey'],
  ['staff', 'kind'],
  ['survey', 'kind'],
  ['location', 'channel'],
  ['location', 'language'],
  ['touchpoint', 'channel'],
  ['touchpoint', 'language'],
  ['staff', 'channel'],
  ['staff', 'language'],
  ['survey', 'channel'],
  ['survey', 'language'],
  ['kind', 'channel'],
  ['kind', 'language'],
  ['channel', 'language'],
] as const satisfies readonly (readonly [RollupDim, RollupDim])[];
export type Pair = (typeof PAIRS)[number];
export const pairDim = ([a, b]: Pair) => `${a}+${b}`;
/** The pair kept for two dimensions, in either order. */
export const pairOf = (x: string, y: string): Pair | undefined =>
  PAIRS.find(([a, b]) => (a === x && b === y) || (a === y && b === x));

const ABANDONED_AFTER = '30 minutes';

const dimsUnion = [
  ...Object.entries(ROLLUP_DIMS).map(([dim, col]) => [dim, col] as const),
  ...PAIRS.map((pair) => [pairDim(pair), `${ROLLUP_DIMS[pair[0]]} || ':' || ${ROLLUP_DIMS[pair[1]]}`] as const),
]
  .map(
    ([dim, col]) =>
      `union all select org_id, day, '${dim}', ${col}, nps, csat, ces from facts where ${col} is not null`,
  )
  .join('\n      ');

/**
 * What a batch of response `facts` (org_id, day, the dimension columns, kind, nps, csat, ces)
 * adds to metric_daily and the cube (sign -1: takes away), as CTEs. Upserts go in key order so
 * concurrent workers cannot deadlock.
 */
const fold = (sign: 1 | -1) => `dims as (
    select org_id, day, 'all' as dim, '' as key, nps, csat, ces from facts
      ${dimsUnion}
  ), counted as (
    insert into metric_daily (org_id, dim, key, day, ${COUNTS.join(', ')})
    select org_id, dim, key, day, ${countAggregates(sign)}
      from dims group by org_id, dim, key, day order by org_id, dim, key, day
    on conflict (org_id, dim, key, day) do update set ${addCounts('metric_daily')}
    returning 1
  ), cubed as (
    ${cubeUpsert(sign)}
  )`;

/**
 * Folds responses not yet counted into the daily rollups and the cube, in ONE statement: it takes a batch
 * (FOR UPDATE SKIP LOCKED, so workers never share a response), marks it rolled up and adds its
 * counts — so a response is counted exactly once, whatever crashes or parallel workers happen.
 * What moves responses between cells without touching them (a time zone, a touchpoint kind) is
 * handled by a rebuild of the organisation's cells (rebuild.ts). A partial response is counted once its respondent has left it
 * alone for half an hour.
 */
const ROLL_UP = `
  with batch as (
    select id from responses
     where rolled_up_at is null and (status = 'complete' or updated_at < now() - interval '${ABANDONED_AFTER}')
     order by submitted_at limit $1 for update skip locked
  ), marked as (
    update responses r set rolled_up_at = now() from batch where r.id = batch.id
    returning r.org_id, r.submitted_at, r.location_id, r.touchpoint_id, r.staff_id, r.survey_id, r.channel, r.language, r.nps, r.csat, r.ces
  ), facts as (
    select m.*, (m.submitted_at at time zone o.time_zone)::date as day, t.kind::text as kind
      from marked m join orgs o on o.id = m.org_id left join touchpoints t on t.id = m.touchpoint_id
     where ${countsForLoyalty('m.survey_id')}
  ), ${fold(1)}
  select (select count(*) from marked)::int as responses`;

/**
 * Subtracts what edited and deleted responses had added (metric_retractions, written by triggers
 * on responses, migration 0026), in ONE statement that also deletes the retractions it takes: each
 * is subtracted exactly once. An edited response is counted again with its new values by ROLL_UP.
 */
const RETRACT = `
  with batch as (
    select id from metric_retractions order by id limit $1 for update skip locked
  ), taken as (
    delete from metric_retractions r using batch where r.id = batch.id
    returning r.org_id, r.day, r.location_id, r.touchpoint_id, r.staff_id, r.survey_id, r.channel, r.language, r.kind, r.nps, r.csat, r.ces
  ), facts as (
    select * from taken where ${countsForLoyalty('taken.survey_id')}
  ), ${fold(-1)}
  select (select count(*) from taken)::int as responses`;

/**
 * One organisation's metric_daily (all but the segment dims) and cube cells counted afresh from its
 * counted responses ($1), into cells the caller has emptied (rebuild.ts).
 */
export const RECOUNT = `
  with facts as (
    select r.org_id, (r.submitted_at at time zone o.time_zone)::date as day, r.location_id, r.touchpoint_id, r.staff_id, r.survey_id,
           r.channel, r.language, t.kind::text as kind, r.nps, r.csat, r.ces
      from responses r join orgs o on o.id = r.org_id left join touchpoints t on t.id = r.touchpoint_id
     where r.org_id = $1 and r.rolled_up_at is not null
  ), ${fold(1)}
  select 1`;

/** One statement under the shared derived lock (marks.ts), so it never interleaves with a rebuild. */
async function underLock(pool: pg.Pool, statement: string, batch: number): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await lockShared(client);
    const { rows } = await client.query<{ responses: number }>(statement, [batch]);
    await client.query('commit');
    return rows[0]?.responses ?? 0;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Subtracts at most `batch` retracted responses; returns how many. */
export const retract = (pool: pg.Pool, batch = 5000): Promise<number> => underLock(pool, RETRACT, batch);

/** Rolls up at most `batch` responses; returns how many it counted. */
export const rollUp = (pool: pg.Pool, batch = 5000): Promise<number> => underLock(pool, ROLL_UP, batch);

/**
 * Rolls up every `intervalMs`: a new response, edit or deletion shows in the dashboard within about that. The driver
 * cases of the customers those responses marked (drivers-rollup.ts) follow batch for batch, so a
 * large driver backlog (a migration, a bulk load) never holds new responses back for long.
 */
export const startRollups = (
  pool: pg.Pool,
  opts: { intervalMs?: number; batch?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(async (stopped) => {
    const batch = opts.batch ?? 5000;
    while (!stopped()) {
      const retracted = await retract(pool, batch);
      const responses = await rollUp(pool, batch);
      const customers = await rollUpDrivers(pool);
      if (retracted < batch && responses < batch && customers < DRIVER_BATCH) break;
    }
  }, opts);
