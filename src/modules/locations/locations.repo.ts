import { and, eq, getTableColumns, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { insertOrFindByExternalId } from '../../platform/db/external-id.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import { locations } from './locations.schema.ts';
import type { LocationCreate, LocationListQuery, LocationUpdate } from './locations.contract.ts';

export type LocationRow = typeof locations.$inferSelect;
const { orgId: _org, ...publicColumns } = getTableColumns(locations);

export async function list(db: Db, orgId: string, scope: string[] | null, q: LocationListQuery) {
  const where: (SQL | undefined)[] = [eq(locations.orgId, orgId), idCursorCondition(locations.id, q.cursor)];
  if (scope) where.push(inArray(locations.id, scope.length ? scope : ['00000000-0000-0000-0000-000000000000']));
  if (q.q) where.push(or(ilike(locations.name, `%${q.q}%`), ilike(locations.city, `%${q.q}%`)));
  return db
    .select(publicColumns)
    .from(locations)
    .where(and(...where))
    .orderBy(...newestFirst(locations.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)));
  return row;
}

export const insert = (db: Db, orgId: string, input: LocationCreate) =>
  insertOrFindByExternalId(db, locations, publicColumns, { ...input, orgId });

export async function update(db: Db, orgId: string, id: string, input: LocationUpdate) {
  const [row] = await db
    .update(locations)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)))
    .returning(publicColumns);
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)))
    .returning({ id: locations.id });
  return rows.length > 0;
}
