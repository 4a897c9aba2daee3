import { and, desc, eq, getTableColumns, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { timeCursorCondition } from '../../platform/db/keyset.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import type { InteractionListQuery, InteractionUpdate } from './interactions.contract.ts';
import { interactions } from './interactions.schema.ts';

const { orgId: _org, ...columns } = getTableColumns(interactions);
export type InteractionInsert = typeof interactions.$inferInsert;

/** Row limits of the caller: their locations and/or only interactions that name them. */
export type InteractionScope = { locationIds: string[] | null; staffId: string | null };

function scopeConditions(scope: InteractionScope): (SQL | undefined)[] {
  return [
    scope.locationIds
      ? inArray(
          interactions.locationId,
          scope.locationIds.length ? scope.locationIds : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
    scope.staffId ? eq(interactions.staffId, scope.staffId) : undefined,
  ];
}

export async function list(db: Db, orgId: string, scope: InteractionScope, q: InteractionListQuery) {
  const where: (SQL | undefined)[] = [
    eq(interactions.orgId, orgId),
    ...scopeConditions(scope),
    timeCursorCondition(interactions.occurredAt, interactions.id, q.cursor),
    q.from ? gte(interactions.occurredAt, new Date(q.from)) : undefined,
    q.to ? lt(interactions.occurredAt, new Date(q.to)) : undefined,
    q.customerId ? eq(interactions.customerId, q.customerId) : undefined,
    q.touchpointId ? eq(interactions.touchpointId, q.touchpointId) : undefined,
    q.locationId ? eq(interactions.locationId, q.locationId) : undefined,
    q.staffId ? eq(interactions.staffId, q.staffId) : undefined,
    q.shift ? eq(interactions.shift, q.shift) : undefined,
  ];
  return db
    .select({
      ...columns,
      customerName: customers.name,
      touchpointName: touchpoints.name,
      locationName: locations.name,
      staffName: staff.name,
    })
    .from(interactions)
    .leftJoin(customers, and(eq(customers.orgId, interactions.orgId), eq(customers.id, interactions.customerId)))
    .leftJoin(
      touchpoints,
      and(eq(touchpoints.orgId, interactions.orgId), eq(touchpoints.id, interactions.touchpointId)),
    )
    .leftJoin(locations, and(eq(locations.orgId, interactions.orgId), eq(locations.id, interactions.locationId)))
    .leftJoin(staff, and(eq(staff.orgId, interactions.orgId), eq(staff.id, interactions.staffId)))
    .where(and(...where))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, scope: InteractionScope, id: string) {
  const [row] = await db
    .select(columns)
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.id, id), ...scopeConditions(scope)));
  return row;
}

/**
 * Inserts many rows at once; rows whose external id exists already are skipped, not doubled.
 * One array per column (`unnest`) rather than a VALUES list: 14 parameters whatever the
 * number of rows, and no per-value query building in the app, which dominated a 1,000-row batch.
 */
export async function insertMany(
  db: Db,
  rows: InteractionInsert[],
): Promise<{ id: string; externalId: string | null }[]> {
  if (rows.length === 0) return [];
  const column = <T>(pick: (r: InteractionInsert) => T | null | undefined) =>
    sql.param(rows.map((r) => pick(r) ?? null));
  const time = (d: Date | null | undefined) => d?.toISOString() ?? null;
  const result = await db.execute<{ id: string; external_id: string | null }>(sql`
    insert into ${interactions} (id, org_id, external_id, customer_id, touchpoint_id, location_id, staff_id, shift, occurred_at, revenue, currency, note, created_at, updated_at)
    select u.id, u.org_id, u.external_id, u.customer_id, u.touchpoint_id, u.location_id, u.staff_id, u.shift::shift, u.occurred_at, u.revenue, u.currency, u.note,
           coalesce(u.created_at, now()), coalesce(u.updated_at, now())
      from unnest(
        ${column((r) => r.id ?? newId())}::uuid[], ${column((r) => r.orgId)}::uuid[], ${column((r) => r.externalId)}::text[],
        ${column((r) => r.customerId)}::uuid[], ${column((r) => r.touchpointId)}::uuid[], ${column((r) => r.locationId)}::uuid[], ${column((r) => r.staffId)}::uuid[], ${column((r) => r.shift)}::text[],
        ${column((r) => time(r.occurredAt))}::timestamptz[], ${column((r) => r.revenue)}::numeric[], ${column((r) => r.currency)}::text[], ${column((r) => r.note)}::text[],
        ${column((r) => time(r.createdAt))}::timestamptz[], ${column((r) => time(r.updatedAt))}::timestamptz[]
      ) as u(id, org_id, external_id, customer_id, touchpoint_id, location_id, staff_id, shift, occurred_at, revenue, currency, note, created_at, updated_at)
    on conflict (org_id, external_id) where external_id is not null do nothing
    returning id, external_id`);
  return result.rows.map((r) => ({ id: r.id, externalId: r.external_id }));
}

export async function idsByExternalId(db: Db, orgId: string, externalIds: string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .select({ id: interactions.id, externalId: interactions.externalId })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), inArray(interactions.externalId, externalIds)));
  return new Map(rows.map((r) => [r.externalId!, r.id]));
}

export async function update(db: Db, orgId: string, id: string, input: InteractionUpdate) {
  const { occurredAt, ...rest } = input;
  const [row] = await db
    .update(interactions)
    .set({ ...rest, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}), updatedAt: new Date() })
    .where(and(eq(interactions.orgId, orgId), eq(interactions.id, id)))
    .returning(columns);
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.id, id)))
    .returning({ id: interactions.id });
  return rows.length > 0;
}

export async function customerIdsByExternalId(
  db: Db,
  orgId: string,
  externalIds: string[],
): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, externalId: customers.externalId })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.externalId, externalIds)));
  return new Map(rows.map((r) => [r.externalId!, r.id]));
}
