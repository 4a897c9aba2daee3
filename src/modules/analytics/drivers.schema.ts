import { date, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/*
 * Incremental driver analysis (drivers-rollup.ts). The unit of analysis is a customer-month: one
 * customer's answers within one local month, org-wide (scope '') and per location (scope = the
 * location id). A case counts when it has an overall answer (the month's latest relationship NPS)
 * and at least one touchpoint score. Each case's variables are kept, so when a customer's answers
 * change the sweeper subtracts the old case's pairwise sums and adds the new one's: the analysis
 * reads (touchpoints + 1)² rows per month and scope instead of joining millions of responses.
 * Numeric, not float: subtracting exactly what was added leaves no drift.
 */

/** The variables of each counted case: key = touchpoint id (mean score 0–1) or '__nps' (the outcome, 0–10). */
export const driverCaseVars = pgTable(
  'driver_case_vars',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    month: date('month').notNull(),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    x: numeric('x').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId, t.month, t.scope, t.key] })],
);

/** Pairwise sufficient statistics (drivers.ts PairStats) summed over the cases of a month and scope. */
export const driverPairs = pgTable(
  'driver_pairs',
  {
    orgId: uuid('org_id').notNull(),
    scope: text('scope').notNull(),
    month: date('month').notNull(),
    a: text('a').notNull(),
    b: text('b').notNull(),
    n: integer('n').notNull(),
    sx: numeric('sx').notNull(),
    sy: numeric('sy').notNull(),
    sxx: numeric('sxx').notNull(),
    syy: numeric('syy').notNull(),
    sxy: numeric('sxy').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.scope, t.month, t.a, t.b] })],
);

/** Customers whose responses changed since their cases were computed (marked by triggers on responses). */
export const driverDirty = pgTable(
  'driver_dirty',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] })],
);
