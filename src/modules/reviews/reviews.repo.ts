import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  ne,
  sql,
  type Column,
} from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition, timeCursorCondition } from '../../platform/db/keyset.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import {
  reviewInsiders,
  reviewReplies,
  reviewRequests,
  reviews,
  reviewSettings,
  reviewSources,
  type ReviewRequestStatus,
} from './reviews.schema.ts';

export type SourceRow = typeof reviewSources.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export type SettingsRow = typeof reviewSettings.$inferSelect;
/** A manager's or staff member's locations; null = the whole organisation. */
const inScope = (col: Column, scope: string[] | null) =>
  scope === null ? undefined : scope.length ? inArray(col, scope) : sql`false`;

export async function listSources(
  db: Db,
  orgId: string,
  scope: string[] | null,
  q: { cursor?: string; limit: number; locationId?: string },
) {
  return db
    .select()
    .from(reviewSources)
    .where(
      and(
        eq(reviewSources.orgId, orgId),
        inScope(reviewSources.locationId, scope),
        q.locationId ? eq(reviewSources.locationId, q.locationId) : undefined,
        idCursorCondition(reviewSources.id, q.cursor),
      ),
    )
    .orderBy(desc(reviewSources.id))
    .limit(q.limit + 1);
}

export async function getSource(db: Db, orgId: string, id: string): Promise<SourceRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewSources)
    .where(and(eq(reviewSources.orgId, orgId), eq(reviewSources.id, id)));
  return row;
}

export async function insertSource(db: Db, values: typeof reviewSources.$inferInsert) {
  const [row] = await db.insert(reviewSources).values(values).returning();
  return row!;
}

export async function updateSource(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof reviewSources.$inferInsert>,
) {
  const [row] = await db
    .update(reviewSources)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(reviewSources.orgId, orgId), eq(reviewSources.id, id)))
    .returning();
  return row;
}

/**
 * Connected Google sources whose next read is due (never read first), each leased for ten minutes
 * by moving its next read on; SKIP LOCKED keeps a second server off the same rows.
 */
export async function leaseDueGoogleSources(db: Db, now: Date, limit: number): Promise<SourceRow[]> {
  const lease = new Date(now.getTime() + 10 * 60_000);
  const rows = await db.execute(sql`
    update review_sources s set next_sync_at = ${lease}
     where s.id in (
       select d.id from review_sources d
         join review_settings c on c.org_id = d.org_id
        where d.platform = 'google' and d.external_ref is not null
          and c.google_base_url is not null and c.google_access_token is not null
          and (d.next_sync_at is null or d.next_sync_at <= ${now})
        order by d.next_sync_at nulls first, d.id
        limit ${limit}
          for update of d skip locked)
    returning s.id, s.org_id`);
  const ids = (rows.rows as { id: string }[]).map((r) => r.id);
  if (!ids.length) return [];
  return db.select().from(reviewSources).where(inArray(reviewSources.id, ids));
}

/** Reviews and requests keep their history when a source goes: they just no longer point at it. */
export async function removeSource(db: Db, orgId: string, id: string): Promise<boolean> {
  await db
    .update(reviews)
    .set({ sourceId: null })
    .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, id)));
  await db
    .update(reviewRequests)
    .set({ sourceId: null })
    .where(and(eq(reviewRequests.orgId, orgId), eq(reviewRequests.sourceId, id)));
  const rows = await db
    .delete(reviewSources)
    .where(and(eq(reviewSources.orgId, orgId), eq(reviewSources.id, id)))
    .returning({ id: reviewSources.id });
  return rows.length > 0;
}

/** A location's sources with how many reviews each got since `since` (for the rotation). */
export async function sourcesWithRecentCounts(db: Db, orgId: string, locationId: string, since: Date) {
  return db
    .select({
      id: reviewSources.id,
      platform: reviewSources.platform,
      url: reviewSources.url,
      recentReviews: sql<number>`(select count(*)::int from ${reviews} r where r.org_id = ${reviewSources.orgId} and r.source_id = ${reviewSources.id} and r.reviewed_at >= ${since})`,
    })
    .from(reviewSources)
    .where(and(eq(reviewSources.orgId, orgId), eq(reviewSources.locationId, locationId)));
}

export async function listRequests(
  db: Db,
  orgId: string,
  scope: string[] | null,
  q: { cursor?: string; limit: number; status?: ReviewRequestStatus; locationId?: string; customerId?: string },
) {
  const { tokenHash: _t, orgId: _o, ...cols } = getTableColumns(reviewRequests);
  return db
    .select(cols)
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.orgId, orgId),
        inScope(reviewRequests.locationId, scope),
        q.status ? eq(reviewRequests.status, q.status) : undefined,
        q.locationId ? eq(reviewRequests.locationId, q.locationId) : undefined,
        q.customerId ? eq(reviewRequests.customerId, q.customerId) : undefined,
        idCursorCondition(reviewRequests.id, q.cursor),
      ),
    )
    .orderBy(desc(reviewRequests.id))
    .limit(q.limit + 1);
}

export async function listReviews(
  db: Db,
  orgId: string,
  scope: string[] | null,
  q: {
    cursor?: string;
    limit: number;
    locationId?: string;
    sourceId?: string;
    platform?: string;
    unanswered?: boolean;
    minRating?: number;
    maxRating?: number;
    drafted?: boolean;
  },
) {
  return db
    .select({ review: reviews, url: reviewSources.url })
    .from(reviews)
    .leftJoin(reviewSources, and(eq(reviewSources.orgId, reviews.orgId), eq(reviewSources.id, reviews.sourceId)))
    .where(
      and(
        eq(reviews.orgId, orgId),
        inScope(reviews.locationId, scope),
        q.locationId ? eq(reviews.locationId, q.locationId) : undefined,
        q.sourceId ? eq(reviews.sourceId, q.sourceId) : undefined,
        q.platform ? eq(reviews.platform, q.platform as ReviewRow['platform']) : undefined,
        q.unanswered === undefined
          ? undefined
          : q.unanswered
            ? isNull(reviews.repliedAt)
            : sql`${reviews.repliedAt} is not null`,
        q.minRating ? sql`${reviews.rating} >= ${q.minRating}` : undefined,
        q.maxRating ? sql`${reviews.rating} <= ${q.maxRating}` : undefined,
        q.drafted === undefined ? undefined : q.drafted ? isNotNull(reviews.draftText) : isNull(reviews.draftText),
        timeCursorCondition(reviews.reviewedAt, reviews.id, q.cursor),
      ),
    )
    .orderBy(desc(reviews.reviewedAt), desc(reviews.id))
    .limit(q.limit + 1);
}

export async function getReview(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ review: reviews, url: reviewSources.url, externalRef: reviewSources.externalRef })
    .from(reviews)
    .leftJoin(reviewSources, and(eq(reviewSources.orgId, reviews.orgId), eq(reviewSources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, id)));
  return row;
}

/** New reviews only: a row whose (platform, externalId) exists is left as it is. */
export async function insertReviews(db: Db, values: (typeof reviews.$inferInsert)[]) {
  if (!values.length) return [];
  return db.insert(reviews).values(values).onConflictDoNothing().returning();
}

export async function updateReview(db: Db, orgId: string, id: string, values: Partial<typeof reviews.$inferInsert>) {
  const [row] = await db
    .update(reviews)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, id)))
    .returning();
  return row;
}

export async function addReply(db: Db, values: typeof reviewReplies.$inferInsert) {
  const [row] = await db.insert(reviewReplies).values(values).returning();
  return row!;
}

/** The reply log of one review, newest first, with who wrote each entry. */
export async function listReplies(db: Db, orgId: string, reviewId: string) {
  return db
    .select({
      id: reviewReplies.id,
      kind: reviewReplies.kind,
      text: reviewReplies.text,
      authorId: reviewReplies.authorId,
      authorName: staff.name,
      response: reviewReplies.response,
      createdAt: reviewReplies.createdAt,
    })
    .from(reviewReplies)
    .leftJoin(staff, and(eq(staff.orgId, reviewReplies.orgId), eq(staff.id, reviewReplies.authorId)))
    .where(and(eq(reviewReplies.orgId, orgId), eq(reviewReplies.reviewId, reviewId)))
    .orderBy(desc(reviewReplies.createdAt), desc(reviewReplies.id))
    .limit(200);
}

/** Visits with a customer between `from` and `to`, at one location (or anywhere), for matching a review. */
export async function visitsAround(db: Db, orgId: string, locationId: string | null, from: Date, to: Date) {
  return db
    .select({
      interactionId: interactions.id,
      customerId: sql<string>`${interactions.customerId}`,
      customerName: customers.name,
      occurredAt: interactions.occurredAt,
      locationId: interactions.locationId,
    })
    .from(interactions)
    .innerJoin(customers, and(eq(customers.orgId, interactions.orgId), eq(customers.id, interactions.customerId)))
    .where(
      and(
        eq(interactions.orgId, orgId),
        locationId ? eq(interactions.locationId, locationId) : undefined,
        sql`${interactions.occurredAt} between ${from} and ${to}`,
      ),
    )
    .orderBy(desc(interactions.occurredAt))
    .limit(2000);
}

export async function getSettings(db: Db, orgId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(reviewSettings).where(eq(reviewSettings.orgId, orgId));
  return row;
}

export async function upsertSettings(db: Db, orgId: string, values: Partial<typeof reviewSettings.$inferInsert>) {
  const [row] = await db
    .insert(reviewSettings)
    .values({ ...values, orgId })
    .onConflictDoUpdate({ target: reviewSettings.orgId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row!;
}

export async function setInsider(db: Db, orgId: string, customerId: string, insider: boolean) {
  if (insider) await db.insert(reviewInsiders).values({ orgId, customerId }).onConflictDoNothing();
  else
    await db
      .delete(reviewInsiders)
      .where(and(eq(reviewInsiders.orgId, orgId), eq(reviewInsiders.customerId, customerId)));
}

export async function customerExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  return (row?.n ?? 0) > 0;
}

/** The request-trigger's view of a customer: contact, consent, language, insider. Nothing they answered. */
export async function requestExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.orgId, orgId), eq(reviewRequests.id, id)));
  return !!row;
}

export async function requestCandidates(db: Db, orgId: string, ids: string[]) {
  return db
    .select({
      id: customers.id,
      name: customers.name,
      email: customers.email,
      consentEmail: customers.consentEmail,
      language: customers.language,
      insider: sql<boolean>`exists (select 1 from ${reviewInsiders} i where i.org_id = ${customers.orgId} and i.customer_id = ${customers.id})`,
    })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, ids)));
}

/** When this customer was asked before (requests that went or will go out). */
export async function previousRequestTimes(db: Db, orgId: string, customerId: string): Promise<Date[]> {
  const rows = await db
    .select({ at: reviewRequests.scheduledFor })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.orgId, orgId),
        eq(reviewRequests.customerId, customerId),
        ne(reviewRequests.status, 'skipped'),
      ),
    )
    .orderBy(asc(reviewRequests.scheduledFor));
  return rows.map((r) => r.at);
}

export async function insertRequest(db: Db, values: typeof reviewRequests.$inferInsert) {
  const [row] = await db.insert(reviewRequests).values(values).onConflictDoNothing().returning();
  return row;
}

export async function requestByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ request: reviewRequests, url: reviewSources.url })
    .from(reviewRequests)
    .leftJoin(
      reviewSources,
      and(eq(reviewSources.orgId, reviewRequests.orgId), eq(reviewSources.id, reviewRequests.sourceId)),
    )
    .where(eq(reviewRequests.tokenHash, tokenHash));
  return row;
}

export async function markClicked(db: Db, orgId: string, id: string, at: Date) {
  await db
    .update(reviewRequests)
    .set({ status: 'clicked', clickedAt: at })
    .where(and(eq(reviewRequests.orgId, orgId), eq(reviewRequests.id, id), isNull(reviewRequests.clickedAt)));
}

/** The interactions of a batch that can ask for a review (they have a customer), oldest first. */
export async function requestInteractions(db: Db, orgId: string, ids: string[]) {
  return db
    .select({
      id: interactions.id,
      customerId: interactions.customerId,
      locationId: interactions.locationId,
      occurredAt: interactions.occurredAt,
    })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), inArray(interactions.id, ids), isNotNull(interactions.customerId)))
    .orderBy(asc(interactions.occurredAt), asc(interactions.id));
}

export async function locationExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)));
  return !!row;
}

export const locationNames = (db: Db, orgId: string) =>
  db.select({ id: locations.id, name: locations.name }).from(locations).where(eq(locations.orgId, orgId));

export async function interactionCustomer(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ customerId: interactions.customerId })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.id, id)));
  return row;
}

/** Public reviews with text per matched customer: a lead-user signal. */
export async function reviewsWithTextByCustomer(db: Db, orgId: string): Promise<Map<string, number>> {
  const { rows } = await db.execute<{ customer_id: string; n: number }>(sql`
    select customer_id, count(*)::int as n from reviews
     where org_id = ${orgId} and customer_id is not null and length(trim(coalesce(text, ''))) > 0
     group by customer_id`);
  return new Map(rows.map((r) => [r.customer_id, r.n]));
}
