import {
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import type { DimensionLevel, Question } from './levels.ts';

export const actionItemStatusEnum = pgEnum('action_item_status', ['open', 'done']);

/** One taking of the self-assessment; the questions are copied in, so editing the bank never rewrites the past. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull().default({}),
    levels: jsonb('levels').$type<DimensionLevel[]>().notNull().default([]),
    overall: smallint('overall'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdById: uuid('created_by_id'),
    ...timestamps(),
  },
  (t) => [
    unique('self_assessments_org_id_id').on(t.orgId, t.id),
    index('self_assessments_org_created').on(t.orgId, t.createdAt),
    foreignKey({
      name: 'self_assessments_created_by_fk',
      columns: [t.orgId, t.createdById],
      foreignColumns: [staff.orgId, staff.id],
    }),
  ],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    assessmentId: uuid('assessment_id').notNull(),
    dimension: text('dimension').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    ownerId: uuid('owner_id'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: actionItemStatusEnum('status').notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('action_items_org_id_id').on(t.orgId, t.id),
    index('action_items_assessment').on(t.orgId, t.assessmentId),
    foreignKey({
      name: 'action_items_assessment_fk',
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [selfAssessments.orgId, selfAssessments.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'action_items_owner_fk',
      columns: [t.orgId, t.ownerId],
      foreignColumns: [staff.orgId, staff.id],
    }),
  ],
);
