import { date, index, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { countColumns, segmentKeyColumns } from './rollup-columns.ts';

/**
 * Daily counts of every combination of dimensions a response carries, at a few grains (cube.ts
 * CUBE_GRAINS): one row per (organisation, grain, local day, and the grain's dimensions); the
 * dimensions a grain leaves out are null. What the per-dimension and paired rows of metric_daily
 * cannot answer (three filters, channel or language with another dimension) sums these rows. A
 * response without a location (touchpoint, staff member) has null there too: the unique key treats
 * nulls as equal, so they still add up in one row. Kept by the same statement as metric_daily.
 */
export const metricCube = pgTable(
  'metric_cube',
  {
    orgId: uuid('org_id').notNull(),
    grain: smallint('grain').notNull(),
    day: date('day').notNull(),
    location: uuid('location'),
    touchpoint: uuid('touchpoint'),
    staff: uuid('staff'),
    survey: uuid('survey'),
    channel: text('channel'),
    language: text('language'),
    kind: text('kind'),
    ...countColumns(),
  },
  // The migration adds INCLUDE (every other column) to these, so reads are index-only scans led by the most selective filter.
  (t) => [
    unique('metric_cube_key')
      .on(t.orgId, t.grain, t.day, t.location, t.touchpoint, t.staff, t.survey, t.channel, t.language, t.kind)
      .nullsNotDistinct(),
    index('metric_cube_location').on(t.orgId, t.grain, t.location, t.day),
    index('metric_cube_touchpoint').on(t.orgId, t.grain, t.touchpoint, t.day),
    index('metric_cube_staff').on(t.orgId, t.grain, t.staff, t.day),
    index('metric_cube_channel').on(t.orgId, t.grain, t.channel, t.day),
  ],
);

/**
 * The cube under the customer's current segment, at the same grains: the segment with any other
 * dimensions. Kept by the segment rollup (segment-rollup.ts), which adds each marked customer's
 * (fresh − stored) rows, so cells can fall to zero (no group). Keys are text, '' for none and for
 * the dimensions a grain leaves out, as in customer_segment_counts.
 */
export const segmentCube = pgTable(
  'segment_cube',
  {
    orgId: uuid('org_id').notNull(),
    grain: smallint('grain').notNull(),
    segment: text('segment').notNull(),
    day: date('day').notNull(),
    ...segmentKeyColumns(),
    ...countColumns(),
  },
  // No INCLUDE here (unlike metric_cube): every recomputed customer rewrites many cells, and counts kept out of the
  // indexes let those updates stay HOT (fillfactor 80 in the migration) instead of adding an entry to each index.
  (t) => [
    primaryKey({
      columns: [
        t.orgId,
        t.grain,
        t.segment,
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
    index('segment_cube_location').on(t.orgId, t.grain, t.location, t.day),
    index('segment_cube_touchpoint').on(t.orgId, t.grain, t.touchpoint, t.day),
    index('segment_cube_staff').on(t.orgId, t.grain, t.staff, t.day),
  ],
);
