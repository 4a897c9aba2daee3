import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Per-dimension daily rollups of response scores: one row per (organisation, dimension, key,
 * local day). A dashboard figure sums a few hundred of these rows instead of scanning millions of
 * responses. Dimensions: all (key ''), location, touchpoint, staff, survey, channel, language,
 * kind (touchpoint kind). Days are the organisation's local dates.
 */
export const metricDaily = pgTable(
  'metric_daily',
  {
    orgId: uuid('org_id').notNull(),
    dim: text('dim').notNull(),
    key: text('key').notNull(),
    day: date('day').notNull(),
    responses: integer('responses').notNull().default(0),
    npsN: integer('nps_n').notNull().default(0),
    npsPromoters: integer('nps_promoters').notNull().default(0),
    npsDetractors: integer('nps_detractors').notNull().default(0),
    csatN: integer('csat_n').notNull().default(0),
    csatSum: integer('csat_sum').notNull().default(0),
    csatTop: integer('csat_top').notNull().default(0),
    cesN: integer('ces_n').notNull().default(0),
    cesSum: integer('ces_sum').notNull().default(0),
    cesTop: integer('ces_top').notNull().default(0),
  },
  // A pair's key is `<a key>:<b key>` (rollup.ts PAIRS): a filter on either part reads these instead of every key of the pair.
  (t) => [
    primaryKey({ columns: [t.orgId, t.dim, t.key, t.day] }),
    index('metric_daily_key_first').on(t.orgId, t.dim, sql`split_part(${t.key}, ':', 1)`, t.day),
    index('metric_daily_key_second').on(t.orgId, t.dim, sql`split_part(${t.key}, ':', 2)`, t.day),
  ],
);

/**
 * What counted responses contributed before they were edited or deleted, waiting for the rollup
 * sweeper to subtract it from metric_daily and the cube (rollup.ts RETRACT). Triggers on responses
 * write a row (migration 0026) when a counted response changes a score, its time or a dimension,
 * and clear its rolled_up_at so the sweeper counts the new values: the rollups follow edits and
 * deletions without a rebuild. The row keeps the local day and touchpoint kind it was counted under.
 */
export const metricRetractions = pgTable('metric_retractions', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: uuid('org_id').notNull(),
  day: date('day').notNull(),
  locationId: uuid('location_id'),
  touchpointId: uuid('touchpoint_id'),
  staffId: uuid('staff_id'),
  surveyId: uuid('survey_id').notNull(),
  channel: text('channel').notNull(),
  language: text('language').notNull(),
  kind: text('kind'),
  nps: smallint('nps'),
  csat: smallint('csat'),
  ces: smallint('ces'),
});

/**
 * Weekly digests already sent: one row per (organisation, ISO week). The digest sweeper inserts the
 * row and enqueues the mails in one transaction, so each week's digest goes out exactly once however
 * many app processes run the sweeper or however often it retries.
 */
export const digestsSent = pgTable(
  'digests_sent',
  {
    orgId: uuid('org_id').notNull(),
    week: text('week').notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.week] })],
);
