import type pg from 'pg';
import type { GESTURE_KINDS } from './gesture-rules.ts';
import type { Gesture } from './recognition.contract.ts';

type Q = Pick<pg.PoolClient, 'query'>;
const GESTURE = `id, name, kind, description, cost_estimate::float8 as "costEstimate", trigger, trigger_visit as "triggerVisit",
  trigger_tier_id as "triggerTierId", tier_ids as "tierIds", touchpoint_ids as "touchpointIds", assignee_role as "assigneeRole",
  assignee_staff_id as "assigneeStaffId", due_days as "dueDays", notice, notice_only as "noticeOnly", active, created_at as "createdAt", updated_at as "updatedAt"`;
export type GestureRow = Omit<Gesture, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

export async function listGestures(db: Q, orgId: string, active?: boolean) {
  const { rows } = await db.query<GestureRow>(
    `select ${GESTURE} from gestures where org_id = $1 and ($2::boolean is null or active = $2) order by created_at`,
    [orgId, active ?? null],
  );
  return rows;
}
export async function getGesture(db: Q, orgId: string, id: string): Promise<GestureRow | undefined> {
  const { rows } = await db.query<GestureRow>(`select ${GESTURE} from gestures where org_id = $1 and id = $2`, [
    orgId,
    id,
  ]);
  return rows[0];
}
export type GestureValues = Omit<GestureRow, 'id' | 'createdAt' | 'updatedAt'>;
const values = (v: GestureValues) => [
  v.name,
  v.kind,
  v.description,
  v.costEstimate,
  v.trigger,
  v.triggerVisit,
  v.triggerTierId,
  v.tierIds ?? [],
  v.touchpointIds ?? [],
  v.assigneeRole,
  v.assigneeStaffId,
  v.dueDays,
  v.notice ? JSON.stringify(v.notice) : null,
  v.noticeOnly,
  v.active,
];
export async function insertGesture(db: Q, orgId: string, id: string, v: GestureValues) {
  await db.query(
    `insert into gestures (id, org_id, name, kind, description, cost_estimate, trigger, trigger_visit, trigger_tier_id,
       tier_ids, touchpoint_ids, assignee_role, assignee_staff_id, due_days, notice, notice_only, active)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [id, orgId, ...values(v)],
  );
}
export async function updateGesture(db: Q, orgId: string, id: string, v: GestureValues) {
  await db.query(
    `update gestures set name = $3, kind = $4, description = $5, cost_estimate = $6, trigger = $7, trigger_visit = $8,
       trigger_tier_id = $9, tier_ids = $10, touchpoint_ids = $11, assignee_role = $12, assignee_staff_id = $13,
       due_days = $14, notice = $15, notice_only = $16, active = $17, updated_at = now()
     where org_id = $1 and id = $2`,
    [orgId, id, ...values(v)],
  );
}
/** Which of the given ids exist in the organisation, per table. */
export async function existing(
  db: Q,
  orgId: string,
  table: 'tiers' | 'touchpoints' | 'staff' | 'locations' | 'customers',
  ids: string[],
) {
  if (!ids.length) return new Set<string>();
  const { rows } = await db.query<{ id: string }>(`select id from ${table} where org_id = $1 and id = any($2)`, [
    orgId,
    ids,
  ]);
  return new Set(rows.map((r) => r.id));
}

export type TaskRow = {
  id: string;
  gestureId: string;
  gestureName: string;
  gestureKind: (typeof GESTURE_KINDS)[number];
  customerId: string;
  customerName: string | null;
  occasion: string;
  locationId: string | null;
  staffId: string | null;
  role: 'owner' | 'manager' | 'staff';
  status: 'pending' | 'delivered' | 'skipped' | 'expired';
  dueAt: Date;
  deliveredAt: Date | null;
  deliveredBy: string | null;
  interactionId: string | null;
  skipReason: string | null;
  noticeState: 'due' | 'queued' | 'sent' | 'not_sent' | null;
  noticeChannel: string | null;
  noticeError: string | null;
  visitingToday: boolean;
  todayInteractionId: string | null;
  createdAt: Date;
};
export type TaskFilter = {
  locationIds: string[] | null;
  ownStaffId: string | null;
  locationId?: string;
  staffId?: string;
  customerId?: string;
  status?: string;
  due?: 'today' | 'overdue' | 'week';
  ids?: string[];
  cursor?: string;
  limit: number;
};

/**
 * Tasks with what the list shows. "Visiting today" is a visit of the customer today (in the
 * organisation's time zone) at the task's location, so staff see who in front of them is owed a gesture.
 */
export async function listTasks(db: Q, orgId: string, f: TaskFilter, now: Date): Promise<TaskRow[]> {
  const { rows } = await db.query<TaskRow>(
    `with o as (select time_zone as tz from orgs where id = $1)
     select x.*, x."todayInteractionId" is not null as "visitingToday" from (
       select t.id, t.gesture_id as "gestureId", g.name as "gestureName", g.kind as "gestureKind", t.customer_id as "customerId",
              c.name as "customerName", t.occasion, t.location_id as "locationId", t.staff_id as "staffId", t.role, t.status,
              t.due_at as "dueAt", t.delivered_at as "deliveredAt", t.delivered_by as "deliveredBy",
              t.interaction_id as "interactionId", t.skip_reason as "skipReason", t.created_at as "createdAt",
              t.notice_state as "noticeState", t.notice_channel as "noticeChannel", t.notice_error as "noticeError",
              (select i.id from interactions i, o where i.org_id = t.org_id and i.customer_id = t.customer_id
                 and (t.location_id is null or i.location_id = t.location_id)
                 and (i.occurred_at at time zone o.tz)::date = ($2::timestamptz at time zone o.tz)::date
               order by i.occurred_at desc limit 1) as "todayInteractionId"
       from gesture_tasks t
       join gestures g on g.org_id = t.org_id and g.id = t.gesture_id
       join customers c on c.org_id = t.org_id and c.id = t.customer_id
       where t.org_id = $1
         and ($3::uuid[] is null or t.location_id = any($3))
         and ($4::uuid is null or t.staff_id is null or t.staff_id = $4)
         and ($5::uuid is null or t.location_id = $5)
         and ($6::uuid is null or t.staff_id = $6)
         and ($7::uuid is null or t.customer_id = $7)
         and ($8::text is null or t.status = $8)
         and ($9::uuid[] is null or t.id = any($9))
         and ($10::uuid is null or t.id < $10)
     ) x
     where case $11::text
       when 'today' then x.status = 'pending' and (x."todayInteractionId" is not null
         or (x."dueAt" at time zone (select tz from o))::date = ($2::timestamptz at time zone (select tz from o))::date)
       when 'overdue' then x.status = 'pending' and x."dueAt" < $2
       when 'week' then x.status = 'pending' and x."dueAt" < $2::timestamptz + interval '7 days'
       else true end
     order by x.id desc limit $12`,
    [
      orgId,
      now,
      f.locationIds,
      f.ownStaffId,
      f.locationId ?? null,
      f.staffId ?? null,
      f.customerId ?? null,
      f.status ?? null,
      f.ids ?? null,
      f.cursor ?? null,
      f.due ?? null,
      f.limit + 1,
    ],
  );
  return rows;
}

export async function closeTask(
  db: Q,
  orgId: string,
  id: string,
  v: { status: 'delivered' | 'skipped'; deliveredBy?: string; interactionId?: string; reason?: string; now: Date },
) {
  const { rowCount } = await db.query(
    `update gesture_tasks set status = $3, delivered_by = $4, interaction_id = $5, skip_reason = $6,
       delivered_at = case when $3 = 'delivered' then $7::timestamptz end, closed_at = $7, updated_at = $7
     where org_id = $1 and id = $2 and status = 'pending'`,
    [orgId, id, v.status, v.deliveredBy ?? null, v.interactionId ?? null, v.reason ?? null, v.now],
  );
  return rowCount === 1;
}

export async function interactionOf(db: Q, orgId: string, id: string) {
  const { rows } = await db.query<{ customer_id: string | null; location_id: string | null }>(
    'select customer_id, location_id from interactions where org_id = $1 and id = $2',
    [orgId, id],
  );
  return rows[0];
}
