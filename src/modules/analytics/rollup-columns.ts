import { bandSql } from '../../shared/metrics.ts';
import { integer, text } from 'drizzle-orm/pg-core';

/**
 * The score counts every rollup table keeps per cell (cube.schema.ts, segment-rollup.schema.ts):
 * what a metric needs to be summed over any set of cells (analytics.repo.ts reads them by name).
 */
/** The same counts by column name, for the rollup statements' SQL. */
export const COUNTS = [
  'responses',
  'nps_n',
  'nps_promoters',
  'nps_detractors',
  'csat_n',
  'csat_sum',
  'csat_top',
  'ces_n',
  'ces_sum',
  'ces_top',
] as const;

/**
 * COUNTS as aggregates over rows of responses' scores (`nps`, `csat`, `ces`), in the same order;
 * negated (sign -1) for what retracted responses had added.
 */
export const countAggregates = (sign: 1 | -1 = 1) =>
  [
    'count(*)',
    'count(nps)',
    `count(*) filter (where ${bandSql.promoter('nps')})`,
    `count(*) filter (where ${bandSql.detractor('nps')})`,
    'count(csat)',
    'coalesce(sum(csat), 0)',
    `count(*) filter (where ${bandSql.csatTop('csat')})`,
    'count(ces)',
    'coalesce(sum(ces), 0)',
    `count(*) filter (where ${bandSql.cesTop('ces')})`,
  ]
    .map((a) => (sign < 0 ? `-${a}` : a))
    .join(', ');

/** An upsert's ON CONFLICT assignments adding the new counts to `table`'s. */
export const addCounts = (table: string) => COUNTS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

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

/**
 * The dimensions of a response as the segment tables key them (customer_segment_counts,
 * segment_cube): ids and names as text, '' for none (a key column cannot be null).
 */
export const segmentKeyColumns = () => ({
  /** The location id, or '' for responses without one; the same for the touchpoint and the staff member. */
  location: text('location').notNull(),
  touchpoint: text('touchpoint').notNull(),
  staff: text('staff').notNull(),
  /** The survey, channel, language and touchpoint kind ('' without a touchpoint). */
  survey: text('survey').notNull(),
  channel: text('channel').notNull(),
  language: text('language').notNull(),
  kind: text('kind').notNull(),
});

/** Dimensions kept in the daily rollups, each with the response column that is its key. */
export const ROLLUP_DIMS = {
  location: 'location_id::text',
  touchpoint: 'touchpoint_id::text',
  staff: 'staff_id::text',
  survey: 'survey_id::text',
  channel: 'channel::text',
  language: 'language',
  kind: 'kind',
} as const;
export type RollupDim = keyof typeof ROLLUP_DIMS;
