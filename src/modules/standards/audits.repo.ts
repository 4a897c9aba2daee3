import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import {
  auditAnswers,
  auditCases,
  auditPhotos,
  audits,
  checklistItems,
  mysteryVisits,
  standards,
} from './standards.schema.ts';

export type AuditRow = typeof audits.$inferSelect;

/** The organisation's people as a mystery result may name them: by position or role. */
export async function people(db: Db, orgId: string) {
  return db
    .select({ name: staff.name, position: staff.position, role: staff.role })
    .from(staff)
    .where(eq(staff.orgId, orgId));
}
/** Which of these audits are mystery visits (whose results never name staff). */
export async function mysteryIds(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: audits.id })
    .from(audits)
    .where(and(eq(audits.orgId, orgId), inArray(audits.id, ids), eq(audits.kind, 'mystery')));
  return new Set(rows.map((r) => r.id));
}
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
      text: checklistItems.text,
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

/** The organisation's language, for texts written by the server (case titles). */
export async function orgLanguage(db: Db, orgId: string): Promise<string> {
  const [row] = await db.select({ lang: orgs.defaultLanguage }).from(orgs).where(eq(orgs.id, orgId));
  return row?.lang ?? 'en';
}

/** True only for the first caller: the (audit, item) case claim is taken at most once. */
export async function claimCase(db: Db, orgId: string, auditId: string, itemId: string): Promise<boolean> {
  const rows = await db
    .insert(auditCases)
    .values({ orgId, auditId, itemId })
    .onConflictDoNothing()
    .returning({ itemId: auditCases.itemId });
  return rows.length > 0;
}

export async function setClaimCase(db: Db, orgId: string, auditId: string, itemId: string, caseId: string) {
  await db
    .update(auditCases)
    .set({ caseId })
    .where(and(eq(auditCases.orgId, orgId), eq(auditCases.auditId, auditId), eq(auditCases.itemId, itemId)));
}

export async function casesOf(db: Db, orgId: string, auditId: string) {
  return db
    .select({ itemId: auditCases.itemId, caseId: auditCases.caseId })
    .from(auditCases)
    .where(and(eq(auditCases.orgId, orgId), eq(auditCases.auditId, auditId)));
}

const photoMeta = {
  id: auditPhotos.id,
  auditId: auditPhotos.auditId,
  itemId: auditPhotos.itemId,
  contentType: auditPhotos.contentType,
  size: auditPhotos.size,
  createdAt: auditPhotos.createdAt,
};

export async function photosOf(db: Db, orgId: string, auditId: string) {
  return db
    .select(photoMeta)
    .from(auditPhotos)
    .where(and(eq(auditPhotos.orgId, orgId), eq(auditPhotos.auditId, auditId)))
    .orderBy(auditPhotos.id);
}

/** Inserts the photo unless the item already has `max`: the count and the insert are one statement. */
export async function insertPhoto(db: Db, values: typeof auditPhotos.$inferInsert, max: number) {
  const { rows } = await db.execute<{ id: string }>(sql`
    insert into audit_photos (id, org_id, audit_id, item_id, content_type, size, bytes, created_by_id)
    select ${values.id}, ${values.orgId}, ${values.auditId}, ${values.itemId}, ${values.contentType}, ${values.size},
           ${values.bytes}, ${values.createdById ?? null}
     where (select count(*) from audit_photos
             where org_id = ${values.orgId} and audit_id = ${values.auditId} and item_id = ${values.itemId}) < ${max}
    returning id`);
  return rows[0]?.id ?? null;
}

export async function photoMetaById(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select(photoMeta)
    .from(auditPhotos)
    .where(and(eq(auditPhotos.orgId, orgId), eq(auditPhotos.id, id)));
  return row;
}

export async function photoBytes(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ bytes: auditPhotos.bytes, contentType: auditPhotos.contentType })
    .from(auditPhotos)
    .where(and(eq(auditPhotos.orgId, orgId), eq(auditPhotos.id, id)));
  return row;
}

export async function deletePhoto(db: Db, orgId: string, id: string) {
  await db.delete(auditPhotos).where(and(eq(auditPhotos.orgId, orgId), eq(auditPhotos.id, id)));
}
