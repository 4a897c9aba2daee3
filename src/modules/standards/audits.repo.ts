import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { auditAnswers, audits, checklistItems, mysteryVisits, standards } from './standards.schema.ts';

export type AuditRow = typeof audits.$inferSelect;
export type AnswerRow = typeof auditAnswers.$inferSelect;
/** Who may see which audits: everything, some locations, or a staff member's own. */
export type AuditScope = { all: true } | { locationIds: string[] } | { staffId: string };

const scopeCondition = (scope: AuditScope) =>
  'all' in scope
    ? undefined
    : 'locationIds' in scope
      ? scope.locationIds.length
        ? inArray(audits.locationId, scope.locationIds)
        : sql`false`
      : or(eq(audits.staffId, scope.staffId), eq(audits.createdById, scope.staffId));

export async function list(
  db: Db,
  orgId: string,
  scope: AuditScope,
  q: { cursor?: string; limit: number; locationId?: string; status?: AuditRow['status']; kind?: AuditRow['kind'] },
) {
  return db
    .select()
    .from(audits)
    .where(
      and(
        eq(audits.orgId, orgId),
        scopeCondition(scope),
        q.locationId ? eq(audits.locationId, q.locationId) : undefined,
        q.status ? eq(audits.status, q.status) : undefined,
        q.kind ? eq(audits.kind, q.kind) : undefined,
        idCursorCondition(audits.id, q.cursor),
      ),
    )
    .orderBy(desc(audits.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(audits)
    .where(and(eq(audits.orgId, orgId), eq(audits.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insert(db: Db, values: typeof audits.$inferInsert) {
  const [row] = await db.insert(audits).values(values).returning();
  return row!;
}

export async function answersOf(db: Db, orgId: string, auditId: string) {
  return db
    .select()
    .from(auditAnswers)
    .where(and(eq(auditAnswers.orgId, orgId), eq(auditAnswers.auditId, auditId)));
}

/** The checklist's items, with the version of each item's standard (kept on the answer). */
export async function itemsFor(db: Db, orgId: string, checklistId: string) {
  return db
    .select({
      id: checklistItems.id,
      kind: checklistItems.kind,
      weight: checklistItems.weight,
      critical: checklistItems.critical,
      naAllowed: checklistItems.naAllowed,
      archived: checklistItems.archived,
      standardId: checklistItems.standardId,
      standardVersion: standards.version,
    })
    .from(checklistItems)
    .leftJoin(standards, and(eq(standards.orgId, checklistItems.orgId), eq(standards.id, checklistItems.standardId)))
    .where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.checklistId, checklistId)));
}

/** One answer per (audit, item): a repeat of the same PUT leaves the same row. */
export async function upsertAnswer(db: Db, values: typeof auditAnswers.$inferInsert) {
  const { orgId: _o, auditId: _a, itemId: _i, ...changes } = values;
  const [row] = await db
    .insert(auditAnswers)
    .values(values)
    .onConflictDoUpdate({ target: [auditAnswers.auditId, auditAnswers.itemId], set: changes })
    .returning();
  return row!;
}

export async function update(db: Db, orgId: string, id: string, values: Partial<typeof audits.$inferInsert>) {
  const [row] = await db
    .update(audits)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(audits.orgId, orgId), eq(audits.id, id)))
    .returning();
  return row!;
}

/** Past and planned visits of this shopper (normalised) to this location, for the lockout. */
export async function shopperVisits(db: Db, orgId: string, shopperRef: string, locationId: string) {
  return db
    .select({
      shopperRef: mysteryVisits.shopperRef,
      locationId: audits.locationId,
      at: sql<Date>`coalesce(${audits.submittedAt}, ${mysteryVisits.validFrom})`.mapWith((v) => new Date(v)),
    })
    .from(mysteryVisits)
    .innerJoin(audits, and(eq(audits.orgId, mysteryVisits.orgId), eq(audits.id, mysteryVisits.auditId)))
    .where(
      and(eq(mysteryVisits.orgId, orgId), eq(mysteryVisits.shopperRef, shopperRef), eq(audits.locationId, locationId)),
    );
}

export async function insertVisit(db: Db, values: typeof mysteryVisits.$inferInsert) {
  await db.insert(mysteryVisits).values(values);
}

export async function visitByToken(db: Db, tokenHash: string) {
  const [row] = await db.select().from(mysteryVisits).where(eq(mysteryVisits.tokenHash, tokenHash));
  return row;
}
