import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import type { Lookup } from './row-mapping.ts';

/** Unique keys (external ids, emails) first, so a name shared with another row's key never hides it. */
function lookupOf(rows: { id: string; keys: (string | null)[]; names?: (string | null)[] }[]): Lookup {
  const ambiguous = new Set<string>();
  const lookup: Lookup = { ids: new Set(), byKey: new Map(), ambiguous };
  for (const r of rows) {
    lookup.ids.add(r.id);
    for (const k of r.keys) if (k && !lookup.byKey.has(k.toLowerCase())) lookup.byKey.set(k.toLowerCase(), r.id);
  }
  const named = new Map<string, string>();
  for (const r of rows)
    for (const n of r.names ?? []) {
      const key = n?.toLowerCase();
      if (!key || lookup.byKey.has(key)) continue;
      if (named.has(key) && named.get(key) !== r.id) ambiguous.add(key);
      else named.set(key, r.id);
    }
  for (const [k, id] of named) if (!ambiguous.has(k)) lookup.byKey.set(k, id);
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
      .select({ id: staff.id, name: staff.name, email: staff.email, ext: staff.externalId })
      .from(staff)
      .where(eq(staff.orgId, orgId))
      .orderBy(asc(staff.id)),
  ]);
  return {
    touchpoints: lookupOf(t.map((r) => ({ id: r.id, keys: [r.ext], names: [r.name] }))),
    locations: lookupOf(l.map((r) => ({ id: r.id, keys: [r.ext], names: [r.name] }))),
    staff: lookupOf(s.map((r) => ({ id: r.id, keys: [r.email, r.ext], names: [r.name] }))),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The customers a CSV names, by what people put in a "customer" column: their external ID, Zabota
 * ID or email (unique keys), else their name (unique within the organisation, or ambiguous). Names
 * are looked up only for what the keys did not find, so large customer tables pay for a name scan
 * only when a file uses names.
 */
export async function customerLookup(db: Db, orgId: string, refs: string[]): Promise<Lookup> {
  const ambiguous = new Set<string>();
  const lookup: Lookup = { ids: new Set(), byKey: new Map(), ambiguous };
  if (refs.length === 0) return lookup;
  const lower = [...new Set(refs.map((r) => r.toLowerCase()))];
  const uuids = lower.filter((r) => UUID.test(r));
  const byKeys = await db
    .select({ id: customers.id, ext: customers.externalId, email: sql<string | null>`lower(${customers.email})` })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        sql`(${inArray(customers.externalId, refs)} or ${inArray(sql`lower(${customers.email})`, lower)}${
          uuids.length ? sql` or ${inArray(customers.id, uuids)}` : sql``
        })`,
      ),
    )
    .orderBy(asc(customers.id));
  for (const r of byKeys) {
    lookup.ids.add(r.id);
    for (const k of [r.ext, r.email])
      if (k && !lookup.byKey.has(k.toLowerCase())) lookup.byKey.set(k.toLowerCase(), r.id);
  }
  const unnamed = lower.filter((r) => !lookup.byKey.has(r) && !lookup.ids.has(r));
  if (unnamed.length === 0) return lookup;
  const byName = await db
    .select({ id: customers.id, name: sql<string>`lower(${customers.name})` })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(sql`lower(${customers.name})`, unnamed)));
  for (const r of byName) {
    if (lookup.byKey.has(r.name) && lookup.byKey.get(r.name) !== r.id) ambiguous.add(r.name);
    else lookup.byKey.set(r.name, r.id);
  }
  for (const k of ambiguous) lookup.byKey.delete(k);
  return lookup;
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

/** The organisation's oldest location, touchpoint and staff member, by name, for the sample CSVs. */
export async function sampleNames(db: Db, orgId: string) {
  const first = async (table: typeof locations | typeof touchpoints | typeof staff) => {
    const [row] = await db
      .select({ name: table.name })
      .from(table)
      .where(eq(table.orgId, orgId))
      .orderBy(asc(table.createdAt))
      .limit(1);
    return row?.name;
  };
  const [location, touchpoint, member] = await Promise.all([first(locations), first(touchpoints), first(staff)]);
  return { location, touchpoint, staff: member };
}
