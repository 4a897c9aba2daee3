import { sql } from 'drizzle-orm';
import type { Db } from '../../server/platform/db/database.ts';
import type { PairStats } from './drivers.ts';

export const OUTCOME_KEY = '__nps';

/**
 * Pairwise statistics for driver analysis, computed in the database so only (p + 1)² rows travel:
 * per customer, the outcome is their latest NPS answer (0–10) in a response NOT tied to a
 * touchpoint (a relationship survey), and each touchpoint's score is the mean of their
 * touchpoint-linked answers normalised to 0–1 (CSAT (x − 1) / 4, else NPS x / 10). Only customers
 * with an outcome and at least one touchpoint score take part. `from`/`to` are local dates.
 */
export async function driverStats(db: Db, orgId: string, range: { from: string | null; to: string | null }, locationIds: string[] | null) {
  const locs = locationIds ? sql`and r.location_id = any(${`{${locationIds.join(',')}}`}::uuid[])` : sql``;
  const { rows } = await db.execute<{ a: string; b: string } & PairStats>(sql`
    with tz as (select time_zone from orgs where id = ${orgId}),
    base as (
      select r.customer_id, r.touchpoint_id, r.nps, r.csat, r.submitted_at
        from responses r
       where r.org_id = ${orgId} and r.customer_id is not null and (r.nps is not null or r.csat is not null)
         and (r.status = 'complete' or r.updated_at < now() - interval '30 minutes')
         and (${range.from}::date is null or r.submitted_at >= (${range.from}::date::timestamp at time zone (select time_zone from tz)))
         and (${range.to}::date is null or r.submitted_at < (${range.to}::date::timestamp at time zone (select time_zone from tz)))
         ${locs}
    ), outcome as (
      select distinct on (customer_id) customer_id, nps::float8 as x from base
       where touchpoint_id is null and nps is not null order by customer_id, submitted_at desc
    ), scores as (
      select b.customer_id, b.touchpoint_id::text as key, avg(case when b.csat is not null then (b.csat - 1) / 4.0 else b.nps / 10.0 end)::float8 as x
        from base b join outcome o on o.customer_id = b.customer_id
       where b.touchpoint_id is not null group by 1, 2
    ), vars as (
      select customer_id, key, x from scores
      union all select o.customer_id, ${OUTCOME_KEY}, o.x from outcome o where exists (select 1 from scores s where s.customer_id = o.customer_id)
    )
    select a.key as a, b.key as b, count(*)::int as n, sum(a.x)::float8 as sx, sum(b.x)::float8 as sy, sum(a.x * a.x)::float8 as sxx, sum(b.x * b.x)::float8 as syy, sum(a.x * b.x)::float8 as sxy
      from vars a join vars b on a.customer_id = b.customer_id
     group by 1, 2`);
  return rows;
}
