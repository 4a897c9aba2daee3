import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';

type Q = Pick<pg.PoolClient, 'query'>;
export type NewTask = {
  gestureId: string;
  customerId: string;
  occasion: string;
  locationId: string | null;
  triggerInteractionId: string | null;
  staffId: string | null;
  role: 'owner' | 'manager' | 'staff';
  dueAt: Date;
};

/**
 * Inserts owed gestures (a gesture with a notice marks its task's notice due, for the notice sweep); one that exists for the same (customer, gesture, occasion) is left alone,
 * so any number of retries makes exactly one task. A task without a location goes to the
 * customer's latest visit's location. Returns how many were new.
 */
export async function insertTasks(db: Q, orgId: string, tasks: NewTask[]): Promise<number> {
  if (!tasks.length) return 0;
  const { rowCount } = await db.query(
    `insert into gesture_tasks (id, org_id, gesture_id, customer_id, occasion, location_id, trigger_interaction_id, staff_id, role, due_at, notice_state)
     select t.id, $1, t.gesture_id, t.customer_id, t.occasion,
            coalesce(t.location_id, (select i.location_id from interactions i
                                     where i.org_id = $1 and i.customer_id = t.customer_id and i.location_id is not null
                                     order by i.occurred_at desc limit 1)),
            t.trigger_id, t.staff_id, t.role, t.due_at,
            case when g.notice is not null then 'due' end
     from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::timestamptz[])
       as t(id, gesture_id, customer_id, occasion, location_id, trigger_id, staff_id, role, due_at)
     join gestures g on g.org_id = $1 and g.id = t.gesture_id
     order by t.customer_id, t.gesture_id, t.occasion
     on conflict (org_id, customer_id, gesture_id, occasion) do nothing`,
    [
      orgId,
      tasks.map(() => newId()),
      tasks.map((t) => t.gestureId),
      tasks.map((t) => t.customerId),
      tasks.map((t) => t.occasion),
      tasks.map((t) => t.locationId),
      tasks.map((t) => t.triggerInteractionId),
      tasks.map((t) => t.staffId),
      tasks.map((t) => t.role),
      tasks.map((t) => t.dueAt),
    ],
  );
  return rowCount ?? 0;
}
