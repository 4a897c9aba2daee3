import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { actionItems, selfAssessments } from './self-assessment.schema.ts';

export type AssessmentRow = typeof selfAssessments.$inferSelect;
export type ActionItemRow = typeof actionItems.$inferSelect;

export async function list(db: Db, orgId: string, q: { cursor?: string; limit: number }) {
  return db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.orgId, orgId), idCursorCondition(selfAssessments.id, q.cursor)))
    .orderBy(desc(selfAssessments.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insert(db: Db, values: typeof selfAssessments.$inferInsert) {
  const [row] = await db.insert(selfAssessments).values(values).returning();
  return row!;
}

export async function update(db: Db, orgId: string, id: string, values: Partial<typeof selfAssessments.$inferInsert>) {
  const [row] = await db
    .update(selfAssessments)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.id, id)))
    .returning();
  return row!;
}

export async function insertItems(db: Db, rows: (typeof actionItems.$inferInsert)[]) {
  if (rows.length) await db.insert(actionItems).values(rows);
}

export async function listItems(
  db: Db,
  orgId: string,
  q: { cursor?: string; limit: number; assessmentId?: string; status?: 'open' | 'done' },
) {
  return db
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.orgId, orgId),
        q.assessmentId ? eq(actionItems.assessmentId, q.assessmentId) : undefined,
        q.status ? eq(actionItems.status, q.status) : undefined,
        idCursorCondition(actionItems.id, q.cursor),
      ),
    )
    .orderBy(desc(actionItems.id))
    .limit(q.limit + 1);
}

export async function itemsOf(db: Db, orgId: string, assessmentId: string) {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.orgId, orgId), eq(actionItems.assessmentId, assessmentId)))
    .orderBy(asc(actionItems.dueAt), asc(actionItems.id));
}

export async function getItem(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.orgId, orgId), eq(actionItems.id, id)));
  return row;
}

export async function updateItem(db: Db, orgId: string, id: string, values: Partial<typeof actionItems.$inferInsert>) {
  const [row] = await db
    .update(actionItems)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(actionItems.orgId, orgId), eq(actionItems.id, id)))
    .returning();
  return row!;
}

/** What Zabota measures itself, shown beside the owner's claims. Each is a direct count of current rows. */
export async function evidence(db: Db, orgId: string) {
  const { rows } = await db.execute<{
    touchpoints: number;
    covered: number;
    cases: number;
    resolved: number;
    earned: number | null;
    possible: number | null;
  }>(sql`
    select (select count(*)::int from touchpoints where org_id = ${orgId} and active) as touchpoints,
           (select count(*)::int from touchpoints t where t.org_id = ${orgId} and t.active and exists (
              select 1 from surveys s where s.org_id = t.org_id and s.status = 'active'
                 and (t.id = any(s.touchpoint_ids) or cardinality(s.touchpoint_ids) = 0))) as covered,
           (select count(*)::int from cases where org_id = ${orgId} and opened_at > now() - interval '90 days') as cases,
           (select count(*)::int from cases where org_id = ${orgId} and opened_at > now() - interval '90 days'
               and status = 'resolved') as resolved,
           (select sum(x.weight * x.points) from audit_answers x join audits a on a.org_id = x.org_id and a.id = x.audit_id
             where x.org_id = ${orgId} and a.status = 'submitted' and a.submitted_at > now() - interval '90 days') as earned,
           (select sum(x.weight) filter (where x.points is not null) from audit_answers x
              join audits a on a.org_id = x.org_id and a.id = x.audit_id
             where x.org_id = ${orgId} and a.status = 'submitted' and a.submitted_at > now() - interval '90 days') as possible`);
  const r = rows[0]!;
  const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);
  return {
    surveyCoverage: pct(r.covered, r.touchpoints),
    recoveryRate: pct(r.resolved, r.cases),
    reviewReplyRate: null,
    enps: null,
    auditCompliance: r.possible ? pct(Number(r.earned), Number(r.possible)) : null,
  };
}
