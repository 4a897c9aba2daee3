import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { responses } from '../responses/responses.schema.ts';

/**
 * Where each response through a public link came from: a keyed hash of the client address (never
 * the address itself), so many answers from one address in a short time can be marked as a
 * suspected flood, and an owner can take them out of the figures in one action.
 */
export const responseSources = pgTable(
  'response_sources',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    source: text('source').notNull(),
    suspected: boolean('suspected').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.responseId] }),
    index('response_sources_recent').on(t.orgId, t.surveyId, t.source, t.createdAt),
    index('response_sources_suspected').on(t.orgId, t.suspected),
  ],
);
