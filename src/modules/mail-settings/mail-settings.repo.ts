import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { orgMailSettings } from './mail-settings.schema.ts';

export async function get(db: Db, orgId: string) {
  const [row] = await db.select().from(orgMailSettings).where(eq(orgMailSettings.orgId, orgId));
  return row;
}

export async function upsert(db: Db, row: typeof orgMailSettings.$inferInsert): Promise<void> {
  await db
    .insert(orgMailSettings)
    .values(row)
    .onConflictDoUpdate({ target: orgMailSettings.orgId, set: { ...row, updatedAt: new Date() } });
}

export async function remove(db: Db, orgId: string): Promise<void> {
  await db.delete(orgMailSettings).where(eq(orgMailSettings.orgId, orgId));
}
