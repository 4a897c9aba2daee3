import { and, eq, isNull, sql } from 'drizzle-orm';
import { newToken, sha256 } from '../../server/platform/auth/secrets.ts';
import type { Db } from '../../server/platform/db/database.ts';
import { invitations } from './invitations.schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;

/**
 * Creates a personal invitation and returns its token (only the hash is stored). An invitation for
 * the same interaction and survey already there is returned as `existing` with no token: the
 * trigger may run twice, the customer is invited once.
 */
export async function create(
  db: Db,
  v: { orgId: string; surveyId: string; customerId: string | null; interactionId: string | null; channel: InvitationRow['channel']; scheduledFor: Date; ttlDays: number },
): Promise<{ invitation: InvitationRow; token: string | null }> {
  const token = newToken();
  const expiresAt = new Date(v.scheduledFor.getTime() + v.ttlDays * 24 * 3600 * 1000);
  const [row] = await db
    .insert(invitations)
    .values({ ...v, tokenHash: sha256(token), expiresAt })
    .onConflictDoNothing({ target: [invitations.orgId, invitations.interactionId, invitations.surveyId] })
    .returning();
  if (row) return { invitation: row, token };
  const [existing] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, v.orgId), eq(invitations.interactionId, v.interactionId!), eq(invitations.surveyId, v.surveyId)));
  return { invitation: existing!, token: null };
}

export async function findByToken(db: Db, token: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, sha256(token)));
  return row;
}

export async function get(db: Db, orgId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)));
  return row;
}

/** First open only: later visits keep the first time. */
export async function markOpened(db: Db, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({ openedAt: sql`now()`, status: sql`case when ${invitations.status} in ('scheduled', 'sent') then 'opened'::invitation_status else ${invitations.status} end` })
    .where(and(eq(invitations.id, id), isNull(invitations.openedAt)));
}

export async function markAnswered(db: Db, id: string): Promise<void> {
  await db.update(invitations).set({ answeredAt: sql`now()`, status: 'answered' }).where(and(eq(invitations.id, id), isNull(invitations.answeredAt)));
}

export async function setStatus(db: Db, id: string, status: InvitationRow['status'], extra: { sentAt?: Date; error?: string | null } = {}): Promise<void> {
  await db.update(invitations).set({ status, ...extra }).where(eq(invitations.id, id));
}
