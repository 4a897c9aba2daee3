import type pg from 'pg';
import { startSweeper, type Sweeper } from './sweeper.ts';

/**
 * Per-customer rollups (driver cases, purchases) are recomputed for customers marked in a
 * `<table>(org_id, customer_id)` by triggers in the writer's transaction, marks upserted with
 * ON CONFLICT DO UPDATE. Exactly once, in one transaction:
 *  1. take a batch of marks: lock them (SKIP LOCKED: workers never share one; a mark a writer is
 *     still rewriting is skipped and stays) and delete them;
 *  2. recompute those customers in a NEW statement, whose snapshot is taken after the locks.
 * A writer that committed before step 2 is seen by it. A writer whose mark upsert meets our lock
 * waits, then finds the mark gone and inserts a fresh one for the next pass. (In one statement the
 * snapshot would predate the lock, and a writer committing in between would be missed.)
 */
/**
 * Held shared by every sweep that writes derived cells, and exclusively by a rebuild of an
 * organisation's cells (analytics/rebuild.ts): a sweep that adds (fresh − stored) must not read a
 * customer's stored part while a rebuild replaces it. Taken before the sweep's first snapshot.
 */
export const DERIVED_LOCK = 7_206_540_113;
export const lockShared = (client: pg.PoolClient) =>
  client.query('select pg_advisory_xact_lock_shared($1)', [DERIVED_LOCK]);

export async function sweepMarks(pool: pg.Pool, table: string, batch: number, recompute: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await lockShared(client);
    const taken = await client.query<{ org_id: string; customer_id: string }>(
      `with batch as (select org_id, customer_id from ${table} order by org_id, customer_id limit $1 for update skip locked)
       delete from ${table} d using batch b where d.org_id = b.org_id and d.customer_id = b.customer_id returning d.org_id, d.customer_id`,
      [batch],
    );
    if (taken.rows.length)
      await client.query(recompute, [taken.rows.map((r) => r.org_id), taken.rows.map((r) => r.customer_id)]);
    await client.query('commit');
    return taken.rows.length;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export type SweeperOptions = { intervalMs?: number; onError?: (e: unknown) => void };

/**
 * One marks table's sweep as the three things callers use: a pass over at most `batch` marked
 * customers (returns how many), a drain of every mark (tests, benches), and the server's sweeper,
 * which loops while passes come back full.
 */
export function markSweep(table: string, recompute: string, defaults: { batch?: number; intervalMs?: number } = {}) {
  const full = defaults.batch ?? 2000;
  const rollUp = (pool: pg.Pool, batch = full): Promise<number> => sweepMarks(pool, table, batch, recompute);
  return {
    rollUp,
    drain: async (pool: pg.Pool): Promise<void> => {
      while ((await rollUp(pool)) === full);
    },
    start: (pool: pg.Pool, opts: SweeperOptions = {}): Sweeper =>
      startSweeper(
        async (stopped) => {
          while ((await rollUp(pool)) === full && !stopped());
        },
        { ...(defaults.intervalMs ? { intervalMs: defaults.intervalMs } : {}), ...opts },
      ),
  };
}
