import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/*
 * Incremental RFM table (rfm-rollup.ts): the RFM endpoint reads a few dozen (segment, channel)
 * cells instead of joining every customer's rows. Each customer's contribution (their segment,
 * channel, purchases, revenue, latest NPS) is stored; triggers on its sources mark the customer,
 * and the sweeper subtracts the stored contribution from the cells and adds the fresh one.
 */

/**
 * What each buyer adds to the RFM cells (when ranked into a segment) and to the cohort cells, as
 * last swept: segment, acquisition channel and campaign ('' for none), purchases, revenue, latest
 * NPS, and active months (first days, ascending).
 */
export const rfmCustomers = pgTable(
  'rfm_customers',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** Null until the segments rank the buyer: then the row adds to the cohort cells only. */
    segment: text('segment'),
    channel: text('channel').notNull(),
    campaign: text('campaign').notNull().default(''),
    purchases: integer('purchases').notNull(),
    revenue: numeric('revenue', { precision: 16, scale: 2 }).notNull(),
    nps: smallint('nps'),
    months: date('months')
      .array()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/** Sums per (segment, channel); a cell whose customers all left stays at zero. */
export const rfmCells = pgTable(
  'rfm_cells',
  {
    orgId: uuid('org_id').notNull(),
    segment: text('segment').notNull(),
    channel: text('channel').notNull(),
    customers: bigint('customers', { mode: 'number' }).notNull(),
    purchases: bigint('purchases', { mode: 'number' }).notNull(),
    revenue: numeric('revenue', { precision: 18, scale: 2 }).notNull(),
    npsN: bigint('nps_n', { mode: 'number' }).notNull(),
    promoters: bigint('promoters', { mode: 'number' }).notNull(),
    detractors: bigint('detractors', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.segment, t.channel] })],
);

/** Customers whose segment, purchase rollup, latest NPS answer or acquisition channel changed since they were swept (marked by triggers). */
export const rfmDirty = pgTable(
  'rfm_dirty',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/**
 * Each customer's latest counted NPS answer with the first purchase after it, for the experience
 * link (promoters' versus detractors' repeat rate): one row per answering customer instead of a
 * purchase probe per customer per call. Kept by the same sweep as the RFM cells, whose marks follow
 * the latest answer (customer_latest_nps) and the purchase rollup (rewritten whenever a customer's
 * purchases are); written only there, so its writes mark nothing.
 */
export const customerExperience = pgTable(
  'customer_experience',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    nps: smallint('nps').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    nextPurchaseAt: timestamp('next_purchase_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);

/** Active customers per (grouping, cohort month, group, k months after it), for the three groupings of the cohort table; kept by the same sweep as the RFM cells. */
export const cohortCells = pgTable(
  'cohort_cells',
  {
    orgId: uuid('org_id').notNull(),
    /** 'channel', 'campaign' or 'none'. */
    groupBy: text('group_by').notNull(),
    cohort: date('cohort').notNull(),
    grp: text('grp').notNull(),
    k: integer('k').notNull(),
    customers: bigint('customers', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.groupBy, t.cohort, t.grp, t.k] })],
);
