import { sql } from 'drizzle-orm';
import { index, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../server/platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const locations = pgTable(
  'locations',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address: text('address'),
    city: text('city'),
    timeZone: text('time_zone'),
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    // (org_id, id) is what other tables reference, so a row can only point inside its own organisation.
    unique('locations_org_id_id').on(t.orgId, t.id),
    uniqueIndex('locations_org_external_id').on(t.orgId, t.externalId).where(sql`${t.externalId} is not null`),
    index('locations_org_name').on(t.orgId, t.name),
  ],
);
