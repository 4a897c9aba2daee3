import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';
import { staff } from '../staff/staff.schema.ts';

export async function customerLanguage(db: Db, orgId: string, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ language: customers.language })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  return row?.language ?? null;
}

/** The "who served you" picker: active staff of the location, or everyone active when it has none. */
export async function staffChoices(db: Db, orgId: string, locationId: string | null): Promise<{ id: string; name: string }[]> {
  const all = await db
    .select({ id: staff.id, name: staff.name, here: locationId ? sql<boolean>`${locationId}::uuid = any(${staff.locationIds})` : sql<boolean>`false` })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.active, true)))
    .orderBy(asc(staff.name));
  const here = all.filter((s) => s.here);
  return (here.length ? here : all).map(({ id, name }) => ({ id, name }));
}
