import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import type { Lookup } from './row-mapping.ts';

function lookupOf(rows: { id: string; keys: (string | null)[] }[]): Lookup {
  const lookup: Lookup = { ids: new Set(), byKey: new Map() };
  for (const r of rows) {
    lookup.ids.add(r.id);
    for (const k of r.keys) if (k && !lookup.byKey.has(k.toLowerCase())) lookup.byKey.set(k.toLowerCase(), r.id);
  }
  return lookup;
}

/**
 * The organisation's touchpoints, locations and staff, by id and by what a CSV names them with
 * (name or external id; email for staff). These tables hold tens to hundreds of rows per
 * organisation, so one read per import beats a lookup per chunk.
 */
export async function referenceLookups(db: Db, orgId: string) {
  const [t, l, s] = await Promise.all([
    db
      .select({ id: touchpoints.id, name: touchpoints.name, ext: touchpoints.externalId })
      .from(touchpoints)
      .where(eq(touchpoints.orgId, orgId))
      .orderBy(asc(touchpoints.id)),
    db
      .select({ id: locations.id, name: locations.name, ext: locations.externalId })
      .from(locations)
      .where(eq(locations.orgId, orgId))
      .orderBy(asc(locations.id)),
    db
      .select({ id: staff.id, email: staff.email, ext: staff.externalId })
      .from(staff)
      .where(eq(staff.orgId, orgId))
      .orderBy(asc(staff.id)),
  ]);
  return {
    touchpoints: lookupOf(t.map((r) => ({ id: r.id, keys: [r.name, r.ext] }))),
    locations: lookupOf(l.map((r) => ({ id: r.id, keys: [r.name, r.ext] }))),
    staff: lookupOf(s.map((r) => ({ id: r.id, keys: [r.email, r.ext] }))),
  };
}

/** Lower-cased email → the oldest customer with it. */
export async function customerIdsByEmail(db: Db, orgId: string, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, email: sql<string>`lower(${customers.email})` })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(sql`lower(${customers.email})`, emails)))
    .orderBy(asc(customers.id));
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.email)) map.set(r.email, r.id);
  return map;
}

export async function existingCustomerExternalIds(db: Db, orgId: string, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db
    .select({ ext: customers.externalId })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.externalId, externalIds)));
  return new Set(rows.map((r) => r.ext!));
}

export async function orgTimeZone(db: Db, orgId: string): Promise<string | undefined> {
  const [row] = await db.select({ tz: orgs.timeZone }).from(orgs).where(eq(orgs.id, orgId));
  return row?.tz;
}

/** The active owner who has been there longest: who the CLI acts as. */
export async function firstOwnerId(db: Db, orgId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.role, 'owner'), eq(staff.active, true)))
    .orderBy(asc(staff.createdAt))
    .limit(1);
  return row?.id ?? null;
}
