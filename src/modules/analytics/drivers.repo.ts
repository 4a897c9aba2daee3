import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
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
 */
export async function driverStats(
  db: Db,
  orgId: string,
  range: { from: string | null; to: string | null },
  locationIds: string[] | null,
) {
  const scopes = locationIds ?? [''];
  const months = monthRange(range);
  const { rows } = await db.execute<{ a: string; b: string } & PairStats>(sql`
    select a, b, sum(n)::int as n, sum(sx)::float8 as sx, sum(sy)::float8 as sy, sum(sxx)::float8 as sxx, sum(syy)::float8 as syy, sum(sxy)::float8 as sxy
      from driver_pairs
     where org_id = ${orgId} and scope = any(${`{${scopes.map((s) => `"${s}"`).join(',')}}`}::text[])
       and (${months.from}::date is null or month >= ${months.from}::date) and (${months.to}::date is null or month < ${months.to}::date)
     group by a, b having sum(n) > 0`);
  return rows;
}
