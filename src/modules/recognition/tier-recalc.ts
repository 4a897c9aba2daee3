import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';
import { nextStanding, sameStanding, type CustomerStats, type Standing, type TierRule } from './tier-rules.ts';
import { insertTasks, type NewTask } from './gesture-tasks.write.ts';
import { tierEntryOccasion, type GestureRule } from './gesture-rules.ts';

type Q = Pick<pg.PoolClient, 'query'>;
export type CustomerRow = CustomerStats & { customerId: string; standing: Standing; lastRecoveryAt: Date | null };

export async function loadTierRules(db: Q, orgId: string): Promise<TierRule[]> {
  const { rows } = await db.query<{
    id: string;
    rank: number;
    match: 'any' | 'all';
    criteria: TierRule['criteria'];
    manual_only: boolean;
    grace_days: number;
  }>('select id, rank, match, criteria, manual_only, grace_days from tiers where org_id = $1', [orgId]);
  return rows.map((r) => ({
    id: r.id,
    rank: r.rank,
    match: r.match,
    criteria: r.criteria,
    manualOnly: r.manual_only,
    graceDays: r.grace_days,
  }));
}

/**
 * Each customer's rolling-12-month figures and current standing, in one statement (grouped scans
 * of interactions, qualified referrals and cases), for the whole organisation or some customers.
 * An open recovery case counts as "now" for the demotion guard.
 */
export async function loadCustomers(db: Q, orgId: string, now: Date, ids: string[] | null): Promise<CustomerRow[]> {
  const { rows } = await db.query<{
    customer_id: string;
    visits: number;
    spend: string;
    tenure_days: number;
    referrals: number;
    last_case: Date | null;
    tier_id: string | null;
    since: Date | null;
    below_since: Date | null;
    manual: boolean | null;
  }>(
    `with v as (
       select customer_id,
              count(*) filter (where occurred_at > $2::timestamptz - interval '365 days' and occurred_at <= $2)::int as visits,
              coalesce(sum(revenue) filter (where occurred_at > $2::timestamptz - interval '365 days' and occurred_at <= $2), 0) as spend,
              min(occurred_at) as first_at
       from interactions where org_id = $1 and customer_id is not null and ($3::uuid[] is null or customer_id = any($3))
       group by customer_id),
     r as (
       select referrer_id as customer_id, count(*)::int as n from referrals
       where org_id = $1 and status in ('qualified', 'rewarded') and qualified_at > $2::timestamptz - interval '365 days'
         and ($3::uuid[] is null or referrer_id = any($3))
       group by referrer_id),
     k as (
       select customer_id,
              max(case when status in ('new', 'in_progress', 'waiting') then $2::timestamptz else coalesce(resolved_at, opened_at) end) as last_case
       from cases where org_id = $1 and customer_id is not null and ($3::uuid[] is null or customer_id = any($3))
       group by customer_id)
     select c.id as customer_id, coalesce(v.visits, 0) as visits, coalesce(v.spend, 0) as spend,
            greatest(0, floor(extract(epoch from ($2::timestamptz - coalesce(v.first_at, c.created_at))) / 86400))::int as tenure_days,
            coalesce(r.n, 0) as referrals, k.last_case, t.tier_id, t.since, t.below_since, t.manual
     from customers c
     left join v on v.customer_id = c.id
     left join r on r.customer_id = c.id
     left join k on k.customer_id = c.id
     left join customer_tiers t on t.org_id = c.org_id and t.customer_id = c.id
     where c.org_id = $1 and ($3::uuid[] is null or c.id = any($3))`,
    [orgId, now, ids],
  );
  return rows.map((r) => ({
    customerId: r.customer_id,
    visits: r.visits,
    spend: Number(r.spend),
    tenureDays: r.tenure_days,
    referrals: r.referrals,
    lastRecoveryAt: r.last_case,
    standing: { tierId: r.tier_id, since: r.since, belowSince: r.below_since, manual: r.manual ?? false },
  }));
}

export type Move = { customerId: string; from: Standing; to: Standing };

/** What a recalculation would change, without changing it (the editor's preview uses this too). */
export function plan(rules: TierRule[], customers: CustomerRow[], now: Date): Move[] {
  const moves: Move[] = [];
  for (const c of customers) {
    const to = nextStanding(rules, c.standing, c, now, c.lastRecoveryAt);
    if (!sameStanding(c.standing, to)) moves.push({ customerId: c.customerId, from: c.standing, to });
  }
  return moves;
}

async function tierEntryGestures(
  db: Q,
  orgId: string,
): Promise<(GestureRule & { role: NewTask['role']; staffId: string | null })[]> {
  const { rows } = await db.query<{
    id: string;
    trigger_tier_id: string;
    tier_ids: string[];
    due_days: number;
    created_at: Date;
    assignee_role: NewTask['role'];
    assignee_staff_id: string | null;
  }>(
    `select id, trigger_tier_id, tier_ids, due_days, created_at, assignee_role, assignee_staff_id
     from gestures where org_id = $1 and active and trigger = 'tier_entry'`,
    [orgId],
  );
  return rows.map((r) => ({
    id: r.id,
    trigger: 'tier_entry',
    triggerVisit: null,
    triggerTierId: r.trigger_tier_id,
    tierIds: r.tier_ids,
    dueDays: r.due_days,
    createdAt: r.created_at,
    role: r.assignee_role,
    staffId: r.assignee_staff_id,
  }));
}

/**
 * Recalculates the standings of an organisation (or some of its customers) inside the caller's
 * transaction: stores the moves, logs them for the migration figures, and owes the tier-entry
 * gestures in the same commit, so a crash leaves either all of it or none.
 */
export async function recalculate(db: Q, orgId: string, now: Date, ids: string[] | null): Promise<Move[]> {
  const rules = await loadTierRules(db, orgId);
  if (!rules.length && ids) {
    const { rowCount } = await db.query(
      'select 1 from customer_tiers where org_id = $1 and customer_id = any($2) limit 1',
      [orgId, ids],
    );
    if (!rowCount) return [];
  }
  const moves = plan(rules, await loadCustomers(db, orgId, now, ids), now);
  if (!moves.length) return moves;
  const kept = moves.filter((m) => m.to.tierId);
  const dropped = moves.filter((m) => !m.to.tierId).map((m) => m.customerId);
  for (let i = 0; i < kept.length; i += 5000) {
    const part = kept.slice(i, i + 5000);
    await db.query(
      `insert into customer_tiers (org_id, customer_id, tier_id, since, below_since, manual, updated_at)
       select $1, * , false, $6 from unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[])
       on conflict (org_id, customer_id) do update
         set tier_id = excluded.tier_id, since = excluded.since, below_since = excluded.below_since,
             manual = false, updated_at = excluded.updated_at`,
      [
        orgId,
        part.map((m) => m.customerId),
        part.map((m) => m.to.tierId),
        part.map((m) => m.to.since),
        part.map((m) => m.to.belowSince),
        now,
      ],
    );
  }
  if (dropped.length)
    await db.query('delete from customer_tiers where org_id = $1 and customer_id = any($2)', [orgId, dropped]);
  const changed = moves.filter((m) => m.from.tierId !== m.to.tierId);
  if (changed.length)
    await db.query(
      `insert into tier_changes (id, org_id, customer_id, from_tier_id, to_tier_id, at)
       select i, $1, c, f, t, $6 from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[]) as u(i, c, f, t)`,
      [
        orgId,
        changed.map(() => newId()),
        changed.map((m) => m.customerId),
        changed.map((m) => m.from.tierId),
        changed.map((m) => m.to.tierId),
        now,
      ],
    );
  await oweTierEntryGestures(db, orgId, now, changed);
  return moves;
}

/** Tasks for the gestures of entering a tier (the recalculation's moves, or a tier given by hand). */
export async function oweTierEntryGestures(db: Q, orgId: string, now: Date, changed: Move[]) {
  const entered = changed.filter((m) => m.to.tierId && m.to.since);
  if (!entered.length) return;
  const gestures = await tierEntryGestures(db, orgId);
  if (!gestures.length) return;
  const tasks: NewTask[] = [];
  for (const m of entered)
    for (const g of gestures) {
      const o = tierEntryOccasion(g, m.to.tierId!, m.to.since!, m.from.tierId);
      if (o)
        tasks.push({
          gestureId: g.id,
          customerId: m.customerId,
          occasion: o.key,
          locationId: null,
          triggerInteractionId: null,
          staffId: g.staffId,
          role: g.role,
          dueAt: new Date(now.getTime() + g.dueDays * 86_400_000),
        });
    }
  await insertTasks(db, orgId, tasks);
}
