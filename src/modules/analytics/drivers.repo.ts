import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
import { CASE_CTES } from './drivers-rollup.ts';
import { monthRange, type PairStats } from './drivers.ts';

export const OUTCOME_KEY = '__nps';

/**
 * Pairwise statistics for driver analysis, summed from the monthly rollup (drivers.schema.ts,
 * drivers-rollup.ts), so only (p + 1)² rows travel and a few thousand are read. A case is a
 * customer-month: the outcome is the customer's latest NPS answer (0–10) that month in a response
 * NOT tied to a touchpoint (a relationship survey), and each touchpoint's score is the mean of their
 * touchpoint-linked answers that month, normalised to 0–1 (CSAT (x − 1) / 4, else NPS x / 10).
 * Only cases with an outcome and at least one touchpoint score take part.
 *
 * Range: whole local months. `from` (a local date, inclusive) counts from the first of its month,
 * `to` (exclusive) up to the end of the month holding the day before it — so 2026-01-15 … 2026-04-01
 * reads January to March, and a 90-day window reads the three or four months it touches
 * (monthRange). Locations: one case per customer-month-location, so a scope of several locations
 * sums theirs (a customer answering in two of them that month is two cases).
 *
 * While a rebuild of the organisation is pending the stored cases may sit in a month of an old time
 * zone, so the same statistics are computed from the responses (the sweeper's own case definition).
 */
export async function driverStats(
  db: Db,
  orgId: string,
  range: { from: string | null; to: string | null },
  locationIds: string[] | null,
) {
  const scopes = sql`${`{${(locationIds ?? ['']).map((s) => `"${s}"`).join(',')}}`}::text[]`;
  const months = monthRange(range);
  const inMonths = (column: SQL) =>
    sql`(${months.from}::date is null or ${column} >= ${months.from}::date) and (${months.to}::date is null or ${column} < ${months.to}::date)`;
  if (await rebuildStatus(db, orgId)) {
    const month = sql`date_trunc('month', r.submitted_at at time zone o.time_zone)::date`;
    const { rows } = await db.execute<{ a: string; b: string } & PairStats>(sql`
      with resp as (
        select r.id, r.org_id, r.customer_id, ${month} as month, r.location_id, r.touchpoint_id, r.nps, r.csat, r.submitted_at
          from responses r join orgs o on o.id = r.org_id
         where r.org_id = ${orgId} and r.customer_id is not null and r.rolled_up_at is not null and (r.nps is not null or r.csat is not null) and ${inMonths(month)}
      ), ${sql.raw(CASE_CTES)}
      select a.key as a, b.key as b, count(*)::int as n, sum(a.x)::float8 as sx, sum(b.x)::float8 as sy, sum(a.x * a.x)::float8 as sxx, sum(b.x * b.x)::float8 as syy, sum(a.x * b.x)::float8 as sxy
        from fresh a join fresh b on b.customer_id = a.customer_id and b.month = a.month and b.scope = a.scope
       where a.scope = any(${scopes})
       group by 1, 2 order by 1, 2`);
    return rows;
  }
  const { rows } = await db.execute<{ a: string; b: string } & PairStats>(sql`
    select a, b, sum(n)::int as n, sum(sx)::float8 as sx, sum(sy)::float8 as sy, sum(sxx)::float8 as sxx, sum(syy)::float8 as syy, sum(sxy)::float8 as sxy
      from driver_pairs
     where org_id = ${orgId} and scope = any(${scopes}) and ${inMonths(sql`month`)}
     group by a, b having sum(n) > 0 order by 1, 2`);
  return rows;
}
