import { and, arrayContains, arrayOverlaps, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { locations } from '../locations/locations.schema.ts';
import type { Db } from '../../platform/db/database.ts';
import { insertOrFindByExternalId } from '../../platform/db/external-id.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import type { StaffListQuery, StaffUpdate } from './staff.contract.ts';
import { staff } from './staff.schema.ts';

const columns = {
  id: staff.id,
  name: staff.name,
  email: staff.email,
  role: staff.role,
  locationIds: staff.locationIds,
  position: staff.position,
  language: staff.language,
  active: staff.active,
  endedOn: staff.endedOn,
  invitePending: sql<boolean>`(${staff.passwordHash} is null and ${staff.inviteTokenHash} is not null)`.as(
    'invite_pending',
  ),
  externalId: staff.externalId,
  createdAt: staff.createdAt,
  updatedAt: staff.updatedAt,
};

/** Who of the staff the caller may see: everyone, those sharing a location, or only themselves. */
export type StaffScope = { all: true } | { locationIds: string[]; selfId: string | null } | { selfId: string };

function scopeCondition(scope: StaffScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('locationIds' in scope) {
    const self = eq(staff.id, scope.selfId ?? '00000000-0000-0000-0000-000000000000');
    return scope.locationIds.length ? or(arrayOverlaps(staff.locationIds, scope.locationIds), self) : self;
  }
  return eq(staff.id, scope.selfId);
}

export async function list(db: Db, orgId: string, scope: StaffScope, q: StaffListQuery) {
  const where: (SQL | undefined)[] = [
    eq(staff.orgId, orgId),
    scopeCondition(scope),
    idCursorCondition(staff.id, q.cursor),
  ];
  if (q.q) where.push(or(ilike(staff.name, `%${q.q}%`), ilike(staff.email, `%${q.q}%`)));
  if (q.role) where.push(eq(staff.role, q.role));
  if (q.locationId) where.push(arrayContains(staff.locationIds, [q.locationId]));
  if (q.active !== undefined) where.push(eq(staff.active, q.active));
  return db
    .select(columns)
    .from(staff)
    .where(and(...where))
    .orderBy(...newestFirst(staff.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, scope: StaffScope, id: string) {
  const [row] = await db
    .select(columns)
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id), scopeCondition(scope)));
  return row;
}

export async function insert(db: Db, values: typeof staff.$inferInsert & { orgId: string }) {
  const { row, created } = await insertOrFindByExternalId(db, staff, { id: staff.id }, values);
  return { id: row.id, created };
}

export async function update(db: Db, orgId: string, id: string, input: StaffUpdate) {
  const rows = await db
    .update(staff)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id)))
    .returning({ id: staff.id });
  return rows.length > 0;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id)))
    .returning({ id: staff.id });
  return rows.length > 0;
}

export async function countOwners(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.role, 'owner'), eq(staff.active, true)));
  return row?.n ?? 0;
}

export async function findByInvite(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: staff.id, orgId: staff.orgId })
    .from(staff)
    .where(and(eq(staff.inviteTokenHash, tokenHash), sql`${staff.inviteExpiresAt} > now()`, eq(staff.active, true)));
  return row;
}

export async function setPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .update(staff)
    .set({ passwordHash, inviteTokenHash: null, inviteExpiresAt: null, updatedAt: new Date() })
    .where(eq(staff.id, id));
}

/** Location ids among `ids` that exist in the organisation. */
export async function existingLocationIds(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), inArray(locations.id, ids)));
  return new Set(rows.map((r) => r.id));
}
