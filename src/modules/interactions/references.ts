import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';

export type ReferenceIds = { customers: string[]; touchpoints: string[]; locations: string[]; staff: string[] };
export type ExistingReferences = {
  customers: Set<string>;
  touchpoints: Set<string>;
  locations: Set<string>;
  staff: Set<string>;
};

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Which of the referenced ids exist in the organisation, in one round trip (this sits on the
 * response ingestion hot path). Callers validate ids as UUIDs before asking.
 */
export async function existingReferences(db: Db, orgId: string, refs: ReferenceIds): Promise<ExistingReferences> {
  const result: ExistingReferences = {
    customers: new Set(),
    touchpoints: new Set(),
    locations: new Set(),
    staff: new Set(),
  };
  const parts = (Object.keys(result) as (keyof ReferenceIds)[])
    .filter((kind) => refs[kind].length > 0)
    .map(
      (kind) =>
        sql`select ${kind}::text as kind, id::text as id from ${sql.identifier(kind)} where org_id = ${orgId} and id = any(${uuidArray(refs[kind])})`,
    );
  if (parts.length === 0) return result;
  const { rows } = await db.execute<{ kind: keyof ReferenceIds; id: string }>(sql.join(parts, sql` union all `));
  for (const r of rows) result[r.kind].add(r.id);
  return result;
}

export type SingleRefs = {
  customerId?: string | null;
  touchpointId?: string | null;
  locationId?: string | null;
  staffId?: string | null;
};

/** Field errors for the ids (one of each kind) that are not the organisation's, in one query. */
export async function unknownReferenceFields(db: Db, orgId: string, ids: SingleRefs): Promise<Record<string, string>> {
  const one = (id: string | null | undefined) => (id ? [id] : []);
  const found = await existingReferences(db, orgId, {
    customers: one(ids.customerId),
    touchpoints: one(ids.touchpointId),
    locations: one(ids.locationId),
    staff: one(ids.staffId),
  });
  const fields: Record<string, string> = {};
  if (ids.customerId && !found.customers.size) fields.customerId = 'Unknown customer';
  if (ids.touchpointId && !found.touchpoints.size) fields.touchpointId = 'Unknown touchpoint';
  if (ids.locationId && !found.locations.size) fields.locationId = 'Unknown location';
  if (ids.staffId && !found.staff.size) fields.staffId = 'Unknown staff member';
  return fields;
}
