import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/db/ids.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';

/**
 * Recurring training: a passed required lesson that recurs every N months is assigned again to
 * the same person, due N months after the pass, and handed out the lesson's `dueInDays` before
 * that. One refresher per passed assignment (the unique renews_id), and only the person's latest
 * assignment of the lesson is renewed, so restarts and parallel runs add nothing twice. Lessons
 * assigned by a failed audit are remedial, not recurring. Returns how many were assigned.
 */
export async function assignRefreshers(pool: pg.Pool, now = new Date(), batch = 500): Promise<number> {
  return inTransaction(pool, async ({ client }) => {
    const { rows: due } = await client.query<{ id: string; org_id: string; due: Date }>(
      `select a.id, a.org_id, a.passed_at + make_interval(months => l.recur_months) as due
         from training_assignments a
         join lessons l on l.org_id = a.org_id and l.id = a.lesson_id
         join staff s on s.org_id = a.org_id and s.id = a.staff_id and s.active
        where a.status = 'passed' and a.audit_id is null and l.recur_months is not null
          and a.passed_at + make_interval(months => l.recur_months) - make_interval(days => l.due_in_days) <= $1
          and not exists (
            select 1 from training_assignments b
             where b.org_id = a.org_id and b.lesson_id = a.lesson_id and b.staff_id = a.staff_id
               and b.audit_id is null and b.id <> a.id and b.created_at >= a.created_at)
        order by a.passed_at limit $2
        for update of a skip locked`,
      [now, batch],
    );
    let made = 0;
    for (const a of due) {
      const { rowCount } = await client.query(
        `insert into training_assignments (id, org_id, lesson_id, staff_id, location_id, due_at, renews_id)
         select $1, org_id, lesson_id, staff_id, location_id, $3, id from training_assignments
          where org_id = $2 and id = $4
         on conflict (org_id, renews_id) where renews_id is not null do nothing`,
        [newId(), a.org_id, a.due, a.id],
      );
      made += rowCount ?? 0;
    }
    return made;
  });
}

export const startRefreshers = (pool: pg.Pool, opts: { onError?: (e: unknown) => void } = {}): Sweeper =>
  startSweeper(async () => void (await assignRefreshers(pool)), { intervalMs: 60_000, ...opts });
