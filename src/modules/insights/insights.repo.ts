import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { ANONYMOUS_MIN_STAFF, type Status } from './insight-rules.ts';
import { insightComments, insightLinks, insights, insightVotes } from './insights.schema.ts';

export type InsightRecord = typeof insights.$inferSelect;
export type InsightRow = InsightRecord & {
  authorName: string | null;
  votes: number;
  voted: boolean;
  comments: number;
  /** Active staff at the post's location: decides whether an anonymous post shows it. */
  locationStaff: number;
};

/** Active staff per location (a person covering two locations counts at both). */
const staffAt = (orgId: string) => sql`
  select l as location_id, count(*)::int as n
    from staff s, unnest(s.location_ids) l
   where s.org_id = ${orgId} and s.active and s.ended_on is null
   group by l`;

export async function staffCounts(db: Db, orgId: string): Promise<Map<string, number>> {
  const { rows } = await db.execute<{ location_id: string; n: number }>(staffAt(orgId));
  return new Map(rows.map((r) => [r.location_id, r.n]));
}

const row = (orgId: string, viewer: string | null) => sql`
  select i.*, st.name as author_name,
         ((select count(*) from insight_votes v where v.insight_id = i.id)
           + (select count(*) from insight_customer_votes v where v.insight_id = i.id))::int as votes,
         exists(select 1 from insight_votes v where v.insight_id = i.id and v.staff_id = ${viewer}::uuid) as voted,
         (select count(*)::int from insight_comments c where c.insight_id = i.id) as comments,
         coalesce(sc.n, 0) as location_staff
    from insights i
    left join staff st on st.org_id = i.org_id and st.id = i.author_id
    left join (${staffAt(orgId)}) sc on sc.location_id = i.location_id
   where i.org_id = ${orgId}`;

type Raw = Record<string, unknown>;
const camel = (k: string) => k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
function toRow(r: Raw): InsightRow {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) out[camel(k)] = v;
  for (const k of ['createdAt', 'updatedAt', 'outcomeAt'])
    if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as InsightRow;
}

export async function list(
  db: Db,
  orgId: string,
  viewer: string | null,
  q: {
    status?: Status;
    kind?: string;
    audience?: string;
    locationId?: string;
    touchpointId?: string;
    authorKey?: string;
    authorId?: string;
    cursor?: string;
    limit: number;
  },
): Promise<InsightRow[]> {
  const { rows } = await db.execute<Raw>(sql`
    ${row(orgId, viewer)}
    ${q.status ? sql`and i.status = ${q.status}` : sql``}
    ${q.kind ? sql`and i.kind = ${q.kind}` : sql``}
    ${q.audience ? sql`and i.audience = ${q.audience}` : sql``}
    ${q.touchpointId ? sql`and i.touchpoint_id = ${q.touchpointId}` : sql``}
    ${q.authorKey ? sql`and i.author_key = ${q.authorKey}` : sql``}
    ${q.authorId ? sql`and i.author_id = ${q.authorId}` : sql``}
    ${
      // An anonymous post whose location is not shown must not turn up under that location either.
      q.locationId
        ? sql`and i.location_id = ${q.locationId} and (not i.anonymous or coalesce(sc.n, 0) >= ${ANONYMOUS_MIN_STAFF})`
        : sql``
    }
    ${q.cursor ? sql`and i.id < ${q.cursor}::uuid` : sql``}
    order by i.id desc limit ${q.limit + 1}`);
  return rows.map(toRow);
}

export async function get(db: Db, orgId: string, id: string, viewer: string | null): Promise<InsightRow | undefined> {
  const { rows } = await db.execute<Raw>(sql`${row(orgId, viewer)} and i.id = ${id}`);
  return rows[0] ? toRow(rows[0]) : undefined;
}

export async function insert(db: Db, values: typeof insights.$inferInsert): Promise<InsightRecord> {
  const [r] = await db.insert(insights).values(values).returning();
  return r!;
}

export async function update(db: Db, orgId: string, id: string, values: Partial<typeof insights.$inferInsert>) {
  const [r] = await db
    .update(insights)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(insights.orgId, orgId), eq(insights.id, id)))
    .returning();
  return r;
}

/** One vote per person: a second one is a no-op. */
export async function vote(db: Db, orgId: string, insightId: string, staffId: string): Promise<void> {
  await db.insert(insightVotes).values({ orgId, insightId, staffId }).onConflictDoNothing();
}

export async function voters(db: Db, orgId: string, insightId: string): Promise<string[]> {
  const rows = await db
    .select({ staffId: insightVotes.staffId })
    .from(insightVotes)
    .where(and(eq(insightVotes.orgId, orgId), eq(insightVotes.insightId, insightId)));
  return rows.map((r) => r.staffId);
}

/** Gives the target the votes it lacked and drops the duplicate's (each person still counted once). */
export async function moveVotes(db: Db, orgId: string, from: string, to: string, added: string[]): Promise<void> {
  if (added.length)
    await db
      .insert(insightVotes)
      .values(added.map((staffId) => ({ orgId, insightId: to, staffId })))
      .onConflictDoNothing();
  await db.delete(insightVotes).where(and(eq(insightVotes.orgId, orgId), eq(insightVotes.insightId, from)));
}

export async function comments(db: Db, orgId: string, insightId: string) {
  const { rows } = await db.execute<{
    id: string;
    author_id: string | null;
    name: string | null;
    body: string;
    created_at: string;
  }>(sql`
    select c.id, c.author_id, s.name, c.body, c.created_at
      from insight_comments c left join staff s on s.org_id = c.org_id and s.id = c.author_id
     where c.org_id = ${orgId} and c.insight_id = ${insightId}
     order by c.id`);
  return rows.map((r) => ({
    id: r.id,
    author: r.author_id ? { id: r.author_id, name: r.name ?? '' } : null,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function addComment(db: Db, values: typeof insightComments.$inferInsert) {
  const [r] = await db.insert(insightComments).values(values).returning();
  return r!;
}

/** Open posts with topics: the pool duplicates are suggested from. */
export async function candidates(db: Db, orgId: string) {
  const { rows } = await db.execute<{
    id: string;
    title: string;
    topics: string[];
    location_id: string | null;
    touchpoint_id: string | null;
    status: Status;
    votes: number;
  }>(sql`
    select i.id, i.title, i.topics, i.location_id, i.touchpoint_id, i.status,
           ((select count(*) from insight_votes v where v.insight_id = i.id)
           + (select count(*) from insight_customer_votes v where v.insight_id = i.id))::int as votes
      from insights i
     where i.org_id = ${orgId} and i.status in ('new', 'reviewing', 'planned') and cardinality(i.topics) > 0
     order by i.id desc limit 500`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    topics: r.topics,
    locationId: r.location_id,
    touchpointId: r.touchpoint_id,
    status: r.status,
    votes: r.votes,
  }));
}

/** Customer comments sharing a topic, at the location when given, over the last 90 days. */
export async function customerEvidence(
  db: Db,
  orgId: string,
  topics: string[],
  locationId: string | null,
  since: Date,
) {
  const where = sql`r.org_id = ${orgId} and r.comment is not null and r.topics && ${`{${topics.join(',')}}`}::text[]
    and r.submitted_at >= ${since.toISOString()}::timestamptz ${locationId ? sql`and r.location_id = ${locationId}` : sql``}`;
  const [{ rows: counted }, { rows: items }] = await Promise.all([
    db.execute<{ n: number }>(sql`select count(*)::int as n from responses r where ${where}`),
    db.execute<{ id: string; comment: string; nps: number | null; submitted_at: string }>(
      sql`select r.id, r.comment, r.nps, r.submitted_at from responses r where ${where} order by r.submitted_at desc limit 5`,
    ),
  ]);
  return {
    count: counted[0]?.n ?? 0,
    items: items.map((r) => ({
      responseId: r.id,
      comment: r.comment,
      nps: r.nps,
      submittedAt: new Date(r.submitted_at).toISOString(),
    })),
  };
}

export async function casesWithRootCause(db: Db, orgId: string, rootCauseId: string, locationId: string | null) {
  const { rows } = await db.execute<{ id: string; number: number; title: string; status: string }>(sql`
    select id, number::int as number, title, status from cases
     where org_id = ${orgId} and root_cause_id = ${rootCauseId} ${locationId ? sql`and location_id = ${locationId}` : sql``}
     order by opened_at desc limit 10`);
  return rows;
}

/** Issues a staff member's form link, revoking the one before it. */
export async function issueLink(db: Db, orgId: string, staffId: string, tokenHash: string) {
  await db
    .update(insightLinks)
    .set({ revokedAt: new Date() })
    .where(and(eq(insightLinks.orgId, orgId), eq(insightLinks.staffId, staffId), isNull(insightLinks.revokedAt)));
  const [r] = await db.insert(insightLinks).values({ orgId, staffId, tokenHash }).returning();
  return r!;
}

export async function revokeLinks(db: Db, orgId: string, staffId: string): Promise<number> {
  const rows = await db
    .update(insightLinks)
    .set({ revokedAt: new Date() })
    .where(and(eq(insightLinks.orgId, orgId), eq(insightLinks.staffId, staffId), isNull(insightLinks.revokedAt)))
    .returning({ id: insightLinks.id });
  return rows.length;
}

export async function linkHolder(db: Db, tokenHash: string) {
  const { rows } = await db.execute<{
    org_id: string;
    staff_id: string;
    name: string;
    role: 'owner' | 'manager' | 'staff';
    location_ids: string[];
    language: string | null;
    default_language: string;
    org_name: string;
  }>(sql`
    select l.org_id, s.id as staff_id, s.name, s.role, s.location_ids, s.language, o.default_language, o.name as org_name
      from insight_links l
      join staff s on s.org_id = l.org_id and s.id = l.staff_id
      join orgs o on o.id = l.org_id
     where l.token_hash = ${tokenHash} and l.revoked_at is null and s.active`);
  return rows[0];
}

export async function people(db: Db, orgId: string, ids: string[]) {
  if (!ids.length) return [];
  const { rows } = await db.execute<{ id: string; email: string; name: string; language: string | null }>(sql`
    select id, email, name, language from staff where org_id = ${orgId} and id = any(${`{${ids.join(',')}}`}::uuid[]) and active`);
  return rows;
}

export async function orgInfo(db: Db, orgId: string) {
  const { rows } = await db.execute<{ name: string; default_language: string }>(
    sql`select name, default_language from orgs where id = ${orgId}`,
  );
  return rows[0]!;
}

export async function exists(
  db: Db,
  table: 'locations' | 'touchpoints' | 'customers' | 'root_causes',
  orgId: string,
  id: string,
) {
  const { rows } = await db.execute(sql`select 1 from ${sql.identifier(table)} where org_id = ${orgId} and id = ${id}`);
  return rows.length > 0;
}

/** Posts of a period for the figures, with the names of locations and touchpoints. */
export async function figureRows(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{
    location_id: string | null;
    touchpoint_id: string | null;
    created_at: string;
    outcome_at: string | null;
    status: string;
    kind: string;
    anonymous: boolean;
  }>(sql`
    select location_id, touchpoint_id, created_at, outcome_at, status, kind, anonymous from insights
     where org_id = ${orgId} and audience = 'staff' and created_at >= ${from.toISOString()}::timestamptz
       and created_at < ${to.toISOString()}::timestamptz`);
  return rows.map((r) => ({
    locationId: r.location_id,
    touchpointId: r.touchpoint_id,
    createdAt: new Date(r.created_at),
    outcomeAt: r.outcome_at ? new Date(r.outcome_at) : null,
    status: r.status,
    kind: r.kind,
    anonymous: r.anonymous,
  }));
}

export async function names(db: Db, orgId: string, table: 'locations' | 'touchpoints') {
  const { rows } = await db.execute<{ id: string; name: string }>(
    sql`select id, name from ${sql.identifier(table)} where org_id = ${orgId} order by name`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Customer NPS per touchpoint from the responses themselves. */
export async function touchpointNps(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{ touchpoint_id: string; n: number; promoters: number; detractors: number }>(sql`
    select touchpoint_id, count(*)::int as n, count(*) filter (where nps >= 9)::int as promoters,
           count(*) filter (where nps <= 6)::int as detractors
      from responses
     where org_id = ${orgId} and nps is not null and touchpoint_id is not null
       and submitted_at >= ${from.toISOString()}::timestamptz and submitted_at < ${to.toISOString()}::timestamptz
     group by touchpoint_id`);
  return new Map(rows.map((r) => [r.touchpoint_id, r]));
}

export async function customerByEmail(db: Db, orgId: string, email: string): Promise<string | undefined> {
  const { rows } = await db.execute<{ id: string }>(
    sql`select id from customers where org_id = ${orgId} and lower(email) = lower(${email}) limit 1`,
  );
  return rows[0]?.id;
}

export async function choices(db: Db, orgId: string) {
  const [locations, touchpoints] = await Promise.all([
    db.execute<{ id: string; name: string }>(sql`select id, name from locations where org_id = ${orgId} order by name`),
    db.execute<{ id: string; name: string }>(
      sql`select id, name from touchpoints where org_id = ${orgId} and active order by name`,
    ),
  ]);
  return { locations: locations.rows, touchpoints: touchpoints.rows };
}
