import { and, eq, getTableColumns, ilike, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { insertOrFindByExternalId } from '../../platform/db/external-id.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import type { TouchpointCreate, TouchpointListQuery, TouchpointUpdate } from './touchpoints.contract.ts';
import { touchpoints } from './touchpoints.schema.ts';

const { orgId: _org, ...columns } = getTableColumns(touchpoints);

export async function list(db: Db, orgId: string, q: TouchpointListQuery) {
  const where: (SQL | undefined)[] = [eq(touchpoints.orgId, orgId), idCursorCondition(touchpoints.id, q.cursor)];
  if (q.q) where.push(ilike(touchpoints.name, `%${q.q}%`));
  if (q.kind) where.push(eq(touchpoints.kind, q.kind));
  if (q.stage) where.push(eq(touchpoints.stage, q.stage));
  if (q.channel) where.push(eq(touchpoints.channel, q.channel));
  if (q.active !== undefined) where.push(eq(touchpoints.active, q.active));
  return db
    .select(columns)
    .from(touchpoints)
    .where(and(...where))
    .orderBy(...newestFirst(touchpoints.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(touchpoints)
    .where(and(eq(touchpoints.orgId, orgId), eq(touchpoints.id, id)));
  return row;
}

export const insert = (db: Db, orgId: string, input: TouchpointCreate) =>
  insertOrFindByExternalId(db, touchpoints, columns, { ...input, orgId });

export async function update(db: Db, orgId: string, id: string, input: TouchpointUpdate) {
  const [row] = await db
    .update(touchpoints)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(touchpoints.orgId, orgId), eq(touchpoints.id, id)))
    .returning(columns);
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(touchpoints)
    .where(and(eq(touchpoints.orgId, orgId), eq(touchpoints.id, id)))
    .returning({ id: touchpoints.id });
  return rows.length > 0;
}
