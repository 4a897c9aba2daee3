import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { audits } from '../standards/standards.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { lessons, trainingAssignments, trainingAttempts } from './training.schema.ts';

export type LessonRow = typeof lessons.$inferSelect;
export type AssignmentRow = typeof trainingAssignments.$inferSelect;
export type AssignmentScope = { all: true } | { locationIds: string[] } | { staffId: string };

export async function listLessons(db: Db, orgId: string, q: { cursor?: string; limit: number; standardId?: string }) {
  return db
    .select()
    .from(lessons)
    .where(
      and(
        eq(lessons.orgId, orgId),
        q.standardId ? eq(lessons.standardId, q.standardId) : undefined,
        idCursorCondition(lessons.id, q.cursor),
      ),
    )
    .orderBy(desc(lessons.id))
    .limit(q.limit + 1);
}

/** Which lessons teach each of these standards (the standards API lists them with each standard). */
export async function lessonIdsByStandard(db: Db, orgId: string, standardIds: string[]) {
  const out = new Map<string, string[]>();
  if (!standardIds.length) return out;
  const rows = await db
    .select({ id: lessons.id, standardId: lessons.standardId })
    .from(lessons)
    .where(and(eq(lessons.orgId, orgId), inArray(lessons.standardId, standardIds)))
    .orderBy(asc(lessons.id));
  for (const r of rows) out.set(r.standardId!, [...(out.get(r.standardId!) ?? []), r.id]);
  return out;
}

export async function getLesson(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(lessons)
    .where(and(eq(lessons.orgId, orgId), eq(lessons.id, id)));
  return row;
}

export async function insertLesson(db: Db, values: typeof lessons.$inferInsert) {
  const [row] = await db.insert(lessons).values(values).returning();
  return row!;
}

export async function updateLesson(db: Db, orgId: string, id: string, values: Partial<typeof lessons.$inferInsert>) {
  const [row] = await db
    .update(lessons)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(lessons.orgId, orgId), eq(lessons.id, id)))
    .returning();
  return row;
}

const assignmentColumns = {
  assignment: trainingAssignments,
  lessonTitle: lessons.title,
  maxAttempts: lessons.maxAttempts,
  staffName: staff.name,
  staffPosition: staff.position,
  staffRole: staff.role,
};

function scoped(scope: AssignmentScope) {
  if ('all' in scope) return undefined;
  if ('staffId' in scope) return eq(trainingAssignments.staffId, scope.staffId);
  return scope.locationIds.length ? inArray(trainingAssignments.locationId, scope.locationIds) : sql`false`;
}

export async function listAssignments(
  db: Db,
  orgId: string,
  scope: AssignmentScope,
  q: { cursor?: string; limit: number; staffId?: string; status?: AssignmentRow['status']; auditId?: string },
) {
  return db
    .select(assignmentColumns)
    .from(trainingAssignments)
    .innerJoin(lessons, and(eq(lessons.orgId, trainingAssignments.orgId), eq(lessons.id, trainingAssignments.lessonId)))
    .leftJoin(staff, and(eq(staff.orgId, trainingAssignments.orgId), eq(staff.id, trainingAssignments.staffId)))
    .where(
      and(
        eq(trainingAssignments.orgId, orgId),
        scoped(scope),
        q.staffId ? eq(trainingAssignments.staffId, q.staffId) : undefined,
        q.status ? eq(trainingAssignments.status, q.status) : undefined,
        q.auditId ? eq(trainingAssignments.auditId, q.auditId) : undefined,
        idCursorCondition(trainingAssignments.id, q.cursor),
      ),
    )
    .orderBy(desc(trainingAssignments.id))
    .limit(q.limit + 1);
}

export async function getAssignment(db: Db, orgId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(trainingAssignments)
    .where(and(eq(trainingAssignments.orgId, orgId), eq(trainingAssignments.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function assignmentView(db: Db, orgId: string, ids: string[]) {
  return db
    .select(assignmentColumns)
    .from(trainingAssignments)
    .innerJoin(lessons, and(eq(lessons.orgId, trainingAssignments.orgId), eq(lessons.id, trainingAssignments.lessonId)))
    .leftJoin(staff, and(eq(staff.orgId, trainingAssignments.orgId), eq(staff.id, trainingAssignments.staffId)))
    .where(and(eq(trainingAssignments.orgId, orgId), inArray(trainingAssignments.id, ids)))
    .orderBy(desc(trainingAssignments.id));
}

export async function insertAssignments(db: Db, rows: (typeof trainingAssignments.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(trainingAssignments).values(rows).returning({ id: trainingAssignments.id });
}

export async function updateAssignment(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof trainingAssignments.$inferInsert>,
) {
  await db
    .update(trainingAssignments)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(trainingAssignments.orgId, orgId), eq(trainingAssignments.id, id)));
}

export async function insertAttempt(db: Db, values: typeof trainingAttempts.$inferInsert) {
  await db.insert(trainingAttempts).values(values);
}

/** Locks the audit row the assignment came from, so concurrent passes decide the re-audit one at a time. */
export async function lockAudit(db: Db, orgId: string, auditId: string) {
  await db.execute(sql`select 1 from audits where org_id = ${orgId} and id = ${auditId} for update`);
}

export async function staffLocations(db: Db, orgId: string, ids: string[]) {
  return db
    .select({ id: staff.id, locationIds: staff.locationIds })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), inArray(staff.id, ids)));
}

/** Training figures per staff member or location, counted from the assignments themselves. */
/** A lesson not assigned by a mystery visit (one by hand, or from a manager's or self audit). */
const notFromMystery = sql`not exists (select 1 from ${audits} where ${audits.orgId} = ${trainingAssignments.orgId}
  and ${audits.id} = ${trainingAssignments.auditId} and ${audits.kind} = 'mystery')`;

/**
 * Per staff member, lessons a mystery visit assigned are left out: the visit measures the process, and
 * a person's count would show whom the shopper met. Per location they count.
 */
export async function figures(db: Db, orgId: string, scope: AssignmentScope, by: 'staff' | 'location', now: Date) {
  const key = by === 'staff' ? trainingAssignments.staffId : trainingAssignments.locationId;
  return db
    .select({
      key: sql<string>`${key}::text`,
      assigned: sql<number>`count(*)::int`,
      completed: sql<number>`(count(*) filter (where ${trainingAssignments.status} = 'passed'))::int`,
      failed: sql<number>`(count(*) filter (where ${trainingAssignments.status} = 'failed'))::int`,
      overdue: sql<number>`(count(*) filter (where ${trainingAssignments.status} = 'assigned' and ${trainingAssignments.dueAt} < ${now.toISOString()}::timestamptz))::int`,
    })
    .from(trainingAssignments)
    .where(
      and(
        eq(trainingAssignments.orgId, orgId),
        scoped(scope),
        sql`${key} is not null`,
        by === 'staff' ? notFromMystery : undefined,
      ),
    )
    .groupBy(key)
    .orderBy(key);
}
