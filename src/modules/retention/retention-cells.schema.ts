import { bigint, date, index, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/*
 * Incremental retention summary (retention-cells.ts). Any window [from, to) of local days reads a
 * few hundred to a few thousand cells instead of every purchase in it: each customer's purchase days
 * contribute small "atoms" (their purchase days, their first day, consecutive purchase pairs and
 * triples, consecutive purchase days…) whose counts over a window give distinct customers,
 * repeaters and new customers by inclusion–exclusion (a customer's purchases inside a window are one
 * consecutive run). The purchase rollup sweeper subtracts a customer's old atoms (from the days kept
 * in customer_purchases, retention.schema.ts) and adds the new.
 */

/** Atom counts and revenue per (kind, x, y) local days; see retention-cells.ts for the kinds. */
export const retentionCells = pgTable(
  'retention_cells',
  {
    orgId: uuid('org_id').notNull(),
    kind: text('kind').notNull(),
    x: date('x').notNull(),
    y: date('y').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    revenue: numeric('revenue', { precision: 18, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind, t.x, t.y] }), index('retention_cells_by_y').on(t.orgId, t.kind, t.y)],
);
