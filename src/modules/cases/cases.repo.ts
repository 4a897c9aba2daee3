import { and, asc, desc, eq, gt, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { DEFAULT_WEEK, type Calendar } from '../../shared/business-hours.ts';
import { decodeCursor } from '../../platform/http/pagination.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import type { CaseListQuery } from './cases.contract.ts';
import { caseEvents, caseRules, cases, OPEN_STATUSES, rootCauses } from './cases.schema.ts';
import { DEFAULT_ROOT_CAUSES, DEFAULT_RULES } from './defaults.ts';

export type CaseRow = typeof cases.$inferSelect;
/** Cases a caller may see: all, those at their locations or owned by them, or only their own. */
export type CaseScope = { all: true } | { locationIds: string[]; selfId: string | null } | { selfId: string };

const NONE = '00000000-0000-0000-0000-000000000000';
/** A scope as SQL over `cases`: the case list, one case and the case figures read through it. */
export function scopeCondition(scope: CaseScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('locationIds' in scope) {
    return or(
      inArray(cases.locationId, scope.locationIds.length ? scope.locationIds : [NONE]),
      eq(cases.ownerId, scope.selfId ?? NONE),
    );
  }
  return or(eq(cases.ownerId, scope.selfId), eq(cases.staffId, scope.selfId));
}

const owner = sql<string | null>`(select name from staff o where o.id = ${cases.ownerId})`;
const listColumns = {
  case: cases,
  customerName: customers.name,
  locationName: locations.name,
  ownerName: owner,
};

function joined(db: Db) {
  return db
    .select(listColumns)
    .from(cases)
    .leftJoin(customers, and(eq(customers.orgId, cases.orgId), eq(customers.id, cases.customerId)))
    .leftJoin(locations, and(eq(locations.orgId, cases.orgId), eq(locations.id, cases.locationId)));
}

const isOpen = inArray(cases.status, [...OPEN_STATUSES]);

export const listSort = (q: Pick<CaseListQuery, 'sort' | 'view'>) => q.sort ?? (q.view === 'all' ? 'newest' : 'urgent');

export async function list(db: Db, orgId: string, scope: CaseScope, selfId: string | null, q: CaseListQuery) {
  const cursor = decodeCursor(q.cursor);
  const newest = listSort(q) === 'newest';
  const view: Record<CaseListQuery['view'], SQL | undefined> = {
    mine: and(eq(cases.ownerId, selfId ?? NONE), isOpen),
    my_locations: isOpen,
    overdue: and(isOpen, lte(cases.dueAt, sql`now()`)),
    open: isOpen,
    all: undefined,
  };
  const where = and(
    eq(cases.orgId, orgId),
    scopeCondition(scope),
    view[q.view],
    q.status ? eq(cases.status, q.status) : undefined,
    q.priority ? eq(cases.priority, q.priority) : undefined,
    q.locationId ? eq(cases.locationId, q.locationId) : undefined,
    q.ownerId ? eq(cases.ownerId, q.ownerId) : undefined,
    q.customerId ? eq(cases.customerId, q.customerId) : undefined,
    // Open cases soonest due first (the inbox is a to-do list); every case, latest opened first.
    cursor
      ? newest
        ? or(
            lt(cases.openedAt, new Date(cursor.sortValue)),
            and(eq(cases.openedAt, new Date(cursor.sortValue)), lt(cases.id, cursor.id)),
          )
        : or(
            gt(cases.dueAt, new Date(cursor.sortValue)),
            and(eq(cases.dueAt, new Date(cursor.sortValue)), gt(cases.id, cursor.id)),
          )
      : undefined,
  );
  return joined(db)
    .where(where)
    .orderBy(...(newest ? [desc(cases.openedAt), desc(cases.id)] : [asc(cases.dueAt), asc(cases.id)]))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, scope: CaseScope, id: string) {
  const [row] = await joined(db).where(and(eq(cases.orgId, orgId), eq(cases.id, id), scopeCondition(scope)));
  return row;
}

export async function insert(db: Db, values: typeof cases.$inferInsert) {
  const [row] = await db.insert(cases).values(values).onConflictDoNothing().returning();
  return row;
}

export async function update(db: Db, orgId: string, id: string, values: Partial<typeof cases.$inferInsert>) {
  const [row] = await db
    .update(cases)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, id)))
    .returning();
  return row;
}

export async function addEvent(db: Db, values: typeof caseEvents.$inferInsert) {
  await db.insert(caseEvents).values(values);
}

export async function events(db: Db, orgId: string, caseId: string) {
  return db
    .select({
      id: caseEvents.id,
      type: caseEvents.type,
      actorId: caseEvents.actorId,
      actorName: staff.name,
      data: caseEvents.data,
      createdAt: caseEvents.createdAt,
    })
    .from(caseEvents)
    .leftJoin(staff, eq(staff.id, caseEvents.actorId))
    .where(and(eq(caseEvents.orgId, orgId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
}

export async function rules(db: Db, orgId: string) {
  return db
    .select()
    .from(caseRules)
    .where(eq(caseRules.orgId, orgId))
    .orderBy(asc(caseRules.position), asc(caseRules.id));
}

/** The staff facts assignment needs: active managers with locations, owners, everyone active. */
export async function people(db: Db, orgId: string) {
  const rows = await db
    .select({
      id: staff.id,
      role: staff.role,
      locationIds: staff.locationIds,
      email: staff.email,
      name: staff.name,
      language: staff.language,
    })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.active, true)))
    .orderBy(asc(staff.createdAt));
  return {
    orgId,
    managers: rows.filter((r) => r.role === 'manager').map((r) => ({ id: r.id, locationIds: r.locationIds })),
    owners: rows.filter((r) => r.role === 'owner').map((r) => r.id),
    active: new Set(rows.map((r) => r.id)),
    byId: new Map(rows.map((r) => [r.id, r])),
  };
}

/** Seeds a new organisation's default rules and root causes. */
export async function seedDefaults(db: Db, orgId: string): Promise<void> {
  await db.insert(caseRules).values(DEFAULT_RULES.map((r) => ({ ...r, orgId })));
  await db.insert(rootCauses).values(DEFAULT_ROOT_CAUSES.map((r, i) => ({ ...r, orgId, position: i })));
}

/** The location's opening hours, holidays and time zone (the organisation's where the location has none). */
export async function calendar(db: Db, orgId: string, locationId: string | null): Promise<Calendar> {
  const { rows } = await db.execute<{ tz: string; hours: Calendar['week'] | null; holidays: string[] | null }>(
    sql`select coalesce(l.time_zone, o.time_zone) as tz, l.business_hours as hours, l.holidays
          from orgs o left join locations l on l.org_id = o.id and l.id = ${locationId} where o.id = ${orgId}`,
  );
  const row = rows[0];
  return {
    timeZone: row?.tz ?? 'UTC',
    week: row?.hours && Object.keys(row.hours).length ? row.hours : DEFAULT_WEEK,
    holidays: row?.holidays ?? [],
  };
}

export type FollowUpSurveyRow = typeof surveys.$inferSelect;

/** The organisation's "did we make it right?" survey, if it has one yet. */
export async function followUpSurvey(db: Db, orgId: string): Promise<FollowUpSurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), sql`${surveys.settings}->>'purpose' = 'case_follow_up'`))
    .limit(1);
  return row;
}

export async function customer(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  return row;
}
