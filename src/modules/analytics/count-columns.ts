import { integer } from 'drizzle-orm/pg-core';

/**
 * The score counts every rollup table keeps per cell (cube.schema.ts, segment-rollup.schema.ts):
 * what a metric needs to be summed over any set of cells (analytics.repo.ts reads them by name).
 */
export const countColumns = () => ({
  responses: integer('responses').notNull(),
  npsN: integer('nps_n').notNull(),
  npsPromoters: integer('nps_promoters').notNull(),
  npsDetractors: integer('nps_detractors').notNull(),
  csatN: integer('csat_n').notNull(),
  csatSum: integer('csat_sum').notNull(),
  csatTop: integer('csat_top').notNull(),
  cesN: integer('ces_n').notNull(),
  cesSum: integer('ces_sum').notNull(),
  cesTop: integer('ces_top').notNull(),
});
