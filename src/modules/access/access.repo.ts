import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { apiKeys, sessions } from './access.schema.ts';

export async function findApiKey(db: Db, keyHash: string) {
  const rows = await db
    .select({
      id: apiKeys.id,
      orgId: apiKeys.orgId,
      role: apiKeys.role,
      staffId: apiKeys.staffId,
      lastUsedAt: apiKeys.lastUsedAt,
      locationIds: staff.locationIds,
      staffActive: staff.active,
      publicUrl: orgs.publicUrl,
    })
    .from(apiKeys)
    .innerJoin(orgs, eq(orgs.id, apiKeys.orgId))
    .leftJoin(staff, eq(staff.id, apiKeys.staffId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function touchApiKey(db: Db, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(apiKeys.id, id));
}

export async function findSession(db: Db, tokenHash: string) {
  const rows = await db
    .select({
      orgId: sessions.orgId,
      staffId: sessions.staffId,
      csrfToken: sessions.csrfToken,
      role: staff.role,
      locationIds: staff.locationIds,
      language: staff.language,
      publicUrl: orgs.publicUrl,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .innerJoin(orgs, eq(orgs.id, sessions.orgId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(staff.active, true)))
    .limit(1);
  return rows[0];
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Sign-in candidates: every active staff row with this email that has a password. */
export async function findLoginCandidates(db: Db, email: string) {
  return db
    .select({ id: staff.id, orgId: staff.orgId, passwordHash: staff.passwordHash })
    .from(staff)
    .where(
      and(sql`lower(${staff.email}) = lower(${email})`, eq(staff.active, true), sql`${staff.passwordHash} is not null`),
    )
    .orderBy(sql`${staff.createdAt} desc`);
}

export async function insertApiKey(db: Db, row: typeof apiKeys.$inferInsert) {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

export async function listApiKeys(db: Db, orgId: string) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      role: apiKeys.role,
      staffId: apiKeys.staffId,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(sql`${apiKeys.id} desc`);
}

export async function revokeApiKey(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
