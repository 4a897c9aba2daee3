import { foreignKey, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { newId } from './ids.ts';

/** Columns every tenant table starts with: a time-ordered id and the owning organisation. */
export const idColumn = () => uuid('id').primaryKey().$defaultFn(newId);
export const orgIdColumn = () => uuid('org_id').notNull();
export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A reference inside one organisation: `(org_id, column)` → the target's `(org_id, id)`, so no row can
 * point at another organisation's row even through a bug. Chain `.onDelete(…)` where needed.
 */
export const orgForeignKey = (
  name: string,
  orgId: AnyPgColumn,
  column: AnyPgColumn,
  target: { orgId: AnyPgColumn; id: AnyPgColumn },
) => foreignKey({ name, columns: [orgId, column], foreignColumns: [target.orgId, target.id] });
