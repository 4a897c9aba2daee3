import { sql } from 'drizzle-orm';
import { index, numeric, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import { SHIFTS } from '../../shared/domain.ts';

/** The shift of a working day: an interaction's, an audit's; figures read by shift rather than by person. */
export const shiftEnum = pgEnum('shift', SHIFTS);

export const interactions = pgTable(
  'interactions',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    customerId: uuid('customer_id'),
    touchpointId: uuid('touchpoint_id'),
    locationId: uuid('location_id'),
    staffId: uuid('staff_id'),
    shift: shiftEnum('shift'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    revenue: numeric('revenue', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency'),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    unique('interactions_org_id_id').on(t.orgId, t.id),
    uniqueIndex('interactions_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('interactions_org_occurred').on(t.orgId, t.occurredAt.desc(), t.id.desc()),
    index('interactions_org_customer').on(t.orgId, t.customerId, t.occurredAt),
    index('interactions_org_location').on(t.orgId, t.locationId, t.occurredAt),
    index('interactions_org_staff').on(t.orgId, t.staffId, t.occurredAt),
    index('interactions_org_touchpoint').on(t.orgId, t.touchpointId, t.occurredAt),
    // Composite keys: an interaction can only reference rows of its own organisation.
    orgForeignKey('interactions_customer_fk', t.orgId, t.customerId, customers),
    orgForeignKey('interactions_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
    orgForeignKey('interactions_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('interactions_staff_fk', t.orgId, t.staffId, staff),
  ],
);
