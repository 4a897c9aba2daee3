import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { localDate } from '../../shared/time-zone.ts';
import { occasionsFor, type CustomerFacts, type GestureRule } from './gesture-rules.ts';
import { insertTasks, type NewTask } from './gesture-tasks.write.ts';
import { recalculate } from './tier-recalc.ts';

type Q = Pick<pg.PoolClient, 'query'>;
type Gesture = GestureRule & { role: NewTask['role']; staffId: string | null };

async function eventGestures(db: Q, orgId: string, triggers: string[]): Promise<Gesture[]> {
  const { rows } = await db.query<{
    id: string;
    trigger: GestureRule['trigger'];
    trigger_visit: number | null;
    tier_ids: string[];
    due_days: number;
    created_at: Date;
    assignee_role: NewTask['role'];
    assignee_staff_id: string | null;
  }>(
    `select id, trigger, trigger_visit, tier_ids, due_days, created_at, assignee_role, assignee_staff_id
     from gestures where org_id = $1 and active and trigger = any($2)`,
    [orgId, triggers],
  );
  return rows.map((r) => ({
    id: r.id,
    trigger: r.trigger,
    triggerVisit: r.trigger_visit,
    triggerTierId: null,
    tierIds: r.tier_ids,
    dueDays: r.due_days,
    createdAt: r.created_at,
    role: r.assignee_role,
    staffId: r.assignee_staff_id,
  }));
}

/** The facts the trigger rules need, for some customers of one organisation. */
async function factsOf(db: Q, orgId: string, ids: string[], maxVisit: number, now: Date) {
  const [{ rows: org }, { rows: visits }, { rows: resolved }, { rows: people }] = await Promise.all([
    db.query<{ time_zone: string }>('select time_zone from orgs where id = $1', [orgId]),
    db.query<{ customer_id: string; id: string; occurred_at: Date; created_at: Date; location_id: string | null }>(
      `select customer_id, id, occurred_at, created_at, location_id from (
         select customer_id, id, occurred_at, created_at, location_id,
                row_number() over (partition by customer_id order by occurred_at, id) as n,
                row_number() over (partition by customer_id order by occurred_at desc, id desc) as back
         from interactions where org_id = $1 and customer_id = any($2)) x
       where n <= $3 or back = 1 order by customer_id, occurred_at, id`,
      [orgId, ids, Math.max(1, maxVisit)],
    ),
    db.query<{ customer_id: string; id: string; resolved_at: Date; location_id: string | null }>(
      `select customer_id, id, resolved_at, location_id from cases
       where org_id = $1 and customer_id = any($2) and status = 'resolved' and resolved_at > $3::timestamptz - interval '366 days'`,
      [orgId, ids, now],
    ),
    db.query<{ customer_id: string; tier_id: string | null; birthday: string | null }>(
      `select c.id as customer_id, t.tier_id, to_char(p.birthday, 'MM-DD') as birthday from customers c
       left join customer_tiers t on t.org_id = c.org_id and t.customer_id = c.id
       left join customer_profiles p on p.org_id = c.org_id and p.customer_id = c.id
       where c.org_id = $1 and c.id = any($2)`,
      [orgId, ids],
    ),
  ]);
  const today = localDate(now, org[0]?.time_zone ?? 'UTC');
  const facts = new Map<string, CustomerFacts>();
  for (const p of people)
    facts.set(p.customer_id, { tierId: p.tier_id, birthday: p.birthday, visits: [], resolvedCases: [], today });
  for (const v of visits)
    facts.get(v.customer_id)?.visits.push({
      id: v.id,
      occurredAt: v.occurred_at,
      recordedAt: v.created_at,
      locationId: v.location_id,
    });
  for (const c of resolved)
    facts.get(c.customer_id)?.resolvedCases.push({ id: c.id, resolvedAt: c.resolved_at, locationId: c.location_id });
  return facts;
}

/** Owes each customer the gestures their facts call for (tasks are unique per occasion). */
async function owe(db: Q, orgId: string, ids: string[], gestures: Gesture[], now: Date): Promise<number> {
  if (!gestures.length || !ids.length) return 0;
  const maxVisit = Math.max(0, ...gestures.map((g) => g.triggerVisit ?? 0));
  const facts = await factsOf(db, orgId, ids, maxVisit, now);
  const tasks: NewTask[] = [];
  for (const [customerId, f] of facts)
    for (const g of gestures)
      for (const o of occasionsFor(g, f, now))
        tasks.push({
          gestureId: g.id,
          customerId,
          occasion: o.key,
          locationId: o.locationId,
          triggerInteractionId: o.interactionId,
          staffId: g.staffId,
          role: g.role,
          dueAt: new Date(now.getTime() + g.dueDays * 86_400_000),
        });
  return insertTasks(db, orgId, tasks);
}

/**
 * One pass over customers marked by new visits or resolved cases: their tiers are recalculated
 * and the gestures they are owed become tasks, in the same transaction that removes their marks
 * (taken FOR UPDATE SKIP LOCKED). Killed midway, the transaction rolls back and the marks stay.
 */
export async function sweepMarked(pool: pg.Pool, now = new Date(), batch = 500): Promise<number> {
  return inTransaction(pool, async ({ client }) => {
    const { rows } = await client.query<{ org_id: string; customer_id: string }>(
      `with b as (select org_id, customer_id from recognition_dirty order by org_id, customer_id limit $1 for update skip locked)
       delete from recognition_dirty d using b where d.org_id = b.org_id and d.customer_id = b.customer_id
       returning d.org_id, d.customer_id`,
      [batch],
    );
    const byOrg = new Map<string, string[]>();
    for (const r of rows) byOrg.set(r.org_id, [...(byOrg.get(r.org_id) ?? []), r.customer_id]);
    for (const [orgId, ids] of byOrg) {
      await recalculate(client, orgId, now, ids);
      await owe(client, orgId, ids, await eventGestures(client, orgId, ['nth_visit', 'recovery_resolved']), now);
    }
    return rows.length;
  });
}

/** Birthdays and first-visit anniversaries falling in the last few days, per organisation. */
export async function sweepDates(pool: pg.Pool, now = new Date()): Promise<number> {
  const { rows: orgs } = await pool.query<{ org_id: string }>(
    `select distinct org_id from gestures where active and trigger in ('birthday', 'first_visit_anniversary')`,
  );
  let made = 0;
  for (const { org_id: orgId } of orgs)
    made += await inTransaction(pool, async ({ client }) => {
      const gestures = await eventGestures(client, orgId, ['birthday', 'first_visit_anniversary']);
      const { rows } = await client.query<{ customer_id: string }>(
        `with d as (select to_char($2::date - n, 'MM-DD') as md from generate_series(-1, 3) n)
         select customer_id from customer_profiles where org_id = $1 and to_char(birthday, 'MM-DD') in (select md from d)
         union
         select customer_id from interactions where org_id = $1 and customer_id is not null
         group by customer_id having to_char(min(occurred_at), 'MM-DD') in (select md from d)
         union
         select customer_id from customer_profiles where org_id = $1 and to_char(birthday, 'MM-DD') = '02-29'`,
        [orgId, now.toISOString().slice(0, 10)],
      );
      return owe(
        client,
        orgId,
        rows.map((r) => r.customer_id),
        gestures,
        now,
      );
    });
  return made;
}

/** Organisations whose tiers changed, or whose daily pass is due (the rolling window and grace periods move). */
export async function sweepTierRecalcs(pool: pg.Pool, now = new Date()): Promise<number> {
  return inTransaction(pool, async ({ client }) => {
    const { rows } = await client.query<{ org_id: string }>(
      `select org_id from tier_recalcs
       where requested_at is not null or done_at is null or done_at < $1::timestamptz - interval '1 day'
       order by requested_at nulls last limit 1 for update skip locked`,
      [now],
    );
    const orgId = rows[0]?.org_id;
    if (!orgId) return 0;
    const moves = await recalculate(client, orgId, now, null);
    await client.query('update tier_recalcs set requested_at = null, done_at = $2 where org_id = $1', [orgId, now]);
    return moves.length + 1;
  });
}

/** Pending gestures past their due time expire: the control group of the figures. */
export async function expireTasks(pool: Q, now = new Date()): Promise<number> {
  const { rowCount } = await pool.query(
    `update gesture_tasks set status = 'expired', closed_at = due_at, updated_at = $1
     where status = 'pending' and due_at < $1`,
    [now],
  );
  return rowCount ?? 0;
}

/** Everything above until nothing is left (tests, the demo). */
export async function drainRecognition(pool: pg.Pool, now = new Date()): Promise<void> {
  while ((await sweepMarked(pool, now)) > 0);
  while ((await sweepTierRecalcs(pool, now)) > 0);
  await sweepDates(pool, now);
  await expireTasks(pool, now);
}

export function startRecognition(pool: pg.Pool, opts: { onError?: (e: unknown) => void } = {}): Sweeper[] {
  return [
    startSweeper(
      async (stopped) => {
        while ((await sweepMarked(pool)) > 0 && !stopped());
        while ((await sweepTierRecalcs(pool)) > 0 && !stopped());
        await expireTasks(pool);
      },
      { intervalMs: 2000, ...opts },
    ),
    startSweeper(() => sweepDates(pool).then(() => {}), { intervalMs: 600_000, ...opts }),
  ];
}
