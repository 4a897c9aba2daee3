import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.schema.ts';

/**
 * Organisations whose derived cells must be rebuilt (rebuild.ts), one row each: written by triggers
 * in the same transaction as the change that invalidates the cells (time zone, touchpoint kind,
 * deleted survey, location or customer; migration 0028) and by a backup restore. While the row
 * exists the dashboard reads that organisation's figures from the responses. `generation` grows
 * with every request, so a change made during a rebuild leaves the row for one more pass.
 */
export const analyticsRebuilds = pgTable('analytics_rebuilds', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  generation: integer('generation').notNull().default(1),
  reason: text('reason').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  /** Progress of the running rebuild, for the dashboard. */
  steps: integer('steps').notNull().default(0),
  done: integer('done').notNull().default(0),
});
