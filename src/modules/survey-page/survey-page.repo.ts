import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';

export async function customerLanguage(db: Db, orgId: string, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ language: customers.language })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  return row?.language ?? null;
}

/** The "who served you" picker: active staff of the location, or everyone active when it has none. */
export async function staffChoices(
  db: Db,
  orgId: string,
  locationId: string | null,
): Promise<{ id: string; name: string }[]> {
  const all = await db
    .select({
      id: staff.id,
      name: staff.name,
      here: locationId ? sql<boolean>`${locationId}::uuid = any(${staff.locationIds})` : sql<boolean>`false`,
    })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.active, true)))
    .orderBy(asc(staff.name));
  const here = all.filter((s) => s.here);
  return (here.length ? here : all).map(({ id, name }) => ({ id, name }));
}

/**
 * A public link's survey, its organisation's branding and whether the QR code's ids belong to
 * that organisation, in one round trip: this runs on every answer posted.
 */
export async function publicLink(
  db: Db,
  slug: string,
  ids: { locationId: string | null; touchpointId: string | null; staffId: string | null },
) {
  const belongs = (table: typeof locations | typeof touchpoints | typeof staff, id: string | null) =>
    id
      ? sql<boolean>`exists (select 1 from ${table} where ${table.orgId} = ${surveys.orgId} and ${table.id} = ${id}::uuid)`
      : sql<boolean>`false`;
  const [row] = await db
    .select({
      survey: getTableColumns(surveys),
      org: { name: orgs.name, brandColor: orgs.brandColor, logoUrl: orgs.logoUrl },
      locationOk: belongs(locations, ids.locationId),
      touchpointOk: belongs(touchpoints, ids.touchpointId),
      staffOk: belongs(staff, ids.staffId),
    })
    .from(surveys)
    .innerJoin(orgs, eq(orgs.id, surveys.orgId))
    .where(eq(surveys.slug, slug));
  return row;
}
