import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { audits, checklistItems, standards } from '../standards/standards.schema.ts';
import type { QuizQuestion } from './quiz.ts';

type Texts = Record<string, string>;
export const ASSIGNMENT_STATUSES = ['assigned', 'passed', 'failed'] as const;
export const assignmentStatusEnum = pgEnum('training_assignment_status', ASSIGNMENT_STATUSES);

export const lessons = pgTable(
  'lessons',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    standardId: uuid('standard_id'),
    title: jsonb('title').$type<Texts>().notNull(),
    body: jsonb('body').$type<Texts>().notNull().default({}),
    videoUrl: text('video_url'),
    imageUrls: text('image_urls')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    quiz: jsonb('quiz').$type<QuizQuestion[]>().notNull().default([]),
    passMark: smallint('pass_mark').notNull().default(80),
    maxAttempts: smallint('max_attempts').notNull().default(3),
    /** N: an assignment from a failed audit item is due this many days after the audit. */
    dueInDays: smallint('due_in_days').notNull().default(7),
    /** Required again every N months once passed; null: once. */
    recurMonths: smallint('recur_months'),
    ...timestamps(),
  },
  (t) => [
    unique('lessons_org_id_id').on(t.orgId, t.id),
    index('lessons_org_standard').on(t.orgId, t.standardId),
    orgForeignKey('lessons_standard_fk', t.orgId, t.standardId, standards),
  ],
);

export const trainingAssignments = pgTable(
  'training_assignments',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    locationId: uuid('location_id'),
    auditId: uuid('audit_id'),
    itemId: uuid('item_id'),
    status: assignmentStatusEnum('status').notNull().default('assigned'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    attempts: smallint('attempts').notNull().default(0),
    bestScore: real('best_score'),
    passedAt: timestamp('passed_at', { withTimezone: true }),
    /** A refresher of a recurring lesson: the passed assignment it renews (one refresher each). */
    renewsId: uuid('renews_id'),
    ...timestamps(),
  },
  (t) => [
    unique('training_assignments_org_id_id').on(t.orgId, t.id),
    // The loop's guarantee: one assignment per (audit, item, staff member), whatever repeats or crashes.
    uniqueIndex('training_assignments_audit_item_staff')
      .on(t.orgId, t.auditId, t.itemId, t.staffId)
      .where(sql`${t.auditId} is not null`),
    uniqueIndex('training_assignments_renews')
      .on(t.orgId, t.renewsId)
      .where(sql`${t.renewsId} is not null`),
    index('training_assignments_staff').on(t.orgId, t.staffId, t.status),
    index('training_assignments_audit').on(t.orgId, t.auditId),
    orgForeignKey('training_assignments_lesson_fk', t.orgId, t.lessonId, lessons).onDelete('cascade'),
    orgForeignKey('training_assignments_staff_fk', t.orgId, t.staffId, staff).onDelete('cascade'),
    orgForeignKey('training_assignments_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('training_assignments_audit_fk', t.orgId, t.auditId, audits).onDelete('cascade'),
    orgForeignKey('training_assignments_item_fk', t.orgId, t.itemId, checklistItems),
    orgForeignKey('training_assignments_renews_fk', t.orgId, t.renewsId, t).onDelete('cascade'),
  ],
);

export const trainingAttempts = pgTable(
  'training_attempts',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    assignmentId: uuid('assignment_id').notNull(),
    answers: jsonb('answers').$type<Record<string, string[]>>().notNull(),
    score: real('score').notNull(),
    passed: boolean('passed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_attempts_assignment').on(t.orgId, t.assignmentId),
    orgForeignKey('training_attempts_assignment_fk', t.orgId, t.assignmentId, trainingAssignments).onDelete('cascade'),
  ],
);
