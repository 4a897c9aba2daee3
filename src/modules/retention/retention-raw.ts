import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { bandSql } from '../../shared/metrics.ts';
import { SEGMENT_TABLE, type Segment } from './retention.math.ts';

/*
 * The retention figures computed straight from the purchases and responses, for an organisation
 * whose cells are being rebuilt (a time zone change moves purchases between local days and months,
 * a deleted customer leaves the cells until the rebuild). Each reads every purchase of the
 * organisation, so it is for those seconds only; the cells give the same figures otherwise (the
 * retention integration tests and the derived-data property test compare the two).
 */

/** A period of local days (ISO dates); null leaves that end open. */
export type Range = { from: string | null; to: string | null };

/** An organisation's purchases (interactions with revenue, of a customer) with their local day and month. */
const purchases = (orgId: string) => sql`
  select i.customer_id, i.revenue, i.occurred_at, (i.occurred_at at time zone o.time_zone)::date as day,
         date_trunc('month', i.occurred_at at time zone o.time_zone)::date as month
    from interactions i join orgs o on o.id = i.org_id
   where i.org_id = ${orgId} and i.customer_id is not null and i.revenue > 0`;

/** retention.repo.ts summary's figures for the window [from, to) of local days. */
export async function rawSummary(db: Db, orgId: string, { from, to }: Range) {
  const { rows } = await db.execute<{
    customers: number;
    repeaters: number;
    purchases: number;
    revenue: number;
    newCustomers: number;
    newRevenue: number;
  }>(sql`
    with p as (${purchases(orgId)}),
    firsts as (select customer_id, min(day) as first from p group by 1),
    w as (
      select p.customer_id, p.revenue, f.first >= ${from}::date or ${from}::date is null as new
        from p join firsts f using (customer_id)
       where (${from}::date is null or p.day >= ${from}::date) and (${to}::date is null or p.day < ${to}::date)
    ), per as (select customer_id, bool_or(new) as new, count(*) as n from w group by 1)
    select (select count(*) from per)::float8 as customers, (select count(*) from per where n >= 2)::float8 as repeaters,
           (select count(*) from w)::float8 as purchases, (select coalesce(sum(revenue), 0) from w)::float8 as revenue,
           (select count(*) from per where new)::float8 as "newCustomers", (select coalesce(sum(revenue), 0) from w where new)::float8 as "newRevenue"`);
  const r = rows[0]!;
  return {
    ...r,
    returningCustomers: r.customers - r.newCustomers,
    returningRevenue: Math.round((r.revenue - r.newRevenue) * 100) / 100,
  };
}

/** retention.repo.ts cohortCells: each buyer's active months, counted under their first month. */
export async function rawCohortCells(
  db: Db,
  orgId: string,
  startMonth: string,
  groupBy: 'channel' | 'campaign' | 'none',
) {
  const group =
    groupBy === 'none'
      ? sql`''`
      : sql`coalesce(${groupBy === 'channel' ? sql`c.acquisition_channel` : sql`c.acquisition_campaign`}, '')`;
  const { rows } = await db.execute<{ cohort: string; group: string; k: number; customers: number }>(sql`
    with m as (select distinct customer_id, month from (${purchases(orgId)}) p),
    first as (select customer_id, min(month) as cohort from m group by 1)
    select to_char(f.cohort, 'YYYY-MM') as cohort, ${group} as "group",
           ((extract(year from m.month) - extract(year from f.cohort)) * 12 + extract(month from m.month) - extract(month from f.cohort))::int as k,
           count(*)::int as customers
      from m join first f using (customer_id) left join customers c on c.org_id = ${orgId} and c.id = m.customer_id
     where f.cohort >= ${`${startMonth}-01`}::date
     group by 1, 2, 3 order by 1, 2, 3`);
  return rows;
}

/** One (segment, channel) group of the RFM table, from the cells or the rows. */
export type RfmGroupRow = {
  segment: Segment;
  channel: string;
  customers: number;
  purchases: number;
  revenue: number;
  npsN: number;
  promoters: number;
  detractors: number;
};

/** retention.repo.ts rfmGroups: buyers ranked into R, F, M quintiles as segments.ts does, with their latest counted NPS answer. */
export async function rawRfmGroups(db: Db, orgId: string) {
  const quintile = (order: string) =>
    sql.raw(`(floor(5.0 * (rank() over (order by ${order}) - 1) / count(*) over ()) + 1)::int`);
  const { rows } = await db.execute<RfmGroupRow>(sql`
    with per as (
      select customer_id, count(*)::int as purchases, sum(revenue) as revenue, max(occurred_at) as last_at from (${purchases(orgId)}) p group by 1
    ), scored as (
      select per.*, ${quintile('(last_at at time zone o.time_zone)::date')} as rq, ${quintile('purchases')} as fq, ${quintile('revenue')} as mq
        from per cross join orgs o where o.id = ${orgId}
    ), latest as (
      select distinct on (customer_id) customer_id, nps from responses
       where org_id = ${orgId} and customer_id is not null and rolled_up_at is not null and nps is not null
       order by customer_id, submitted_at desc, id desc
    )
    select (${`{${SEGMENT_TABLE.join(',')}}`}::text[])[(s.rq - 1) * 25 + (s.fq - 1) * 5 + s.mq] as segment,
           coalesce(c.acquisition_channel, '') as channel, count(*)::int as customers, sum(s.purchases)::int as purchases,
           sum(s.revenue)::float8 as revenue, count(l.nps)::int as "npsN",
           (count(*) filter (where ${sql.raw(bandSql.promoter('l.nps'))}))::int as promoters,
           (count(*) filter (where ${sql.raw(bandSql.detractor('l.nps'))}))::int as detractors
      from scored s left join customers c on c.org_id = ${orgId} and c.id = s.customer_id left join latest l using (customer_id)
     group by 1, 2 order by 1, 2`);
  return rows;
}
