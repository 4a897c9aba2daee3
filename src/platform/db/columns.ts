import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from './ids.ts';

/** Columns every tenant table starts with: a time-ordered id and the owning organisation. */
export const idColumn = () => uuid('id').primaryKey().$defaultFn(newId);
export const orgIdColumn = () => uuid('org_id').notNull();
export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
