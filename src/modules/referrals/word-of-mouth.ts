import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { locationFilter, period } from '../reviews/index.ts';
import type { WordOfMouthQuery } from './referrals.contract.ts';
import { REFERRAL_STATUSES } from './fraud.ts';
import { referralScope } from './scope.ts';

const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : null);

/**
 * Word-of-mouth figures, counted from current rows. A new customer is one whose first interaction
 * falls in the period (at the location of that interaction); referred = a referral not blocked.
 */
export async function wordOfMouth(db: Db, actor: Actor, q: WordOfMouthQuery) {
  const { from, to } = period(q);
  const org = actor.orgId;
  const loc = locationFilter(actor, q.locationId, sql.raw('f.location_id'));
  const firsts = sql`
    with f as (
      select distinct on (i.customer_id) i.customer_id, i.location_id, i.occurred_at
        from interactions i where i.org_id = ${org} and i.customer_id is not null
       order by i.customer_id, i.occurred_at, i.id),
    n as (
      select f.*, exists (select 1 from referrals r where r.org_id = ${org} and r.referred_id = f.customer_id and r.status <> 'blocked') as referred
        from f where f.occurred_at >= ${from} and f.occurred_at < ${to} and ${loc})`;
  const byMonth = (
    await db.execute(sql`${firsts}
      select to_char(date_trunc('month', n.occurred_at), 'YYYY-MM') as month, n.location_id,
             count(*)::int as new_customers, count(*) filter (where n.referred)::int as referred
        from n group by 1, 2 order by 1, 2`)
  ).rows as { month: string; location_id: string | null; new_customers: number; referred: number }[];
  const retention = (
    await db.execute(sql`${firsts}
      select n.referred, count(*)::int as customers,
             count(*) filter (where exists (select 1 from interactions j where j.org_id = ${org} and j.customer_id = n.customer_id
                                and j.occurred_at > n.occurred_at and j.occurred_at <= n.occurred_at + interval '90 days'))::int as returned,
             coalesce(sum((select sum(coalesce(j.revenue, 0)) from interactions j where j.org_id = ${org} and j.customer_id = n.customer_id
                                and j.occurred_at >= n.occurred_at and j.occurred_at <= n.occurred_at + interval '90 days')), 0)::float8 as revenue
        from n group by 1`)
  ).rows as { referred: boolean; customers: number; returned: number; revenue: number }[];
  const inScope = referralScope(actor, sql.raw('r.referred_id'), sql.raw('r.org_id')) ?? sql`true`;
  const promoters = (
    await db.execute(sql`
      with latest as (
        select distinct on (p.customer_id) p.customer_id, p.nps from responses p
         where p.org_id = ${org} and p.customer_id is not null and p.nps is not null
           and ${locationFilter(actor, q.locationId, sql.raw('p.location_id'))}
         order by p.customer_id, p.submitted_at desc)
      select (l.nps >= 9) as promoter, count(*)::int as customers,
             count(*) filter (where exists (select 1 from referrals r where r.org_id = ${org} and r.referrer_id = l.customer_id
                                            and r.status <> 'blocked' and ${inScope}))::int as referrers
        from latest l group by 1`)
  ).rows as { promoter: boolean; customers: number; referrers: number }[];
  const statuses = (
    await db.execute(
      sql`select r.status, count(*)::int as n from referrals r where r.org_id = ${org}
            and ${inScope} group by 1`,
    )
  ).rows as { status: string; n: number }[];
  const newCustomers = byMonth.reduce((s, r) => s + r.new_customers, 0);
  const referred = byMonth.reduce((s, r) => s + r.referred, 0);
  const side = (promoter: boolean) => {
    const r = promoters.find((p) => p.promoter === promoter);
    return {
      customers: r?.customers ?? 0,
      referrers: r?.referrers ?? 0,
      rate: pct(r?.referrers ?? 0, r?.customers ?? 0),
    };
  };
  const ret = (referredSide: boolean) => {
    const r = retention.find((x) => x.referred === referredSide);
    return { customers: r?.customers ?? 0, returned90: r?.returned ?? 0, revenue90: Number(r?.revenue ?? 0) };
  };
  return {
    newCustomers,
    referredNewCustomers: referred,
    share: pct(referred, newCustomers),
    byMonth: byMonth.map((r) => ({
      month: r.month,
      locationId: r.location_id,
      newCustomers: r.new_customers,
      referred: r.referred,
    })),
    promoters: side(true),
    others: side(false),
    retention: { referred: ret(true), others: ret(false) },
    referrals: Object.fromEntries(
      REFERRAL_STATUSES.map((s) => [s, statuses.find((x) => x.status === s)?.n ?? 0]),
    ) as Record<(typeof REFERRAL_STATUSES)[number], number>,
  };
}
