import { bandSql, type NpsBand } from '../../shared/metrics.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
import { rawCohortCells, rawRfmGroups, rawSummary, type Range, type RfmGroupRow } from './retention-raw.ts';

/** Local midnight of a date in the organisation's zone, as a timestamptz (index-friendly bounds). */
const at = (orgId: string, date: string | null) =>
  sql`(${date}::date::timestamp at time zone (select time_zone from orgs where id = ${orgId}))`;

export type { Range };

/**
 * Repeat purchases, revenue and new versus returning customers in a window of local days, summed
 * from the retention cells (retention-cells.ts) instead of the window's purchases: a window ending
 * after the last purchase reads one-day cells only; one ending earlier also reads its two-day cells.
 * While a rebuild of the organisation is pending, every retention figure comes from the rows
 * (retention-raw.ts): the cells may hold purchases under an old time zone's days.
 */
export async function summary(db: Db, orgId: string, range: Range) {
  if (await rebuildStatus(db, orgId)) return rawSummary(db, orgId, range);
  const { from, to } = range;
  const last =
    (
      await db.execute<{ day: string | null }>(
        sql`select max(x)::text as day from retention_cells where org_id = ${orgId} and kind = 'p'`,
      )
    ).rows[0]?.day ?? null;
  const direct = to !== null && last !== null && to <= last;
  const twoDay = direct
    ? sql`select kind, n, revenue from retention_cells where org_id = ${orgId} and kind in ('dd', 'pp', 'ppp', 'fr') and (${from}::date is null or x >= ${from}::date) and y < ${to}::date`
    : sql`select left(kind, -2) as kind, n, revenue from retention_cells where org_id = ${orgId} and kind in ('dd<y', 'pp<y', 'ppp<y', 'fr<y') and (${to}::date is null or x < ${to}::date)
          union all
          select left(kind, -2), -n, -revenue from retention_cells where org_id = ${orgId} and kind in ('dd<x', 'pp<x', 'ppp<x', 'fr<x') and x < ${from}::date`;
  const { rows } = await db.execute<{ kind: string; n: number; revenue: number }>(sql`
    select kind, coalesce(sum(n), 0)::float8 as n, coalesce(sum(revenue), 0)::float8 as revenue from (
      select kind, n, revenue from retention_cells
       where org_id = ${orgId} and kind in ('p', 'd', 'f') and (${from}::date is null or x >= ${from}::date) and (${to}::date is null or x < ${to}::date)
      union all ${twoDay}
    ) c group by kind`);
  const get = (kind: string) => rows.find((r) => r.kind === kind) ?? { n: 0, revenue: 0 };
  const customers = get('d').n - get('dd').n;
  const newCustomers = get('f').n;
  const revenue = get('p').revenue;
  const newRevenue = get('fr').revenue;
  return {
    customers,
    repeaters: get('pp').n - get('ppp').n,
    purchases: get('p').n,
    revenue,
    newCustomers,
    newRevenue,
    returningCustomers: customers - newCustomers,
    returningRevenue: Math.round((revenue - newRevenue) * 100) / 100,
  };
}

/** Active customers per (cohort month, group, k) for cohorts from `startMonth` (YYYY-MM) on, months in the org's zone: cells kept by rfm-rollup.ts from the purchase rollup. */
export async function cohortCells(db: Db, orgId: string, startMonth: string, groupBy: 'channel' | 'campaign' | 'none') {
  if (await rebuildStatus(db, orgId)) return rawCohortCells(db, orgId, startMonth, groupBy);
  const { rows } = await db.execute<{ cohort: string; group: string; k: number; customers: number }>(sql`
    select to_char(cohort, 'YYYY-MM') as cohort, grp as "group", k, customers::int as customers from cohort_cells
     where org_id = ${orgId} and group_by = ${groupBy} and cohort >= ${`${startMonth}-01`}::date and customers > 0
     order by 1, 2, 3`);
  return rows;
}

/**
 * Customers grouped by their RFM segment and acquisition channel, with revenue, purchases and the
 * NPS counts of their latest answers: a few dozen cells kept by rfm-rollup.ts from per-customer rows
 * (the segment from segments.ts, organisation-wide quintiles, so it lags a purchase by at most one
 * segment sweep, as the segment filter does; the purchase rollup; the latest counted NPS answer).
 */
export async function rfmGroups(db: Db, orgId: string) {
  if (await rebuildStatus(db, orgId)) return rawRfmGroups(db, orgId);
  const { rows } = await db.execute<RfmGroupRow>(sql`
    select segment, channel, customers::int, purchases::int, revenue::float8, nps_n::int as "npsN", promoters::int, detractors::int
      from rfm_cells where org_id = ${orgId} and customers > 0 order by 1, 2`);
  return rows;
}

/**
 * Customers by the band of their latest NPS answer (answered in the range), and whether they bought
 * again within `days`. When the range is open-ended, or ends after now with no answer dated at or
 * after its end (the dashboard's periods end tomorrow), the latest answer in the range is the
 * customer's latest answer if it falls after the start, so the per-customer rows kept by
 * rfm-rollup.ts (customer_experience: latest counted answer, first purchase after it) answer it
 * without a purchase probe per customer; a range ending in the past, or any range while a rebuild
 * of the organisation is pending, is computed from the responses.
 */
/**
 * Whether a range ending on `to` holds every customer's latest answer: it ends after now and nothing
 * is dated at or after it. The latest answer's time, not NOT EXISTS: for that the planner chose a
 * sequential scan of all responses (4.6 s at 10M).
 */
async function holdsLatestAnswers(db: Db, orgId: string, to: string): Promise<boolean> {
  const { rows } = await db.execute<{ holds: boolean }>(sql`
    select now() < ${at(orgId, to)} and coalesce((select max(submitted_at) from responses where org_id = ${orgId}), '-infinity') < ${at(orgId, to)} as holds`);
  return rows[0]?.holds ?? false;
}

export async function experience(db: Db, orgId: string, range: Range, days: number) {
  type Row = {
    band: NpsBand;
    customers: number;
    observable: number;
    repeated: number;
    pending: number;
  };
  const cellsHold = !(await rebuildStatus(db, orgId));
  if (cellsHold && (range.to === null || (await holdsLatestAnswers(db, orgId, range.to)))) {
    const { rows } = await db.execute<Row>(sql`
      select ${sql.raw(bandSql.npsBand('nps'))} as band, count(*)::int as customers,
             (count(*) filter (where submitted_at <= now() - make_interval(days => ${days})))::int as observable,
             (count(*) filter (where submitted_at > now() - make_interval(days => ${days})))::int as pending,
             (count(*) filter (where submitted_at <= now() - make_interval(days => ${days}) and next_purchase_at <= submitted_at + make_interval(days => ${days})))::int as repeated
        from customer_experience
       where org_id = ${orgId} and (${range.from}::date is null or submitted_at >= ${at(orgId, range.from)})
       group by 1`);
    return rows;
  }
  const { rows } = await db.execute<Row>(sql`
    with latest as (
      select distinct on (i.customer_id) i.customer_id, i.nps, i.submitted_at
        from responses i
       where i.org_id = ${orgId} and i.customer_id is not null and i.nps is not null and i.rolled_up_at is not null
         and (${range.from}::date is null or i.submitted_at >= ${at(orgId, range.from)}) and (${range.to}::date is null or i.submitted_at < ${at(orgId, range.to)})
       order by i.customer_id, i.submitted_at desc, i.id desc
    )
    select ${sql.raw(bandSql.npsBand('l.nps'))} as band, count(*)::int as customers,
           (count(*) filter (where l.submitted_at <= now() - make_interval(days => ${days})))::int as observable,
           (count(*) filter (where l.submitted_at > now() - make_interval(days => ${days})))::int as pending,
           (count(*) filter (where l.submitted_at <= now() - make_interval(days => ${days}) and exists (
              select 1 from interactions p where p.org_id = ${orgId} and p.customer_id = l.customer_id and p.revenue > 0
                 and p.occurred_at > l.submitted_at and p.occurred_at <= l.submitted_at + make_interval(days => ${days}))))::int as repeated
      from latest l group by 1`);
  return rows;
}
