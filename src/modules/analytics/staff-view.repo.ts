import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';

export async function staffMember(db: Db, orgId: string, id: string) {
  const { rows } = await db.execute<{ id: string; name: string; role: string; locationIds: string[] }>(
    sql`select id, name, role::text, location_ids::text[] as "locationIds" from staff where org_id = ${orgId} and id = ${id}`,
  );
  return rows[0] ?? null;
}

/**
 * The latest comments in responses that name this staff member. The day bounds are scalar
 * subqueries, not a join with orgs, so the partial index (0005) is read newest first and stops
 * after `limit` rows (with a join the planner sorted every comment in the range: 0.4 s at 10M).
 */
export async function recentComments(
  db: Db,
  orgId: string,
  staffId: string,
  range: { from: string | null; to: string | null },
  limit = 20,
) {
  const { rows } = await db.execute<{
    responseId: string;
    submittedAt: string;
    comment: string;
    nps: number | null;
    csat: number | null;
    touchpointId: string | null;
    locationId: string | null;
  }>(sql`
    select r.id as "responseId", to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "submittedAt", r.comment, r.nps, r.csat, r.touchpoint_id as "touchpointId", r.location_id as "locationId"
      from responses r
     where r.org_id = ${orgId} and r.staff_id = ${staffId} and r.comment is not null and r.comment <> ''
       and (${range.from}::date is null or r.submitted_at >= (${range.from}::date::timestamp at time zone (select time_zone from orgs where id = ${orgId})))
       and (${range.to}::date is null or r.submitted_at < (${range.to}::date::timestamp at time zone (select time_zone from orgs where id = ${orgId})))
     order by r.submitted_at desc limit ${limit}`);
  return rows;
}
