import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { orgs } from './orgs.schema.ts';

export async function count(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(orgs);
  return row?.n ?? 0;
}

export async function get(db: Db, id: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row;
}

export async function insert(db: Db, values: typeof orgs.$inferInsert) {
  const [row] = await db.insert(orgs).values(values).returning();
  return row!;
}

export async function update(db: Db, id: string, values: Partial<typeof orgs.$inferInsert>) {
  const [row] = await db.update(orgs).set(values).where(eq(orgs.id, id)).returning();
  return row;
}

export async function timeZone(db: Db, orgId: string): Promise<string> {
  const [row] = await db.select({ tz: orgs.timeZone }).from(orgs).where(eq(orgs.id, orgId));
  return row?.tz ?? 'UTC';
}

/** The organisation's own public URL, for links made by background jobs (no request to take one from). */
export async function publicUrl(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ publicUrl: orgs.publicUrl }).from(orgs).where(eq(orgs.id, id));
  return row?.publicUrl ?? null;
}
