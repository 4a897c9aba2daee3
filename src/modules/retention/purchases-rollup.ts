import { markSweep } from '../../platform/jobs/marks.ts';
import { ATOM_CTES } from './retention-cells.ts';

/**
 * Recomputes the purchase rollup rows (retention.schema.ts: counts, revenue, months and purchase
 * days) and the window atoms (retention-cells.ts: the stored days' atoms subtracted, the new ones
 * added) of a batch of customers marked dirty (taken as in marks.ts, $1 / $2 their organisations
 * and ids), in one statement that rewrites those customers' rows from their interactions.
 * Recomputing is idempotent, so a repeated pass changes nothing and nothing is counted twice.
 */
export const ROLL_UP = `
  with gone as (
    select * from unnest($1::uuid[], $2::uuid[]) as g(org_id, customer_id)
  ), agg as (
    select g.org_id, g.customer_id, count(i.id)::int as purchases, coalesce(sum(i.revenue), 0) as revenue, min(i.occurred_at) as first_at, max(i.occurred_at) as last_at,
           coalesce(array_agg(distinct date_trunc('month', i.occurred_at at time zone o.time_zone)::date) filter (where i.id is not null), '{}') as months
      from gone g join orgs o on o.id = g.org_id
      -- lateral, kept apart by offset 0: one index lookup per customer (a join may hash the whole table)
      left join lateral (select * from interactions i where i.org_id = g.org_id and i.customer_id = g.customer_id and i.revenue > 0 offset 0) i on true
     group by g.org_id, g.customer_id
  ), by_day as (
    select g.org_id, g.customer_id, (i.occurred_at at time zone o.time_zone)::date as d, count(*)::int as c, sum(i.revenue) as r
      from gone g join orgs o on o.id = g.org_id
      cross join lateral (select * from interactions i where i.org_id = g.org_id and i.customer_id = g.customer_id and i.revenue > 0 offset 0) i
     group by 1, 2, 3
  ), fresh_days as (
    select org_id, customer_id, array_agg(d order by d) as days, array_agg(c order by d) as counts, array_agg(r order by d) as revenue from by_day group by 1, 2
  ), upserted as (
    insert into customer_purchases (org_id, customer_id, purchases, revenue, first_at, last_at, active_months, days, day_counts, day_revenue)
    select a.org_id, a.customer_id, a.purchases, a.revenue, a.first_at, a.last_at, a.months, f.days, f.counts, f.revenue
      from agg a join fresh_days f on f.org_id = a.org_id and f.customer_id = a.customer_id order by 1, 2
    on conflict (org_id, customer_id) do update set purchases = excluded.purchases, revenue = excluded.revenue, first_at = excluded.first_at, last_at = excluded.last_at,
      active_months = excluded.active_months, days = excluded.days, day_counts = excluded.day_counts, day_revenue = excluded.day_revenue
    returning 1
  ), removed as (
    delete from customer_purchases c using agg a where a.purchases = 0 and c.org_id = a.org_id and c.customer_id = a.customer_id returning 1
  ), seqs as (
    select org_id, customer_id, 1 as sign, days, counts, revenue from fresh_days
    union all
    select p.org_id, p.customer_id, -1, p.days, p.day_counts, p.day_revenue from gone g cross join lateral (select * from customer_purchases p where p.org_id = g.org_id and p.customer_id = g.customer_id offset 0) p
  ), ${ATOM_CTES}, cells as (
    insert into retention_cells (org_id, kind, x, y, n, revenue)
    select org_id, kind, x, y, n, revenue from cell_delta order by 1, 2, 3, 4
    on conflict (org_id, kind, x, y) do update set n = retention_cells.n + excluded.n, revenue = retention_cells.revenue + excluded.revenue
    returning 1
  )
  select (select count(*) from gone)::int as customers`;

const sweep = markSweep('customer_purchases_dirty', ROLL_UP);

/** Recomputes at most 2,000 marked customers (or `batch`); returns how many. */
export const rollUpPurchases = sweep.rollUp;

/** Drains every mark (tests, benches). */
export const drainPurchases = sweep.drain;

/** Every `intervalMs` (1 s by default): a purchase shows in retention figures within about that. */
export const startPurchaseRollups = sweep.start;
