import type pg from 'pg';
import { sweepMarks } from '../../platform/jobs/marks.ts';

/**
 * CTEs from `resp(id, org_id, customer_id, month, location_id, touchpoint_id, nps, csat, submitted_at)`
 * (counted responses with a customer and a score) ending in `fresh(org_id, customer_id, month, scope,
 * key, x)`: each customer-month-scope case's variables. The one definition of a case, used by the
 * sweeper below and by the direct read while a rebuild is pending (drivers.repo.ts).
 */
export const CASE_CTES = `
  scoped as (
    select resp.*, '' as scope from resp
    union all select resp.*, location_id::text from resp where location_id is not null
  ), outcome as (
    select distinct on (org_id, customer_id, month, scope) org_id, customer_id, month, scope, nps::numeric as x
      from scoped where touchpoint_id is null and nps is not null
     order by org_id, customer_id, month, scope, submitted_at desc, id desc
  ), scores as (
    select s.org_id, s.customer_id, s.month, s.scope, s.touchpoint_id::text as key,
           round(avg(case when s.csat is not null then (s.csat - 1) / 4.0 else s.nps / 10.0 end), 12) as x
      from scoped s join outcome o on o.org_id = s.org_id and o.customer_id = s.customer_id and o.month = s.month and o.scope = s.scope
     where s.touchpoint_id is not null
     group by 1, 2, 3, 4, 5
  ), fresh as (
    select org_id, customer_id, month, scope, key, x from scores
    union all
    select o.org_id, o.customer_id, o.month, o.scope, '__nps', o.x from outcome o
     where exists (select 1 from scores s where s.org_id = o.org_id and s.customer_id = o.customer_id and s.month = o.month and s.scope = o.scope)
  )`;

/**
 * Recomputes the driver cases (drivers.schema.ts) of a batch of customers marked dirty (taken as in
 * marks.ts, $1 / $2 their organisations and ids), in one statement: it rebuilds each of those
 * customers' customer-month cases from their responses, and adds (new case sums − stored case sums)
 * to the monthly pairwise statistics. A
 * response takes part once the metric rollup has counted it (rolled_up_at set; the same rule for
 * partial answers), and that update marks its customer. Recomputing is idempotent: a customer
 * whose cases did not change contributes a delta of zero, so nothing is counted twice.
 */
export const ROLL_UP = `
  with gone as (
    select * from unnest($1::uuid[], $2::uuid[]) as g(org_id, customer_id)
  ), resp as (
    select r.id, r.org_id, r.customer_id, date_trunc('month', r.submitted_at at time zone o.time_zone)::date as month,
           r.location_id, r.touchpoint_id, r.nps, r.csat, r.submitted_at
      from gone g join orgs o on o.id = g.org_id
      -- lateral, kept apart by offset 0: one index lookup per customer (a join may hash the whole table)
      cross join lateral (
        select * from responses r where r.org_id = g.org_id and r.customer_id = g.customer_id and r.rolled_up_at is not null and (r.nps is not null or r.csat is not null) offset 0
      ) r
  ), ${CASE_CTES}, stale as (
    select v.org_id, v.customer_id, v.month, v.scope, v.key, v.x from driver_case_vars v join gone g on v.org_id = g.org_id and v.customer_id = g.customer_id
  ), signed as (
    select fresh.*, 1 as sign from fresh union all select stale.*, -1 from stale
  ), delta as (
    select a.org_id, a.scope, a.month, a.key as a, b.key as b, sum(a.sign)::int as n, sum(a.sign * a.x) as sx, sum(a.sign * b.x) as sy,
           sum(a.sign * a.x * a.x) as sxx, sum(a.sign * b.x * b.x) as syy, sum(a.sign * a.x * b.x) as sxy
      from signed a join signed b on b.org_id = a.org_id and b.customer_id = a.customer_id and b.month = a.month and b.scope = a.scope and b.sign = a.sign
     group by 1, 2, 3, 4, 5
  ), summed as (
    insert into driver_pairs (org_id, scope, month, a, b, n, sx, sy, sxx, syy, sxy)
    select * from delta where n <> 0 or sx <> 0 or sy <> 0 or sxx <> 0 or syy <> 0 or sxy <> 0 order by 1, 2, 3, 4, 5
    on conflict (org_id, scope, month, a, b) do update set
      n = driver_pairs.n + excluded.n, sx = driver_pairs.sx + excluded.sx, sy = driver_pairs.sy + excluded.sy,
      sxx = driver_pairs.sxx + excluded.sxx, syy = driver_pairs.syy + excluded.syy, sxy = driver_pairs.sxy + excluded.sxy
    returning 1
  ), dropped as (
    delete from driver_case_vars v using stale s
     where v.org_id = s.org_id and v.customer_id = s.customer_id and v.month = s.month and v.scope = s.scope and v.key = s.key
       and not exists (select 1 from fresh f where f.org_id = s.org_id and f.customer_id = s.customer_id and f.month = s.month and f.scope = s.scope and f.key = s.key)
    returning 1
  ), kept as (
    insert into driver_case_vars (org_id, customer_id, month, scope, key, x)
    select * from fresh order by 1, 2, 3, 4, 5
    on conflict (org_id, customer_id, month, scope, key) do update set x = excluded.x where driver_case_vars.x <> excluded.x
    returning 1
  )
  select (select count(*) from gone)::int as customers`;

export const DRIVER_BATCH = 2000;

/** Recomputes the cases of at most `batch` dirty customers; returns how many customers. */
export const rollUpDrivers = (pool: pg.Pool, batch = DRIVER_BATCH): Promise<number> =>
  sweepMarks(pool, 'driver_dirty', batch, ROLL_UP);

/** Recomputes every marked customer (the rollup sweeper's pass, tests, benches). */
export async function drainDrivers(
  pool: pg.Pool,
  batch = DRIVER_BATCH,
  stopped: () => boolean = () => false,
): Promise<void> {
  while ((await rollUpDrivers(pool, batch)) === batch && !stopped());
}
