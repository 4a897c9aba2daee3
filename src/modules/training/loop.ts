import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import type { AuditRow } from '../standards/index.ts';
import { assignmentsFor, reauditDue, type FailedItem, type StaffMember } from './fan-out.ts';

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** How far back an interaction shows that a staff member works at a touchpoint. */
const WORKS_AT_DAYS = 180;

/**
 * Assigns the lessons of an audit's failed items (fan-out.ts decides who). Runs in the submit's
 * transaction; the unique (org, audit, item, staff) index with ON CONFLICT DO NOTHING makes a
 * repeated submit, a retry or a restart add nothing. Returns how many assignments are new.
 */
export async function assignLessons(tx: Db, audit: AuditRow, failedItemIds: string[]): Promise<number> {
  if (!failedItemIds.length) return 0;
  const { rows: failed } = await tx.execute<{ itemId: string; lessonId: string | null; dueInDays: number | null }>(sql`
    select i.id as "itemId", l.id as "lessonId", l.due_in_days as "dueInDays"
      from checklist_items i
      left join lateral (
        select id, due_in_days from lessons
         where org_id = i.org_id and standard_id = i.standard_id order by id limit 1) l on true
     where i.org_id = ${audit.orgId} and i.id = any(${uuidArray(failedItemIds)})`);
  if (!failed.some((f) => f.lessonId)) return 0;
  const { rows: people } = await tx.execute<{ id: string; locationIds: string[]; touchpointIds: string[] }>(sql`
    select s.id, s.location_ids as "locationIds",
           coalesce(array_agg(distinct i.touchpoint_id) filter (where i.touchpoint_id is not null), '{}') as "touchpointIds"
      from staff s
      left join interactions i on i.org_id = s.org_id and i.staff_id = s.id and i.location_id = ${audit.locationId}
                              and i.occurred_at > now() - make_interval(days => ${WORKS_AT_DAYS})
     where s.org_id = ${audit.orgId} and s.active and s.role = 'staff' and ${audit.locationId}::uuid = any(s.location_ids)
     group by s.id`);
  const staff: StaffMember[] = people.map((p) => ({
    id: p.id,
    locationIds: parseArray(p.locationIds),
    touchpointIds: parseArray(p.touchpointIds),
  }));
  const items: FailedItem[] = failed.map((f) => ({ itemId: f.itemId, lessonId: f.lessonId }));
  const planned = assignmentsFor(
    { auditId: audit.id, locationId: audit.locationId, touchpointId: audit.touchpointId, staffId: audit.staffId },
    items,
    staff,
  );
  if (!planned.length) return 0;
  const dueIn = new Map(failed.map((f) => [f.itemId, f.dueInDays ?? 7]));
  const values = planned.map(
    (a) =>
      sql`(${newId()}::uuid, ${audit.orgId}::uuid, ${a.lessonId}::uuid, ${a.staffId}::uuid, ${audit.locationId}::uuid, ${a.auditId}::uuid, ${a.itemId}::uuid, now() + make_interval(days => ${dueIn.get(a.itemId)!}))`,
  );
  const { rows } = await tx.execute<{ id: string }>(sql`
    insert into training_assignments (id, org_id, lesson_id, staff_id, location_id, audit_id, item_id, due_at)
    select v.* from (values ${sql.join(values, sql`, `)}) as v(id, org_id, lesson_id, staff_id, location_id, audit_id, item_id, due_at)
    on conflict (org_id, audit_id, item_id, staff_id) where audit_id is not null do nothing
    returning id`);
  return rows.length;
}

/** node-postgres reads uuid[] from array_agg as a string like {a,b} when the type is not registered. */
const parseArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

/**
 * Once every assignment of an audit is passed, a re-audit of only its failed items is scheduled
 * within the checklist's M days. The caller holds the audit's row lock, so two staff passing at
 * the same moment cannot both miss (or both make) it; the unique reaudit_of index backs that up.
 */
export async function scheduleReaudit(tx: Db, orgId: string, auditId: string, now: Date): Promise<string | null> {
  const { rows: assignments } = await tx.execute<{ status: 'assigned' | 'passed' | 'failed' }>(
    sql`select status from training_assignments where org_id = ${orgId} and audit_id = ${auditId}`,
  );
  const { rows: found } = await tx.execute<{ days: number }>(sql`
    select c.reaudit_within_days as days from audits a join checklists c on c.org_id = a.org_id and c.id = a.checklist_id
     where a.org_id = ${orgId} and a.id = ${auditId}`);
  const due = reauditDue(assignments, now, found[0]?.days ?? 14);
  if (!due) return null;
  const { rows } = await tx.execute<{ id: string }>(sql`
    insert into audits (id, org_id, checklist_id, location_id, touchpoint_id, shift, kind, status, item_ids, reaudit_of, due_at)
    select ${newId()}::uuid, org_id, checklist_id, location_id, touchpoint_id, shift,
           case when kind = 'mystery' then 'manager'::audit_kind else kind end,
           'scheduled', failed_item_ids, id, ${due.toISOString()}::timestamptz
      from audits where org_id = ${orgId} and id = ${auditId}
    on conflict (org_id, reaudit_of) where reaudit_of is not null do nothing
    returning id`);
  return rows[0]?.id ?? null;
}
