import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
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
    /** Opening hours per ISO weekday in minutes after midnight, for case due times; null = Mon–Fri 9–18. */
    businessHours:
      jsonb('business_hours').$type<
        Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { open: number; close: number }>>
      >(),
    holidays: text('holidays')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps(),
  },
  (t) => [
    // (org_id, id) is what other tables reference, so a row can only point inside its own organisation.
    unique('locations_org_id_id').on(t.orgId, t.id),
    uniqueIndex('locations_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('locations_org_name').on(t.orgId, t.name),
  ],
);
