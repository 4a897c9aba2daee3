import { sql } from 'drizzle-orm';
import { date, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Per-customer purchase rollup (a purchase: an interaction with revenue > 0): count, revenue,
 * first and last purchase, and the local months with a purchase. Retention figures read ~one row
 * per customer instead of scanning millions of interactions. Kept fresh by purchases-rollup.ts:
 * statement triggers on interactions (migration 0006) mark touched customers in
 * customer_purchases_dirty, and a sweeper recomputes those customers' rows from their interactions
 * (idempotent, so inserts, edits and deletes are all reflected and a repeated pass changes nothing).
 */
export const customerPurchases = pgTable(
  'customer_purchases',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    purchases: integer('purchases').notNull(),
    revenue: numeric('revenue', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    /** First days of the months (in the organisation's time zone) with at least one purchase. */
    activeMonths: date('active_months').array().notNull(),
    /**
     * The local days with a purchase (ascending), with each day's purchases and revenue: the state
     * the customer's retention atoms were derived from (retention-cells.ts), subtracted when they change.
     */
    days: date('days')
      .array()
      .notNull()
      .default(sql`'{}'`),
    dayCounts: integer('day_counts')
      .array()
      .notNull()
      .default(sql`'{}'`),
    dayRevenue: numeric('day_revenue', { precision: 16, scale: 2 })
      .array()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/** Customers whose interactions changed since their rollup row was computed. */
export const customerPurchasesDirty = pgTable(
  'customer_purchases_dirty',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/**
 * Each customer's current RFM segment (retention.math.ts segmentOf), so response metrics can be
 * filtered and broken down by segment with a join instead of ranking every customer per request.
 * Quintiles are organisation-wide, so one customer's purchase can move others: segments.ts
 * recomputes a whole organisation when its purchase rollup changed. Customers without purchases
 * have no row (they read as `no_purchases`).
 */
export const customerSegments = pgTable(
  'customer_segments',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    segment: text('segment').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/** Organisations whose purchase rollup changed since their segments were computed (marked by triggers on customer_purchases). */
export const customerSegmentsDue = pgTable('customer_segments_due', {
  orgId: uuid('org_id').primaryKey(),
});

/**
 * Each customer's latest counted NPS answer (rolled_up_at set, the latest by submitted_at, then
 * id), so the RFM table reads one row per customer instead of every response. Kept by the segment
 * rollup's statement (analytics/segment-rollup.ts), whose response triggers already mark a customer
 * whenever a counted answer's score, customer or time changes, is counted, or is deleted.
 */
export const customerLatestNps = pgTable(
  'customer_latest_nps',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    nps: smallint('nps').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);
