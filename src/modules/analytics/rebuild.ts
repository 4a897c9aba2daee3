import type pg from 'pg';
import { DERIVED_LOCK } from '../../platform/jobs/marks.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import {
  PURCHASES_ROLL_UP as PURCHASES,
  RFM_ROLL_UP as RFM,
  SEGMENTS_REFRESH as SEGMENTS,
} from '../retention/index.ts';
import { ROLL_UP as DRIVERS } from './drivers-rollup.ts';
import { COUNTS } from './rollup-columns.ts';
import { RECOUNT } from './rollup.ts';
import { ROLL_UP as SEGMENT_COUNTS } from './segment-rollup.ts';

const zeroOf = (columns: readonly string[]) => columns.map((c) => `${c} = 0`).join(' and ');

/**
 * Every derived table holding an organisation's cells (ARCHITECTURE.md, "Derived data"), with what
 * makes one of its rows count for nothing: incremental writers may leave all-zero cells that a
 * rebuild does not write, and the verifier ignores them.
 */
export const DERIVED_TABLES: readonly { table: string; zero?: string }[] = [
  { table: 'customer_purchases' },
  { table: 'retention_cells', zero: 'n = 0 and revenue = 0' },
  { table: 'customer_segments' },
  { table: 'customer_segment_counts', zero: zeroOf(COUNTS) },
  { table: 'segment_cube', zero: zeroOf(COUNTS) },
  { table: 'customer_latest_nps' },
  { table: 'rfm_customers' },
  { table: 'rfm_cells', zero: zeroOf(['customers', 'purchases', 'revenue', 'nps_n', 'promoters', 'detractors']) },
  { table: 'cohort_cells', zero: 'customers = 0' },
  { table: 'customer_experience' },
  { table: 'driver_case_vars' },
  { table: 'driver_pairs', zero: zeroOf(['n', 'sx', 'sy', 'sxx', 'syy', 'sxy']) },
  { table: 'metric_daily', zero: zeroOf(COUNTS) },
  { table: 'metric_cube', zero: zeroOf(COUNTS) },
  {
    table: 'case_cells',
    zero: zeroOf([
      'opened',
      'open',
      'closed',
      'closed_in_time',
      'acted',
      'resolved_times',
      'with_follow_up',
      'recovered',
    ]),
  },
  { table: 'case_cause_cells', zero: 'n = 0' },
  { table: 'case_due_cells', zero: 'open = 0' },
];

const BATCH = 2000;
const CASES = `select case_cells_apply(array(
  select (c.org_id, c.opened_at, c.location_id, c.owner_id, c.status, c.due_at, c.first_action_at, c.resolved_at, c.follow_up_score, c.root_cause_id, 1)::case_delta
    from cases c where c.org_id = $1))`;

export type Progress = (done: number, steps: number) => Promise<void> | void;

/**
 * Empties the organisation's derived cells and writes them afresh from the source rows, in the
 * caller's transaction, with the same statements the sweepers use: the per-customer recomputes
 * (fresh − stored, stored now empty) for every customer, then the metric cells from the counted
 * responses and the case cells from the cases. Order follows what each reads: purchases → segments
 * → segment counts (and each customer's latest NPS) → RFM → drivers.
 */
export async function writeCells(client: pg.PoolClient, orgId: string, progress: Progress = () => {}): Promise<void> {
  const { rows } = await client.query<{ id: string }>('select id from customers where org_id = $1 order by id', [
    orgId,
  ]);
  const batches: string[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) batches.push(rows.slice(i, i + BATCH).map((r) => r.id));
  const perCustomer = [PURCHASES, SEGMENT_COUNTS, RFM, DRIVERS];
  const steps = 4 + perCustomer.length * batches.length;
  let done = 0;
  const step = async () => progress(++done, steps);
  for (const { table } of [...DERIVED_TABLES, { table: 'metric_retractions' }])
    await client.query(`delete from ${table} where org_id = $1`, [orgId]);
  await step();
  const recompute = async (statement: string) => {
    for (const ids of batches) {
      await client.query(statement, [ids.map(() => orgId), ids]);
      await step();
    }
  };
  await recompute(PURCHASES);
  await client.query(SEGMENTS, [orgId]);
  await step();
  await recompute(SEGMENT_COUNTS);
  await recompute(RFM);
  await recompute(DRIVERS);
  await client.query(RECOUNT, [orgId]);
  await step();
  await client.query(CASES, [orgId]);
  await step();
}

const RETRY = new Set(['40001', '40P01', '23505']);

/**
 * Runs `body` in a REPEATABLE READ transaction holding the derived lock exclusively (the sweeps wait),
 * retried when a writer that does not take the lock (a case's cells follow its writer) raced it.
 * Killed at any point, the transaction rolls back and the lock goes with the session.
 */
export async function underExclusiveLock<T>(
  pool: pg.Pool,
  body: (client: pg.PoolClient) => Promise<T>,
  end: 'commit' | 'rollback' = 'commit',
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1)', [DERIVED_LOCK]);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query('begin isolation level repeatable read');
          const result = await body(client);
          await client.query(end);
          return result;
        } catch (e) {
          await client.query('rollback').catch(() => {});
          if (attempt < 8 && RETRY.has((e as { code?: string }).code ?? '')) continue;
          throw e;
        }
      }
    } finally {
      await client.query('select pg_advisory_unlock($1)', [DERIVED_LOCK]).catch((e: Error) => (broken = e));
    }
  } finally {
    client.release(broken);
  }
}

/** Rebuilds one organisation's derived cells now. */
export const rebuildOrg = (pool: pg.Pool, orgId: string, progress?: Progress): Promise<void> =>
  underExclusiveLock(pool, (client) => writeCells(client, orgId, progress));

/**
 * Rebuilds one organisation and removes its rebuild request, unless a newer one came meanwhile (its
 * change may postdate the rebuild's snapshot: the request stays for another pass). Progress is
 * written to the request row, for the dashboard.
 */
export async function rebuildRequested(pool: pg.Pool, orgId: string, progress: Progress = () => {}): Promise<void> {
  const { rows } = await pool.query<{ generation: number }>(
    'select generation from analytics_rebuilds where org_id = $1',
    [orgId],
  );
  const generation = rows[0]?.generation ?? null;
  await rebuildOrg(pool, orgId, async (done, steps) => {
    if (generation !== null)
      await pool.query('update analytics_rebuilds set done = $3, steps = $4 where org_id = $1 and generation = $2', [
        orgId,
        generation,
        done,
        steps,
      ]);
    await progress(done, steps);
  });
  if (generation !== null)
    await pool.query('delete from analytics_rebuilds where org_id = $1 and generation = $2', [orgId, generation]);
}

/** Takes the oldest requested rebuild (analytics_rebuilds) and runs it. Returns whether there was one. */
export async function runRequestedRebuild(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ org_id: string }>(
    'select org_id from analytics_rebuilds order by requested_at, org_id limit 1',
  );
  if (!rows[0]) return false;
  await rebuildRequested(pool, rows[0].org_id);
  return true;
}

/** Asks for a rebuild of `orgIds` (the triggers' function, migration 0029), e.g. after a restore. */
export const requestRebuild = (db: { query: pg.Pool['query'] }, orgIds: string[], reason: string) =>
  db.query('select analytics_rebuild_request(o, $2) from unnest($1::uuid[]) o', [orgIds, reason]);

/** Every 2 s: a requested rebuild starts within about that; the figures read raw until it ends. */
export const startRebuilds = (
  pool: pg.Pool,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(
    async (stopped) => {
      while (!stopped() && (await runRequestedRebuild(pool)));
    },
    { intervalMs: 2000, ...opts },
  );
