import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';

type TenantTable = PgTable & { orgId: PgColumn; externalId: PgColumn };

/**
 * Inserts a row, or returns the row that already carries the same `external_id` in the
 * organisation: a repeated create or import is answered, never doubled.
 */
export async function insertOrFindByExternalId<T extends TenantTable, C extends Record<string, PgColumn>>(
  db: Db,
  table: T,
  columns: C,
  values: T['$inferInsert'] & { orgId: string; externalId?: string | null },
): Promise<{
  row: { [K in keyof C]: C[K]['_']['data'] | (C[K]['_']['notNull'] extends true ? never : null) };
  created: boolean;
}> {
  const inserted = (await db
    .insert(table)
    .values(values)
    .onConflictDoNothing({ target: [table.orgId, table.externalId], where: sql`${table.externalId} is not null` })
    .returning(columns)) as unknown[];
  if (inserted[0]) return { row: inserted[0] as never, created: true };
  const [existing] = (await db
    .select(columns)
    .from(table as PgTable)
    .where(and(eq(table.orgId, values.orgId), eq(table.externalId, values.externalId!)))) as unknown[];
  return { row: existing as never, created: false };
}
