import type pg from 'pg';
import { startSweeper, type Sweeper } from '../../server/platform/jobs/sweeper.ts';
import { CUBE_UPSERT } from './cube.ts';
import { DRIVER_BATCH, rollUpDrivers } from './drivers-rollup.ts';

/** Dimensions kept in the daily rollups, each with the response column that is its key. */
export const ROLLUP_DIMS = {
  location: 'location_id::text',
  touchpoint: 'touchpoint_id::text',
  staff: 'staff_id::text',
  survey: 'survey_id::text',
  channel: 'channel::text',
  language: 'language',
  kind: 'kind',
} as const;
export type RollupDim = keyof typeof ROLLUP_DIMS;

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
export const pairOf = (x: string, y: string): Pair | undefined => PAIRS.find(([a, b]) => (a === x && b === y) || (a === y && b === x));

const ABANDONED_AFTER = '30 minutes';

const dimsUnion = [
  ...Object.entries(ROLLUP_DIMS).map(([dim, col]) => [dim, col] as const),
  ...PAIRS.map((pair) => [pairDim(pair), `${ROLLUP_DIMS[pair[0]]} || ':' || ${ROLLUP_DIMS[pair[1]]}`] as const),
]
  .map(([dim, col]) => `union all select org_id, day, '${dim}', ${col}, nps, csat, ces from facts where ${col} is not null`)
  .join('\n      ');

/**
 * Folds responses not yet counted into the daily rollups and the cube, in ONE statement: it takes a batch
 * (FOR UPDATE SKIP LOCKED, so workers never share a response), marks it rolled up and adds its
 * counts — so a response is counted exactly once, whatever crashes or parallel workers happen,
 * and no rebuild is ever needed. Upserts go in key order so concurrent workers cannot deadlock.
 * A partial response is counted once its respondent has left it alone for half an hour.
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
  ), dims as (
    select org_id, day, 'all' as dim, '' as key, nps, csat, ces from facts
      ${dimsUnion}
  ), counted as (
    insert into metric_daily (org_id, dim, key, day, responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top)
    select org_id, dim, key, day, count(*), count(nps), count(*) filter (where nps >= 9), count(*) filter (where nps <= 6),
           count(csat), coalesce(sum(csat), 0), count(*) filter (where csat >= 4), count(ces), coalesce(sum(ces), 0), count(*) filter (where ces >= 5)
      from dims group by org_id, dim, key, day order by org_id, dim, key, day
    on conflict (org_id, dim, key, day) do update set
      responses = metric_daily.responses + excluded.responses,
      nps_n = metric_daily.nps_n + excluded.nps_n,
      nps_promoters = metric_daily.nps_promoters + excluded.nps_promoters,
      nps_detractors = metric_daily.nps_detractors + excluded.nps_detractors,
      csat_n = metric_daily.csat_n + excluded.csat_n,
      csat_sum = metric_daily.csat_sum + excluded.csat_sum,
      csat_top = metric_daily.csat_top + excluded.csat_top,
      ces_n = metric_daily.ces_n + excluded.ces_n,
      ces_sum = metric_daily.ces_sum + excluded.ces_sum,
      ces_top = metric_daily.ces_top + excluded.ces_top
    returning 1
  ), cubed as (
    ${CUBE_UPSERT}
  )
  select (select count(*) from marked)::int as responses`;

/** Rolls up at most `batch` responses; returns how many it counted. */
export async function rollUp(pool: pg.Pool, batch = 5000): Promise<number> {
  const { rows } = await pool.query<{ responses: number }>(ROLL_UP, [batch]);
  return rows[0]?.responses ?? 0;
}

/**
 * Rolls up every `intervalMs`: a new response shows in the dashboard within about that. The driver
 * cases of the customers those responses marked (drivers-rollup.ts) follow batch for batch, so a
 * large driver backlog (a migration, a bulk load) never holds new responses back for long.
 */
export const startRollups = (pool: pg.Pool, opts: { intervalMs?: number; batch?: number; onError?: (e: unknown) => void } = {}): Sweeper =>
  startSweeper(async (stopped) => {
    const batch = opts.batch ?? 5000;
    while (!stopped()) {
      const responses = await rollUp(pool, batch);
      const customers = await rollUpDrivers(pool);
      if (responses < batch && customers < DRIVER_BATCH) break;
    }
  }, opts);
