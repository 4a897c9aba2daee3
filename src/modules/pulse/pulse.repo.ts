import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { pulseReplies, pulseRuns, pulseSurveys, pulseTokens, type Invited, type PulseItem } from './pulse.schema.ts';

export type SurveyRecord = typeof pulseSurveys.$inferSelect;
const iso = (d: string) => sql`${d}::timestamptz`;

export async function listSurveys(db: Db, orgId: string) {
  return db.select().from(pulseSurveys).where(eq(pulseSurveys.orgId, orgId)).orderBy(desc(pulseSurveys.id));
}
export async function getSurvey(db: Db, orgId: string, id: string): Promise<SurveyRecord | undefined> {
  const [r] = await db
    .select()
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.id, id)));
  return r;
}
export async function insertSurvey(db: Db, values: typeof pulseSurveys.$inferInsert) {
  const [r] = await db.insert(pulseSurveys).values(values).returning();
  return r!;
}
export async function updateSurvey(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof pulseSurveys.$inferInsert>,
) {
  const [r] = await db
    .update(pulseSurveys)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.id, id)))
    .returning();
  return r;
}
export async function runCounts(db: Db, orgId: string): Promise<Map<string, number>> {
  const { rows } = await db.execute<{ survey_id: string; n: number }>(
    sql`select survey_id, count(*)::int as n from pulse_runs where org_id = ${orgId} group by survey_id`,
  );
  return new Map(rows.map((r) => [r.survey_id, r.n]));
}

/** Who a run goes to: active staff who have not left. */
export async function recipients(db: Db, orgId: string) {
  const { rows } = await db.execute<{
    email: string;
    role: string;
    location_ids: string[];
    language: string | null;
  }>(
    sql`select email, role, location_ids, language from staff where org_id = ${orgId} and active and ended_on is null`,
  );
  return rows;
}

export async function insertRun(db: Db, values: typeof pulseRuns.$inferInsert) {
  const [r] = await db.insert(pulseRuns).values(values).returning();
  return r!;
}
export async function insertTokens(db: Db, values: (typeof pulseTokens.$inferInsert)[]) {
  if (values.length) await db.insert(pulseTokens).values(values);
}

export type RunRow = { id: string; threshold: number; invited: Invited };
export async function runsIn(db: Db, orgId: string, from: Date, to: Date, surveyId?: string): Promise<RunRow[]> {
  const { rows } = await db.execute<RunRow>(sql`
    select id, threshold, invited from pulse_runs
     where org_id = ${orgId} and opened_at >= ${iso(from.toISOString())} and opened_at < ${iso(to.toISOString())}
       ${surveyId ? sql`and survey_id = ${surveyId}` : sql``}`);
  return rows;
}

const ids = (xs: string[]) => `{${xs.join(',')}}`;

export async function answers(db: Db, orgId: string, runIds: string[]) {
  if (!runIds.length) return [];
  const { rows } = await db.execute<{ run_id: string; location_id: string | null; role: string; score: number }>(sql`
    select run_id, location_id, role, score from pulse_responses where org_id = ${orgId} and run_id = any(${ids(runIds)}::uuid[])`);
  return rows.map((r) => ({ runId: r.run_id, location: r.location_id, role: r.role, score: r.score }));
}

export async function comments(db: Db, orgId: string, runIds: string[]) {
  if (!runIds.length) return [];
  const { rows } = await db.execute<{
    id: string;
    run_id: string;
    location_id: string | null;
    comment: string;
    submitted_on: string;
  }>(sql`
    select id, run_id, location_id, comment, submitted_on::text from pulse_responses
     where org_id = ${orgId} and run_id = any(${ids(runIds)}::uuid[]) and comment is not null
     order by submitted_on desc, id`);
  return rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    location: r.location_id,
    comment: r.comment,
    submittedOn: r.submitted_on,
  }));
}

export async function responseRun(db: Db, orgId: string, id: string) {
  const { rows } = await db.execute<{ run_id: string; opened_at: string; survey_id: string }>(sql`
    select r.run_id, u.opened_at, u.survey_id from pulse_responses r join pulse_runs u on u.org_id = r.org_id and u.id = r.run_id
     where r.org_id = ${orgId} and r.id = ${id} and r.comment is not null`);
  return rows[0];
}

export async function replies(db: Db, orgId: string, responseIds: string[]) {
  if (!responseIds.length) return [];
  const { rows } = await db.execute<{ response_id: string; body: string; created_at: string }>(sql`
    select response_id, body, created_at from pulse_replies
     where org_id = ${orgId} and response_id = any(${ids(responseIds)}::uuid[]) order by created_at`);
  return rows;
}

export async function insertReply(db: Db, values: typeof pulseReplies.$inferInsert) {
  const [r] = await db.insert(pulseReplies).values(values).returning();
  return r!;
}

/** The answer page's token, with its run, survey and organisation, while the run is open. */
export async function tokenInfo(db: Db, tokenHash: string) {
  const { rows } = await db.execute<{
    org_id: string;
    org_name: string;
    language: string;
    threshold: number;
    items: PulseItem[];
  }>(sql`
    select t.org_id, o.name as org_name, t.language, u.threshold, s.items
      from pulse_tokens t
      join pulse_runs u on u.org_id = t.org_id and u.id = t.run_id
      join pulse_surveys s on s.org_id = u.org_id and s.id = u.survey_id
      join orgs o on o.id = t.org_id
     where t.token_hash = ${tokenHash} and u.closes_at > now()`);
  return rows[0];
}

/** Spends the token: the row goes, so it is used once, and nothing of it joins the answer to a person. */
export async function consumeToken(db: Db, tokenHash: string) {
  const { rows } = await db.execute<{ org_id: string; run_id: string; location_id: string | null; role: string }>(sql`
    delete from pulse_tokens t using pulse_runs u
     where t.token_hash = ${tokenHash} and u.org_id = t.org_id and u.id = t.run_id and u.closes_at > now()
     returning t.org_id, t.run_id, t.location_id, t.role`);
  return rows[0];
}

/** A random (v4) id, not a time-ordered one: the id must not tell when, to the millisecond, someone answered. */
export async function insertResponse(
  db: Db,
  v: {
    orgId: string;
    runId: string;
    locationId: string | null;
    role: string;
    score: number;
    items: Record<string, number>;
    comment: string | null;
    replyKey: string;
  },
) {
  await db.execute(sql`
    insert into pulse_responses (id, org_id, run_id, location_id, role, score, items, comment, reply_key, submitted_on)
    values (${crypto.randomUUID()}, ${v.orgId}, ${v.runId}, ${v.locationId}, ${v.role}, ${v.score}, ${JSON.stringify(v.items)}::jsonb,
            ${v.comment}, ${v.replyKey}, current_date)`);
}

export async function byReplyKey(db: Db, replyKey: string) {
  const { rows } = await db.execute<{
    id: string;
    org_id: string;
    org_name: string;
    comment: string | null;
    language: string;
  }>(sql`
    select r.id, r.org_id, o.name as org_name, r.comment, o.default_language as language
      from pulse_responses r join orgs o on o.id = r.org_id where r.reply_key = ${replyKey}`);
  return rows[0];
}

export async function customerNpsByLocation(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{ location_id: string; n: number; promoters: number; detractors: number }>(sql`
    select location_id, count(*)::int as n, count(*) filter (where nps >= 9)::int as promoters,
           count(*) filter (where nps <= 6)::int as detractors
      from responses
     where org_id = ${orgId} and nps is not null and location_id is not null
       and submitted_at >= ${iso(from.toISOString())} and submitted_at < ${iso(to.toISOString())}
     group by location_id`);
  return new Map(rows.map((r) => [r.location_id, r]));
}

/** Staff whose end date lies in [firstDay, lastDay], the organisation's calendar days. */
export async function exitsByLocation(db: Db, orgId: string, firstDay: string, lastDay: string) {
  const { rows } = await db.execute<{ location_id: string; n: number }>(sql`
    select l as location_id, count(*)::int as n from staff s, unnest(s.location_ids) l
     where s.org_id = ${orgId} and s.ended_on >= ${firstDay}::date and s.ended_on <= ${lastDay}::date
     group by l`);
  return new Map(rows.map((r) => [r.location_id, r.n]));
}

export async function locationNames(db: Db, orgId: string) {
  const { rows } = await db.execute<{ id: string; name: string }>(
    sql`select id, name from locations where org_id = ${orgId} order by name`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function timeZone(db: Db, orgId: string): Promise<string> {
  const { rows } = await db.execute<{ tz: string }>(sql`select time_zone as tz from orgs where id = ${orgId}`);
  return rows[0]?.tz ?? 'UTC';
}
