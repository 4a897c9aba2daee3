import { bandSql } from '../../shared/metrics.ts';
import { markSweep } from '../../platform/jobs/marks.ts';

const SUMS = ['customers', 'purchases', 'revenue', 'nps_n', 'promoters', 'detractors'] as const;

/**
 * RFM cells (rfm-rollup.schema.ts) for a batch of marked customers (taken as in marks.ts, $1 / $2
 * their organisations and ids), in one statement: each customer's contribution is recomputed from
 * their segment, purchase rollup row, acquisition channel and latest counted NPS answer, and
 * (fresh − stored) is added to the cells. Recomputing is idempotent (an unchanged customer adds
 * zero), so a repeated pass changes nothing and nothing is counted twice. The same statement
 * rewrites each customer's experience row (latest answer, first purchase after it): its sources
 * are the latest answer and the purchases, whose rollup rows mark the customer whenever written.
 * And the cohort cells: each buyer's active months under their channel and campaign, (fresh − stored);
 * one stored row per buyer holds both parts (a buyer not yet ranked into a segment adds to the
 * cohorts only).
 */
export const ROLL_UP = `
  with gone as (
    select * from unnest($1::uuid[], $2::uuid[]) as g(org_id, customer_id)
  ), fresh as (
    select g.org_id, g.customer_id, cs.segment, coalesce(c.acquisition_channel, '') as channel, coalesce(c.acquisition_campaign, '') as campaign,
           cp.purchases, cp.revenue, l.nps, array(select m from unnest(cp.active_months) m order by m) as months
      from gone g
      join customer_purchases cp on cp.org_id = g.org_id and cp.customer_id = g.customer_id
      left join customer_segments cs on cs.org_id = g.org_id and cs.customer_id = g.customer_id
      left join customers c on c.org_id = g.org_id and c.id = g.customer_id
      left join customer_latest_nps l on l.org_id = g.org_id and l.customer_id = g.customer_id
  ), stale as (
    select s.org_id, s.customer_id, s.segment, s.channel, s.campaign, s.purchases, s.revenue, s.nps, s.months
      from rfm_customers s join gone g on s.org_id = g.org_id and s.customer_id = g.customer_id
  ), signed as (
    -- a buyer the segments have not ranked yet adds to the cohorts only
    select org_id, segment, channel, purchases, revenue, nps, 1 as sign from fresh where segment is not null
    union all select org_id, segment, channel, purchases, revenue, nps, -1 from stale where segment is not null
  ), delta as (
    select org_id, segment, channel, sum(sign) as customers, sum(sign * purchases) as purchases, sum(sign * revenue) as revenue,
           sum(sign) filter (where nps is not null) as nps_n, sum(sign) filter (where ${bandSql.promoter('nps')}) as promoters, sum(sign) filter (where ${bandSql.detractor('nps')}) as detractors
      from signed group by 1, 2, 3
  ), added as (
    insert into rfm_cells (org_id, segment, channel, ${SUMS.join(', ')})
    select org_id, segment, channel, ${SUMS.map((c) => `coalesce(${c}, 0)`).join(', ')} from delta
     where ${SUMS.map((c) => `coalesce(${c}, 0) <> 0`).join(' or ')} order by 1, 2, 3
    on conflict (org_id, segment, channel) do update set ${SUMS.map((c) => `${c} = rfm_cells.${c} + excluded.${c}`).join(', ')}
    returning 1
  ), saved as (
    insert into rfm_customers (org_id, customer_id, segment, channel, campaign, purchases, revenue, nps, months)
    select org_id, customer_id, segment, channel, campaign, purchases, revenue, nps, months from fresh order by 1, 2
    on conflict (org_id, customer_id) do update set segment = excluded.segment, channel = excluded.channel, campaign = excluded.campaign,
      purchases = excluded.purchases, revenue = excluded.revenue, nps = excluded.nps, months = excluded.months
    returning 1
  ), dropped as (
    delete from rfm_customers s using stale t
     where s.org_id = t.org_id and s.customer_id = t.customer_id and not exists (select 1 from fresh f where f.org_id = t.org_id and f.customer_id = t.customer_id)
    returning 1
  ), experience as (
    select g.org_id, g.customer_id, l.nps, l.submitted_at,
           (select min(i.occurred_at) from interactions i
             where i.org_id = g.org_id and i.customer_id = g.customer_id and i.revenue > 0 and i.occurred_at > l.submitted_at) as next_purchase_at
      from gone g join customer_latest_nps l on l.org_id = g.org_id and l.customer_id = g.customer_id
  ), experience_kept as (
    insert into customer_experience (org_id, customer_id, nps, submitted_at, next_purchase_at)
    select org_id, customer_id, nps, submitted_at, next_purchase_at from experience order by 1, 2
    on conflict (org_id, customer_id) do update set nps = excluded.nps, submitted_at = excluded.submitted_at, next_purchase_at = excluded.next_purchase_at
    returning 1
  ), experience_dropped as (
    delete from customer_experience e using gone g
     where e.org_id = g.org_id and e.customer_id = g.customer_id and not exists (select 1 from experience x where x.org_id = g.org_id and x.customer_id = g.customer_id)
    returning 1
  ), cohort_delta as (
    select x.org_id, v.group_by, x.months[1] as cohort, v.grp,
           ((extract(year from m) - extract(year from x.months[1])) * 12 + extract(month from m) - extract(month from x.months[1]))::int as k, sum(x.sign) as customers
      from (select org_id, channel, campaign, months, 1 as sign from fresh union all select org_id, channel, campaign, months, -1 from stale) x
      cross join lateral unnest(x.months) m
      cross join lateral (values ('channel', x.channel), ('campaign', x.campaign), ('none', '')) v(group_by, grp)
     group by 1, 2, 3, 4, 5
  ), cohort_added as (
    insert into cohort_cells (org_id, group_by, cohort, grp, k, customers)
    select org_id, group_by, cohort, grp, k, customers from cohort_delta where customers <> 0 order by 1, 2, 3, 4, 5
    on conflict (org_id, group_by, cohort, grp, k) do update set customers = cohort_cells.customers + excluded.customers
    returning 1
  )
  select (select count(*) from gone)::int as customers`;

const sweep = markSweep('rfm_dirty', ROLL_UP);

/** Recomputes at most 2,000 marked customers (or `batch`); returns how many. */
export const rollUpRfm = sweep.rollUp;

/** Drains every mark (tests, benches). */
export const drainRfm = sweep.drain;

/**
 * Every `intervalMs` (1 s by default): the RFM table follows a purchase, an answer or a segment
 * change about a second after the sweeper that wrote it (segments: every 5 s).
 */
export const startRfmRollups = sweep.start;
