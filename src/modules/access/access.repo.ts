import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Hits, HitStore } from '../../platform/auth/rate-limit.ts';
import type { Db } from '../../platform/db/database.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { apiKeys, loginThrottle, sessions } from './access.schema.ts';

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

/** Rows untouched this long are past every sign-in window and are deleted now and then. */
const THROTTLE_KEEP_MS = 2 * 3600_000;

/**
 * Sign-in failure counters in PostgreSQL: each update locks its row, so failures counted by
 * different processes at the same moment all count.
 */
export function loginThrottleStore(db: Db): HitStore {
  const toHits = (r: { failures: number; until: Date; lastAt: Date }): Hits => ({
    failures: r.failures,
    until: r.until.getTime(),
    lastAt: r.lastAt.getTime(),
  });
  return {
    read: async (key) => {
      const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
      return row && toHits(row);
    },
    update: (key, next) =>
      db.transaction(async (tx) => {
        const epoch = new Date(0);
        await tx.insert(loginThrottle).values({ key, failures: 0, until: epoch, lastAt: epoch }).onConflictDoNothing();
        const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
        const hits = next(row && row.failures > 0 ? toHits(row) : undefined);
        await tx
          .update(loginThrottle)
          .set({ failures: hits.failures, until: new Date(hits.until), lastAt: new Date(hits.lastAt) })
          .where(eq(loginThrottle.key, key));
        if (Math.random() < 0.01)
          await tx.delete(loginThrottle).where(lt(loginThrottle.lastAt, new Date(Date.now() - THROTTLE_KEEP_MS)));
      }),
    remove: async (key) => {
      await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
    },
  };
}
