import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { bandSql, csat, nps } from '../../shared/metrics.ts';
import { ideasPostedIn, ideasShippedPerQuarter } from '../insights/index.ts';
import { topTenthShare } from './idea-figures.ts';
import { leadUsers } from './lead-users.ts';
import type { RecognitionFiguresQuery } from './recognition.contract.ts';

type Counts = { closed: number; delivered: number; on_time: number; skipped: number; expired: number };
const rates = (c: Counts) => ({
  closed: c.closed,
  delivered: c.delivered,
  onTime: c.on_time,
  skipped: c.skipped,
  expired: c.expired,
  deliveryRate: c.closed ? Math.round((c.delivered / c.closed) * 1000) / 10 : null,
  onTimeRate: c.delivered ? Math.round((c.on_time / c.delivered) * 1000) / 10 : null,
});
const share = (n: number, yes: number) => {
  const f = csat({ n, sum: yes, top: yes });
  return { value: f.value, n: f.n, ci95: f.ci95, tooFew: f.tooFew };
};

/**
 * Gesture delivery by location and staff over the tasks closed in the period; customers who
 * received a gesture against those whose gesture expired (a natural control group): the share who
 * came back afterwards and the NPS of their latest answer afterwards; moves between tiers and each
 * customer's tier at the start against the end; what the idea board gets from lead users and ships.
 */
export async function recognitionFigures(
  deps: { db: Db; pool: pg.Pool },
  actor: Actor,
  q: RecognitionFiguresQuery,
  now = new Date(),
) {
  const { pool } = deps;
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 90 * 86_400_000);
  const scope = locationScope(actor);
  const params = [actor.orgId, from, to, scope, q.locationId ?? null];
  const closed = `select * from gesture_tasks t where t.org_id = $1 and t.status <> 'pending'
      and t.closed_at >= $2 and t.closed_at < $3 and ($4::uuid[] is null or t.location_id = any($4))
      and ($5::uuid is null or t.location_id = $5)`;
  const counts = `count(*)::int as closed, count(*) filter (where status = 'delivered')::int as delivered,
      count(*) filter (where status = 'delivered' and delivered_at <= due_at)::int as on_time,
      count(*) filter (where status = 'skipped')::int as skipped, count(*) filter (where status = 'expired')::int as expired`;
  const [total, byLocation, byStaff, groups, migration, matrix, ranked, ideas, shipped] = await Promise.all([
    pool.query<Counts>(`select ${counts} from (${closed}) t`, params),
    pool.query<Counts & { location_id: string | null }>(
      `select location_id, ${counts} from (${closed}) t group by location_id order by location_id`,
      params,
    ),
    pool.query<Counts & { staff_id: string | null }>(
      `select coalesce(delivered_by, staff_id) as staff_id, ${counts} from (${closed}) t group by 1 order by 1`,
      params,
    ),
    pool.query<{
      grp: 'gifted' | 'expired';
      n: number;
      returned: number;
      answered: number;
      promoters: number;
      detractors: number;
    }>(
      `with c as (
         select customer_id, bool_or(status = 'delivered') as gifted,
                min(closed_at) filter (where status = 'delivered') as gifted_at, min(closed_at) as expired_at
         from (${closed}) t where status in ('delivered', 'expired') group by customer_id),
       g as (select customer_id, case when gifted then 'gifted' else 'expired' end as grp,
                    case when gifted then gifted_at else expired_at end as at from c),
       a as (select distinct on (g.customer_id) g.customer_id, r.nps from g
             join responses r on r.org_id = $1 and r.customer_id = g.customer_id and r.status = 'complete'
               and r.nps is not null and r.submitted_at > g.at
             order by g.customer_id, r.submitted_at desc)
       select g.grp, count(*)::int as n,
              count(*) filter (where exists (select 1 from interactions i where i.org_id = $1
                and i.customer_id = g.customer_id and i.occurred_at > g.at))::int as returned,
              count(a.nps)::int as answered,
              count(*) filter (where ${bandSql.promoter('a.nps')})::int as promoters,
              count(*) filter (where ${bandSql.detractor('a.nps')})::int as detractors
       from g left join a on a.customer_id = g.customer_id group by g.grp`,
      params,
    ),
    pool.query<{ from_tier_id: string | null; to_tier_id: string | null; n: number }>(
      `select from_tier_id, to_tier_id, count(*)::int as n from tier_changes
       where org_id = $1 and at >= $2 and at < $3 group by 1, 2 order by 3 desc`,
      [actor.orgId, from, to],
    ),
    // A customer's tier at a moment is the last move before it; customers with none at both ends are left out.
    pool.query<{ from_tier_id: string | null; to_tier_id: string | null; n: number }>(
      `with at_to as (select distinct on (customer_id) customer_id, to_tier_id from tier_changes
                       where org_id = $1 and at < $3 order by customer_id, at desc, id desc),
            at_from as (select distinct on (customer_id) customer_id, to_tier_id from tier_changes
                         where org_id = $1 and at < $2 order by customer_id, at desc, id desc)
       select f.to_tier_id as from_tier_id, t.to_tier_id, count(*)::int as n
         from at_to t left join at_from f on f.customer_id = t.customer_id
        where f.to_tier_id is not null or t.to_tier_id is not null
        group by 1, 2 order by 3 desc, 1, 2`,
      [actor.orgId, from, to],
    ),
    leadUsers(deps, actor, { limit: Number.MAX_SAFE_INTEGER }, now),
    ideasPostedIn(deps.db, actor.orgId, from, to),
    ideasShippedPerQuarter(deps.db, actor.orgId, from, to),
  ]);
  const group = (name: 'gifted' | 'expired') => {
    const g = groups.rows.find((r) => r.grp === name) ?? {
      n: 0,
      returned: 0,
      answered: 0,
      promoters: 0,
      detractors: 0,
    };
    return {
      customers: g.n,
      repeatVisit: share(g.n, g.returned),
      nps: nps({ n: g.answered, promoters: g.promoters, detractors: g.detractors }),
    };
  };
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    delivery: rates(total.rows[0]!),
    byLocation: byLocation.rows.map((r) => ({ locationId: r.location_id, ...rates(r) })),
    byStaff: byStaff.rows.map((r) => ({ staffId: r.staff_id, ...rates(r) })),
    gifted: group('gifted'),
    expired: group('expired'),
    tierMigration: migration.rows.map((r) => ({ fromTierId: r.from_tier_id, toTierId: r.to_tier_id, customers: r.n })),
    tierMatrix: matrix.rows.map((r) => ({ fromTierId: r.from_tier_id, toTierId: r.to_tier_id, customers: r.n })),
    ideasFromTopLeadUsers: topTenthShare(ranked.items, ideas),
    ideasShippedPerQuarter: shipped.map((r) => ({ quarter: r.quarter, shipped: r.n })),
  };
}
