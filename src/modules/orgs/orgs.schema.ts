import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../server/platform/db/ids.ts';

export const orgs = pgTable('orgs', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  defaultLanguage: text('default_language').notNull().default('en'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
