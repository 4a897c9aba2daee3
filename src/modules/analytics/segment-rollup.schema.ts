import { date, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { countColumns, segmentKeyColumns } from './rollup-columns.ts';

/**
 * What each customer's counted responses add to the segment rollups (metric_daily dims `segment`,
 * and `location+segment`, `touchpoint+segment`, `staff+segment`): one row per (customer, local
 * day, location, touchpoint, staff member, survey, channel, language, kind), all under the customer's current segment (also the segment cube, segment_cube). segment-rollup.ts recomputes a marked customer's rows and adds the difference
 * to metric_daily, so a new response, an edit, a deletion or a change of segment moves the
 * customer's answers without a rebuild.
 */
export const customerSegmentCounts = pgTable(
  'customer_segment_counts',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    day: date('day').notNull(),
    ...segmentKeyColumns(),
    segment: text('segment').notNull(),
    ...countColumns(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.orgId,
        t.customerId,
        t.day,
        t.location,
        t.touchpoint,
        t.staff,
        t.survey,
        t.channel,
        t.language,
        t.kind,
      ],
    }),
  ],
);

/** Customers whose counted responses or segment changed since their rows above were computed (marked by triggers on responses and by the segment recompute). */
export const segmentCountsDirty = pgTable(
  'segment_counts_dirty',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);
