import { and, eq, getTableColumns, ilike, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import type { SurveyListQuery } from './surveys.contract.ts';
import { surveys } from './surveys.schema.ts';

const { orgId: _org, ...columns } = getTableColumns(surveys);
export type SurveyRow = Omit<typeof surveys.$inferSelect, 'orgId'>;
export type NewSurvey = typeof surveys.$inferInsert;
export type SurveyRecord = typeof surveys.$inferSelect;

export async function list(db: Db, orgId: string, q: SurveyListQuery) {
  const where: (SQL | undefined)[] = [eq(surveys.orgId, orgId), idCursorCondition(surveys.id, q.cursor)];
  if (q.status) where.push(eq(surveys.status, q.status));
  if (q.q) where.push(ilike(surveys.name, `%${q.q}%`));
  return db
    .select(columns)
    .from(surveys)
    .where(and(...where))
    .orderBy(...newestFirst(surveys.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)));
  return row;
}

export async function getAnyOrg(db: Db, id: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row;
}

export async function insert(db: Db, values: NewSurvey) {
  const [row] = await db.insert(surveys).values(values).returning(columns);
  return row!;
}

export async function update(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof surveys.$inferInsert>,
  bumpVersion: boolean,
) {
  const [row] = await db
    .update(surveys)
    .set({ ...values, updatedAt: new Date(), ...(bumpVersion ? { version: sql`${surveys.version} + 1` } : {}) })
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)))
    .returning(columns);
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)))
    .returning({ id: surveys.id });
  return rows.length > 0;
}

/** Active surveys that trigger on this touchpoint (or on any, when they name none). */
export async function triggeredBy(db: Db, orgId: string, touchpointId: string | null, locationId: string | null) {
  return db
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.orgId, orgId),
        eq(surveys.status, 'active'),
        touchpointId ? sql`${touchpointId}::uuid = any(${surveys.touchpointIds})` : sql`false`,
        locationId
          ? sql`(${surveys.locationId} is null or ${surveys.locationId} = ${locationId}::uuid)`
          : sql`${surveys.locationId} is null`,
      ),
    );
}
