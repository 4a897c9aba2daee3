import { sql } from 'drizzle-orm';
import type { Db } from '../../server/platform/db/database.ts';

export type ReferenceIds = { customers: string[]; touchpoints: string[]; locations: string[]; staff: string[] };
export type ExistingReferences = { customers: Set<string>; touchpoints: Set<string>; locations: Set<string>; staff: Set<string> };

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Which of the referenced ids exist in the organisation, in one round trip (this sits on the
 * response ingestion hot path). Callers validate ids as UUIDs before asking.
 */
export async function existingReferences(db: Db, orgId: string, refs: ReferenceIds): Promise<ExistingReferences> {
  const result: ExistingReferences = { customers: new Set(), touchpoints: new Set(), locations: new Set(), staff: new Set() };
  const parts = (Object.keys(result) as (keyof ReferenceIds)[])
    .filter((kind) => refs[kind].length > 0)
    .map((kind) => sql`select ${kind}::text as kind, id::text as id from ${sql.identifier(kind)} where org_id = ${orgId} and id = any(${uuidArray(refs[kind])})`);
  if (parts.length === 0) return result;
  const { rows } = await db.execute<{ kind: keyof ReferenceIds; id: string }>(sql.join(parts, sql` union all `));
  for (const r of rows) result[r.kind].add(r.id);
  return result;
}
