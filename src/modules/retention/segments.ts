import type pg from 'pg';
import { lockShared } from '../../platform/jobs/marks.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { SEGMENT_TABLE } from './retention.math.ts';

const LOOKUP = `'{${SEGMENT_TABLE.join(',')}}'::text[]`;

/**
 * Recomputes the segments of one organisation ($1): ranks every customer of the purchase rollup
 * into R, F, M quintiles (retention.math.ts quintiles; the RFM cells, rfm-rollup.ts, are summed
 * from these segments, so the RFM table and the segment filter agree), writes only the rows whose segment changed, and marks those customers for
 * the segment rollups (analytics/segment-rollup.ts), which move their answers. Idempotent.
 */
export const REFRESH = `
  with gone as (
    select $1::uuid as org_id
  ), per as (
    select cp.org_id, cp.customer_id, (cp.last_at at time zone o.time_zone)::date as last_day, cp.purchases as f, cp.revenue as m
      from gone g join customer_purchases cp on cp.org_id = g.org_id join orgs o on o.id = g.org_id
  ), scored as (
    select org_id, customer_id,
           (floor(5.0 * (rank() over (order by last_day) - 1) / count(*) over ()) + 1)::int as rq,
           (floor(5.0 * (rank() over (order by f) - 1) / count(*) over ()) + 1)::int as fq,
           (floor(5.0 * (rank() over (order by m) - 1) / count(*) over ()) + 1)::int as mq
      from per
  ), seg as (
    select org_id, customer_id, (${LOOKUP})[(rq - 1) * 25 + (fq - 1) * 5 + mq] as segment from scored
  ), upserted as (
    insert into customer_segments (org_id, customer_id, segment)
    select org_id, customer_id, segment from seg order by org_id, customer_id
    on conflict (org_id, customer_id) do update set segment = excluded.segment where customer_segments.segment <> excluded.segment
    returning org_id, customer_id
  ), removed as (
    delete from customer_segments s using gone g
     where s.org_id = g.org_id and not exists (select 1 from seg where seg.customer_id = s.customer_id)
    returning s.org_id, s.customer_id
  ), marked as (
    insert into segment_counts_dirty (org_id, customer_id)
    select org_id, customer_id from upserted union select org_id, customer_id from removed order by 1, 2
    on conflict (org_id, customer_id) do update set customer_id = excluded.customer_id
    returning 1
  )
  select (select count(*) from marked)::int as changed`;

/**
 * Takes one organisation marked due (customer_segments_due, marked by the purchase rollup's
 * triggers) and recomputes it in a later statement of the same transaction, whose snapshot follows
 * the lock (as in platform/jobs/marks.ts): a purchase committed before the recompute is seen by it,
 * one committed after marks the organisation again. Returns whether there was one.
 */
export async function refreshSegments(pool: pg.Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await lockShared(client);
    const { rows } = await client.query<{ org_id: string }>(
      `with due as (select org_id from customer_segments_due order by org_id limit 1 for update skip locked)
       delete from customer_segments_due d using due where d.org_id = due.org_id returning d.org_id`,
    );
    if (rows[0]) await client.query(REFRESH, [rows[0].org_id]);
    await client.query('commit');
    return rows.length > 0;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Recomputes every due organisation (tests, benches). */
export async function drainSegments(pool: pg.Pool): Promise<void> {
  while (await refreshSegments(pool));
}

/**
 * Every `intervalMs` (5 s by default): ranking an organisation's customers costs about as much as
 * the RFM table itself, so a burst of purchases is folded into one recompute, and a segment shown
 * in the dashboard lags the purchase rollup by at most that.
 */
export const startSegmentRefresh = (
  pool: pg.Pool,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(
    async (stopped) => {
      while ((await refreshSegments(pool)) && !stopped());
    },
    { intervalMs: 5000, ...opts },
  );
