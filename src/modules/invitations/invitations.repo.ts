import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { INVITATION_STATUSES, invitations } from './invitations.schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatus = InvitationRow['status'];

/**
 * Creates a personal invitation and returns its token (only the hash is stored). An invitation for
 * the same interaction and survey already there is returned as `existing` with no token: the
 * trigger may run twice, the customer is invited once.
 */
export async function create(
  db: Db,
  v: {
    orgId: string;
    surveyId: string;
    customerId: string | null;
    interactionId: string | null;
    channel: InvitationRow['channel'];
    scheduledFor: Date;
    ttlDays: number;
    status?: InvitationStatus;
    /** Why an invitation was skipped. */
    error?: string | null;
    sentAt?: Date | null;
  },
): Promise<{ invitation: InvitationRow; token: string | null }> {
  const token = newToken();
  const expiresAt = new Date(v.scheduledFor.getTime() + v.ttlDays * 24 * 3600 * 1000);
  const { ttlDays: _ttl, ...values } = v;
  const [row] = await db
    .insert(invitations)
    .values({ ...values, tokenHash: sha256(token), expiresAt })
    .onConflictDoNothing({ target: [invitations.orgId, invitations.interactionId, invitations.surveyId] })
    .returning();
  if (row) return { invitation: row, token };
  const [existing] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, v.orgId),
        eq(invitations.interactionId, v.interactionId!),
        eq(invitations.surveyId, v.surveyId),
      ),
    );
  return { invitation: existing!, token: null };
}

export async function findByToken(db: Db, token: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)));
  return row;
}

export async function get(db: Db, orgId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)));
  return row;
}

/** First open only: later visits keep the first time. */
export async function markOpened(db: Db, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({
      openedAt: sql`now()`,
      status: sql`case when ${invitations.status} in ('scheduled', 'sent') then 'opened'::invitation_status else ${invitations.status} end`,
    })
    .where(and(eq(invitations.id, id), isNull(invitations.openedAt)));
}

export async function markAnswered(db: Db, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({ answeredAt: sql`now()`, status: 'answered' })
    .where(and(eq(invitations.id, id), isNull(invitations.answeredAt)));
}

export async function setStatus(
  db: Db,
  id: string,
  status: InvitationRow['status'],
  extra: { sentAt?: Date; error?: string | null } = {},
): Promise<void> {
  await db
    .update(invitations)
    .set({ status, ...extra })
    .where(eq(invitations.id, id));
}

/** The channel that carried it, when a refusal sent it down the order. */
export async function setChannel(db: Db, id: string, channel: InvitationRow['channel']): Promise<void> {
  await db.update(invitations).set({ channel }).where(eq(invitations.id, id));
}

export async function setReminded(db: Db, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({ remindedAt: sql`now()` })
    .where(eq(invitations.id, id));
}

/**
 * Takes the invitation for delivery inside the caller's transaction. A second worker holding the
 * same job (a duplicate enqueue, a retry racing a slow first try) gets nothing and sends nothing.
 */
export async function lockForDelivery(db: Db, orgId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)))
    .for('update', { skipLocked: true });
  return row;
}

/** Serialises the throttle check and insert per customer (across workers and processes) until the transaction ends. */
export async function lockCustomer(db: Db, orgId: string, customerId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invite:${orgId}:${customerId}`}, 0))`);
}

/** When the customer's invitations that count for the throttle are or were due, within a window. */
export async function dueTimesNear(db: Db, orgId: string, customerId: string, from: Date, to: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: invitations.scheduledFor })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.customerId, customerId),
        ne(invitations.status, 'skipped'),
        gt(invitations.scheduledFor, from),
        lt(invitations.scheduledFor, to),
      ),
    );
  return rows.map((r) => r.at);
}

/** An invitation past its expiry that nobody answered counts as expired, whether or not a job has said so yet. */
export const effectiveStatus = sql<InvitationStatus>`(case when ${invitations.status} in ('scheduled', 'sent', 'opened') and ${invitations.expiresAt} < now() then 'expired'::invitation_status else ${invitations.status} end)`;

/** A manager sees invitations at their locations: the interaction's, else the survey's; unknown location is organisation-wide. */
function scopeCondition(locationIds: string[] | null): SQL | undefined {
  if (locationIds === null) return undefined;
  const ids = locationIds.length
    ? sql.join(
        locationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )
    : sql`null::uuid`;
  return sql`(coalesce(${interactions.locationId}, ${surveys.locationId}) is null or coalesce(${interactions.locationId}, ${surveys.locationId}) in (${ids}))`;
}

const publicColumns = {
  id: invitations.id,
  surveyId: invitations.surveyId,
  customerId: invitations.customerId,
  interactionId: invitations.interactionId,
  channel: invitations.channel,
  status: effectiveStatus,
  scheduledFor: invitations.scheduledFor,
  sentAt: invitations.sentAt,
  openedAt: invitations.openedAt,
  answeredAt: invitations.answeredAt,
  remindedAt: invitations.remindedAt,
  expiresAt: invitations.expiresAt,
  error: invitations.error,
  createdAt: invitations.createdAt,
  locationId: sql<string | null>`coalesce(${interactions.locationId}, ${surveys.locationId})`,
};
export type InvitationView = Awaited<ReturnType<typeof list>>[number];

function scoped(db: Db) {
  return db
    .select(publicColumns)
    .from(invitations)
    .innerJoin(surveys, and(eq(surveys.orgId, invitations.orgId), eq(surveys.id, invitations.surveyId)))
    .leftJoin(
      interactions,
      and(eq(interactions.orgId, invitations.orgId), eq(interactions.id, invitations.interactionId)),
    );
}

export async function list(
  db: Db,
  orgId: string,
  locationIds: string[] | null,
  q: { surveyId?: string; customerId?: string; status?: InvitationStatus; cursor?: string; limit: number },
) {
  const where: (SQL | undefined)[] = [
    eq(invitations.orgId, orgId),
    scopeCondition(locationIds),
    idCursorCondition(invitations.id, q.cursor),
  ];
  if (q.surveyId) where.push(eq(invitations.surveyId, q.surveyId));
  if (q.customerId) where.push(eq(invitations.customerId, q.customerId));
  if (q.status) where.push(sql`${effectiveStatus} = ${q.status}::invitation_status`);
  return scoped(db)
    .where(and(...where))
    .orderBy(...newestFirst(invitations.id))
    .limit(q.limit + 1);
}

export async function getVisible(db: Db, orgId: string, locationIds: string[] | null, id: string) {
  const [row] = await scoped(db).where(
    and(eq(invitations.orgId, orgId), eq(invitations.id, id), scopeCondition(locationIds)),
  );
  return row;
}

export async function countsByStatus(db: Db, orgId: string, locationIds: string[] | null, surveyId: string) {
  const rows = await db
    .select({
      status: effectiveStatus,
      n: sql<number>`count(*)::int`,
      delivered: sql<number>`(count(*) filter (where ${invitations.sentAt} is not null))::int`,
    })
    .from(invitations)
    .innerJoin(surveys, and(eq(surveys.orgId, invitations.orgId), eq(surveys.id, invitations.surveyId)))
    .leftJoin(
      interactions,
      and(eq(interactions.orgId, invitations.orgId), eq(interactions.id, invitations.interactionId)),
    )
    .where(and(eq(invitations.orgId, orgId), eq(invitations.surveyId, surveyId), scopeCondition(locationIds)))
    .groupBy(effectiveStatus);
  const counts = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as Record<InvitationStatus, number>;
  let delivered = 0;
  for (const r of rows) {
    counts[r.status] = r.n;
    if (r.status !== 'bounced') delivered += r.delivered;
  }
  return { counts, delivered };
}

/** The interactions of a batch that can invite anyone: with a customer and a touchpoint, oldest first. */
export async function triggeringInteractions(db: Db, orgId: string, ids: string[]) {
  return db
    .select({
      id: interactions.id,
      customerId: interactions.customerId,
      touchpointId: interactions.touchpointId,
      locationId: interactions.locationId,
      occurredAt: interactions.occurredAt,
    })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        inArray(interactions.id, ids),
        isNotNull(interactions.customerId),
        isNotNull(interactions.touchpointId),
      ),
    )
    .orderBy(asc(interactions.occurredAt), asc(interactions.id));
}

export async function customersById(db: Db, orgId: string, ids: string[]) {
  const rows = await db
    .select({ id: customers.id, email: customers.email, consentEmail: customers.consentEmail })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function customer(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  return row;
}

/** Whether any active survey of the organisation triggers on a touchpoint. */
export async function anySurveyTriggers(db: Db, orgId: string): Promise<boolean> {
  const [any] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.status, 'active'), sql`cardinality(${surveys.touchpointIds}) > 0`))
    .limit(1);
  return !!any;
}
