import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { auditSchedules, checklistItems, checklists, standards, staffNotices } from './standards.schema.ts';

export type StandardRow = typeof standards.$inferSelect;
export type ChecklistRow = typeof checklists.$inferSelect;
export type ItemRow = typeof checklistItems.$inferSelect;
export type ScheduleRow = typeof auditSchedules.$inferSelect;

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Which of these ids are rows of the organisation in the named table (for 400s with fields, not FK 409s). */
export async function existing(
  db: Db,
  orgId: string,
  table: 'locations' | 'touchpoints' | 'staff' | 'standards' | 'checklists' | 'lessons',
  ids: string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { rows } = await db.execute<{ id: string }>(
    sql`select id::text as id from ${sql.identifier(table)} where org_id = ${orgId} and id = any(${uuidArray(ids)})`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Names of the organisation's staff members or locations, by id. */
export async function names(db: Db, orgId: string, table: 'staff' | 'locations', ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const { rows } = await db.execute<{ id: string; name: string }>(
    sql`select id::text as id, name from ${sql.identifier(table)} where org_id = ${orgId} and id = any(${uuidArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listStandards(
  db: Db,
  orgId: string,
  q: { cursor?: string; limit: number; touchpointId?: string; includeArchived: boolean },
) {
  return db
    .select()
    .from(standards)
    .where(
      and(
        eq(standards.orgId, orgId),
        q.touchpointId ? eq(standards.touchpointId, q.touchpointId) : undefined,
        q.includeArchived ? undefined : eq(standards.active, true),
        idCursorCondition(standards.id, q.cursor),
      ),
    )
    .orderBy(desc(standards.id))
    .limit(q.limit + 1);
}

export async function getStandard(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(standards)
    .where(and(eq(standards.orgId, orgId), eq(standards.id, id)));
  return row;
}

export async function insertStandard(db: Db, values: typeof standards.$inferInsert) {
  const [row] = await db.insert(standards).values(values).returning();
  return row!;
}

/** A change of wording moves the version, so answers given against the old text stay recognisable. */
export async function updateStandard(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof standards.$inferInsert>,
  newWording: boolean,
) {
  const [row] = await db
    .update(standards)
    .set({ ...values, ...(newWording ? { version: sql`${standards.version} + 1` } : {}), updatedAt: new Date() })
    .where(and(eq(standards.orgId, orgId), eq(standards.id, id)))
    .returning();
  return row;
}

export async function listChecklists(
  db: Db,
  orgId: string,
  q: { cursor?: string; limit: number; includeArchived: boolean },
) {
  return db
    .select()
    .from(checklists)
    .where(
      and(
        eq(checklists.orgId, orgId),
        q.includeArchived ? undefined : eq(checklists.active, true),
        idCursorCondition(checklists.id, q.cursor),
      ),
    )
    .orderBy(desc(checklists.id))
    .limit(q.limit + 1);
}

export async function getChecklist(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(checklists)
    .where(and(eq(checklists.orgId, orgId), eq(checklists.id, id)));
  return row;
}

export async function itemsOf(db: Db, orgId: string, checklistIds: string[], withArchived = false) {
  if (!checklistIds.length) return [];
  return db
    .select()
    .from(checklistItems)
    .where(
      and(
        eq(checklistItems.orgId, orgId),
        inArray(checklistItems.checklistId, checklistIds),
        withArchived ? undefined : eq(checklistItems.archived, false),
      ),
    )
    .orderBy(asc(checklistItems.position), asc(checklistItems.id));
}

export async function insertChecklist(db: Db, values: typeof checklists.$inferInsert) {
  const [row] = await db.insert(checklists).values(values).returning();
  return row!;
}

export async function updateChecklist(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof checklists.$inferInsert>,
) {
  const [row] = await db
    .update(checklists)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(checklists.orgId, orgId), eq(checklists.id, id)))
    .returning();
  return row;
}

/** Keeps the items sent (by id), adds the new ones and archives the rest, in the order given. */
export async function replaceItems(
  db: Db,
  orgId: string,
  checklistId: string,
  items: (Omit<typeof checklistItems.$inferInsert, 'orgId' | 'checklistId' | 'position'> & { id?: string })[],
) {
  const keep = items.map((i) => i.id).filter((id): id is string => !!id);
  await db
    .update(checklistItems)
    .set({ archived: true })
    .where(
      and(
        eq(checklistItems.orgId, orgId),
        eq(checklistItems.checklistId, checklistId),
        keep.length ? sql`${checklistItems.id} <> all(${uuidArray(keep)})` : undefined,
      ),
    );
  for (const [position, item] of items.entries()) {
    const values = { ...item, orgId, checklistId, position, archived: false };
    if (item.id) {
      const updated = await db
        .update(checklistItems)
        .set(values)
        .where(
          and(
            eq(checklistItems.orgId, orgId),
            eq(checklistItems.checklistId, checklistId),
            eq(checklistItems.id, item.id),
          ),
        )
        .returning({ id: checklistItems.id });
      if (updated.length) continue;
    }
    await db.insert(checklistItems).values({ ...values, id: undefined });
  }
}

export async function listSchedules(
  db: Db,
  orgId: string,
  q: { cursor?: string; limit: number },
  scope: string[] | null,
) {
  return db
    .select()
    .from(auditSchedules)
    .where(
      and(
        eq(auditSchedules.orgId, orgId),
        scope ? inArray(auditSchedules.locationId, scope.length ? scope : [orgId]) : undefined,
        idCursorCondition(auditSchedules.id, q.cursor),
      ),
    )
    .orderBy(desc(auditSchedules.id))
    .limit(q.limit + 1);
}

export async function getSchedule(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(auditSchedules)
    .where(and(eq(auditSchedules.orgId, orgId), eq(auditSchedules.id, id)));
  return row;
}

export async function insertSchedule(db: Db, values: typeof auditSchedules.$inferInsert) {
  const [row] = await db.insert(auditSchedules).values(values).returning();
  return row!;
}

export async function updateSchedule(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof auditSchedules.$inferInsert>,
) {
  const [row] = await db
    .update(auditSchedules)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(auditSchedules.orgId, orgId), eq(auditSchedules.id, id)))
    .returning();
  return row;
}

export async function deleteSchedule(db: Db, orgId: string, id: string) {
  const rows = await db
    .delete(auditSchedules)
    .where(and(eq(auditSchedules.orgId, orgId), eq(auditSchedules.id, id)))
    .returning({ id: auditSchedules.id });
  return rows.length > 0;
}

export async function latestNotice(db: Db, orgId: string) {
  const [row] = await db
    .select()
    .from(staffNotices)
    .where(eq(staffNotices.orgId, orgId))
    .orderBy(desc(staffNotices.version))
    .limit(1);
  return row;
}

export async function listNotices(db: Db, orgId: string) {
  return db.select().from(staffNotices).where(eq(staffNotices.orgId, orgId)).orderBy(desc(staffNotices.version));
}

/** The next version number is taken in the insert itself; two publishers racing get a unique violation, not a duplicate. */
export async function publishNotice(db: Db, orgId: string, body: Record<string, string>) {
  const [row] = await db
    .insert(staffNotices)
    .values({
      orgId,
      body,
      version: sql`(select coalesce(max(version), 0) + 1 from ${staffNotices} where org_id = ${orgId})`,
    })
    .returning();
  return row!;
}
