import { index, jsonb, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
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
    orgForeignKey('self_assessments_created_by_fk', t.orgId, t.createdById, staff),
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
    orgForeignKey('action_items_assessment_fk', t.orgId, t.assessmentId, selfAssessments).onDelete('cascade'),
    orgForeignKey('action_items_owner_fk', t.orgId, t.ownerId, staff),
  ],
);
