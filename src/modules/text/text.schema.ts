import { index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import type { Taxonomy } from './analyzer/types.ts';

/** An organisation's text settings: its taxonomy (null: the default) and the optional external classifier. */
export const textSettings = pgTable('text_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  taxonomy: jsonb('taxonomy').$type<Taxonomy>(),
  /** OpenAI-compatible endpoint (base URL, e.g. http://llm.local:8000) and key; the built-in analyser is the fallback. */
  externalUrl: text('external_url'),
  externalKey: text('external_key'),
  externalModel: text('external_model'),
  externalEnabled: integer('external_enabled').notNull().default(0),
  /** Bumped on every change of the taxonomy or the overrides: processes recompile an organisation's analyser when it moves. */
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Per-organisation term overrides learnt from a manager's label corrections. */
export const textOverrides = pgTable(
  'text_overrides',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    kind: text('kind').$type<'sentiment' | 'topic' | 'emotion'>().notNull(),
    term: text('term').notNull(),
    weight: real('weight'),
    topic: text('topic'),
    emotion: text('emotion'),
    responseId: uuid('response_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('text_overrides_org').on(t.orgId, t.createdAt)],
);

/** A background relabel of an organisation's past comments after a taxonomy change. */
export const textRelabelRuns = pgTable(
  'text_relabel_runs',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    total: integer('total').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('text_relabel_runs_org').on(t.orgId, t.startedAt)],
);
