import { bandSql } from '../../shared/metrics.ts';
import {
  and,
  arrayContains,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { timeCursorCondition } from '../../platform/db/keyset.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import type { ResponseListQuery } from './responses.contract.ts';
import { responseNotes, responses, type ResponseContact } from './responses.schema.ts';

const {
  orgId: _org,
  resumeTokenHash: _resume,
  casesCheckedAt: _cases,
  rolledUpAt: _rolled,
  ...columns
} = getTableColumns(responses);
export type ResponseInsert = typeof responses.$inferInsert;
export type ResponseRow = Omit<
  typeof responses.$inferSelect,
  'orgId' | 'resumeTokenHash' | 'casesCheckedAt' | 'rolledUpAt'
>;

/** A manager sees their locations' responses, a staff member those that name them. */
export type ResponseScope = { locationIds: string[] | null; staffId: string | null };
const NONE = '00000000-0000-0000-0000-000000000000';

function scopeConditions(scope: ResponseScope): (SQL | undefined)[] {
  return [
    scope.locationIds
      ? inArray(responses.locationId, scope.locationIds.length ? scope.locationIds : [NONE])
      : undefined,
    scope.staffId ? eq(responses.staffId, scope.staffId) : undefined,
  ];
}

const listColumns = {
  ...columns,
  // What text labelling read in the comment (exports carry it; the list's contract leaves it out).
  sentiment: responses.sentiment,
  textEmotion: responses.textEmotion,
  topics: responses.topics,
  surveyName: surveys.name,
  customerName: customers.name,
  touchpointName: touchpoints.name,
  locationName: locations.name,
  staffName: staff.name,
};

function joined(db: Db) {
  return db
    .select(listColumns)
    .from(responses)
    .leftJoin(surveys, and(eq(surveys.orgId, responses.orgId), eq(surveys.id, responses.surveyId)))
    .leftJoin(customers, and(eq(customers.orgId, responses.orgId), eq(customers.id, responses.customerId)))
    .leftJoin(touchpoints, and(eq(touchpoints.orgId, responses.orgId), eq(touchpoints.id, responses.touchpointId)))
    .leftJoin(locations, and(eq(locations.orgId, responses.orgId), eq(locations.id, responses.locationId)))
    .leftJoin(staff, and(eq(staff.orgId, responses.orgId), eq(staff.id, responses.staffId)));
}

export function filterConditions(
  orgId: string,
  scope: ResponseScope,
  q: Omit<ResponseListQuery, 'cursor' | 'limit'>,
): (SQL | undefined)[] {
  const band =
    q.band === 'promoter'
      ? sql.raw(bandSql.promoter('"responses"."nps"'))
      : q.band === 'passive'
        ? sql.raw(bandSql.passive('"responses"."nps"'))
        : q.band === 'detractor'
          ? sql.raw(bandSql.detractor('"responses"."nps"'))
          : undefined;
  return [
    eq(responses.orgId, orgId),
    ...scopeConditions(scope),
    q.surveyId ? eq(responses.surveyId, q.surveyId) : undefined,
    q.from ? gte(responses.submittedAt, new Date(q.from)) : undefined,
    q.to ? lt(responses.submittedAt, new Date(q.to)) : undefined,
    q.touchpointId ? eq(responses.touchpointId, q.touchpointId) : undefined,
    q.locationId ? eq(responses.locationId, q.locationId) : undefined,
    q.staffId ? eq(responses.staffId, q.staffId) : undefined,
    q.customerId ? eq(responses.customerId, q.customerId) : undefined,
    q.language ? eq(responses.language, q.language) : undefined,
    q.channel ? eq(responses.channel, q.channel) : undefined,
    q.status ? eq(responses.status, q.status) : undefined,
    q.tag ? arrayContains(responses.tags, [q.tag]) : undefined,
    q.hasComment === true
      ? isNotNull(responses.comment)
      : q.hasComment === false
        ? isNull(responses.comment)
        : undefined,
    q.sentiment ? eq(responses.sentiment, q.sentiment) : undefined,
    q.topic ? arrayContains(responses.topics, [q.topic]) : undefined,
    band,
  ];
}

export async function list(db: Db, orgId: string, scope: ResponseScope, q: ResponseListQuery) {
  return joined(db)
    .where(
      and(...filterConditions(orgId, scope, q), timeCursorCondition(responses.submittedAt, responses.id, q.cursor)),
    )
    .orderBy(desc(responses.submittedAt), desc(responses.id))
    .limit(q.limit + 1);
}

export type ResponseListRow = Awaited<ReturnType<typeof list>>[number];

export async function get(db: Db, orgId: string, scope: ResponseScope, id: string) {
  const [row] = await joined(db).where(
    and(eq(responses.orgId, orgId), eq(responses.id, id), ...scopeConditions(scope)),
  );
  return row;
}

export async function insert(db: Db, values: ResponseInsert): Promise<ResponseRow> {
  const [row] = await db.insert(responses).values(values).returning(columns);
  return row!;
}

/** Insert unless the organisation already has a response with this external id. */
export async function insertOrFindByExternalId(
  db: Db,
  values: ResponseInsert & { externalId: string },
): Promise<{ row: ResponseRow; created: boolean }> {
  const [row] = await db
    .insert(responses)
    .values(values)
    .onConflictDoNothing({
      target: [responses.orgId, responses.externalId],
      where: sql`${responses.externalId} is not null`,
    })
    .returning(columns);
  if (row) return { row, created: true };
  const [existing] = await db
    .select(columns)
    .from(responses)
    .where(and(eq(responses.orgId, values.orgId), eq(responses.externalId, values.externalId)));
  return { row: existing!, created: false };
}

/**
 * Also answers the status the row had just before: the locked read in `prev` waits for a
 * concurrent update and then sees its result, so only one of two racing updates sees 'partial'.
 */
export async function updateAnswers(db: Db, orgId: string, id: string, values: Partial<ResponseInsert>) {
  const prev = db
    .select({ id: responses.id, status: sql<string>`${responses.status}`.as('previous_status') })
    .from(responses)
    .where(and(eq(responses.orgId, orgId), eq(responses.id, id)))
    .for('update')
    .as('prev');
  const [row] = await db
    .update(responses)
    .set({
      ...values,
      updatedAt: new Date(),
      // A changed comment goes back to the text labelling sweeper (a manager's manual label is kept).
      ...(values.comment !== undefined
        ? {
            textAnalyzedAt: sql`case when ${responses.comment} is distinct from ${values.comment} and ${responses.textSource} is distinct from 'manual' then null else ${responses.textAnalyzedAt} end`,
          }
        : {}),
    })
    .from(prev)
    .where(and(eq(responses.orgId, orgId), eq(responses.id, id), eq(prev.id, responses.id)))
    .returning({ ...columns, previousStatus: prev.status });
  return row;
}

export async function findByResumeToken(db: Db, tokenHash: string) {
  const [row] = await db.select().from(responses).where(eq(responses.resumeTokenHash, tokenHash));
  return row;
}

export async function findByInvitation(db: Db, invitationId: string) {
  const [row] = await db.select().from(responses).where(eq(responses.invitationId, invitationId));
  return row;
}

export async function setTags(db: Db, orgId: string, id: string, tags: string[]) {
  await db
    .update(responses)
    .set({ tags, updatedAt: new Date() })
    .where(and(eq(responses.orgId, orgId), eq(responses.id, id)));
}

export async function notes(db: Db, orgId: string, responseId: string) {
  return db
    .select({
      id: responseNotes.id,
      body: responseNotes.body,
      authorId: responseNotes.authorId,
      authorName: staff.name,
      createdAt: responseNotes.createdAt,
    })
    .from(responseNotes)
    .leftJoin(staff, eq(staff.id, responseNotes.authorId))
    .where(and(eq(responseNotes.orgId, orgId), eq(responseNotes.responseId, responseId)))
    .orderBy(responseNotes.id);
}

export async function addNote(db: Db, values: typeof responseNotes.$inferInsert) {
  const [row] = await db.insert(responseNotes).values(values).returning();
  return row!;
}

export async function activeStaffIds(db: Db, orgId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function staffNames(db: Db, orgId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function interactionContext(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({
      customerId: interactions.customerId,
      touchpointId: interactions.touchpointId,
      locationId: interactions.locationId,
      staffId: interactions.staffId,
    })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.id, id)));
  return row;
}

/** Stores how an anonymous respondent may be contacted back, with their consent. */
export async function setContact(db: Db, orgId: string, id: string, contact: ResponseContact): Promise<void> {
  await db
    .update(responses)
    .set({ contact })
    .where(and(eq(responses.orgId, orgId), eq(responses.id, id)));
}
