import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { shiftEnum } from '../interactions/interactions.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';

type Texts = Record<string, string>;
export const AUDIT_KINDS = ['self', 'manager', 'mystery', 'external'] as const;
export const AUDIT_STATUSES = ['scheduled', 'open', 'submitted'] as const;
export const ITEM_KINDS = ['pass_fail', 'scale'] as const;
export const ASSIGNEE_ROLES = ['manager', 'staff'] as const;
export const auditKindEnum = pgEnum('audit_kind', AUDIT_KINDS);
export const auditStatusEnum = pgEnum('audit_status', AUDIT_STATUSES);
export const checklistItemKindEnum = pgEnum('checklist_item_kind', ITEM_KINDS);
export const assigneeRoleEnum = pgEnum('audit_assignee_role', ASSIGNEE_ROLES);

/** A written standard: per touchpoint, optionally narrowed to one location; texts per language. */
export const standards = pgTable(
  'standards',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    touchpointId: uuid('touchpoint_id'),
    locationId: uuid('location_id'),
    title: jsonb('title').$type<Texts>().notNull(),
    why: jsonb('why').$type<Texts>().notNull().default({}),
    good: jsonb('good').$type<Texts>().notNull().default({}),
    never: jsonb('never').$type<Texts>().notNull().default({}),
    /** Goes up on every change of wording; answers keep the version they were given against. */
    version: integer('version').notNull().default(1),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    unique('standards_org_id_id').on(t.orgId, t.id),
    index('standards_org_touchpoint').on(t.orgId, t.touchpointId),
    orgForeignKey('standards_touchpoint_fk', t.orgId, t.touchpointId, touchpoints).onDelete('cascade'),
    orgForeignKey('standards_location_fk', t.orgId, t.locationId, locations).onDelete('cascade'),
  ],
);

export const checklists = pgTable(
  'checklists',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    touchpointId: uuid('touchpoint_id'),
    passMark: smallint('pass_mark').notNull().default(80),
    /** M: the re-audit of failed items is due this many days after the last lesson is passed. */
    reauditWithinDays: smallint('reaudit_within_days').notNull().default(14),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    unique('checklists_org_id_id').on(t.orgId, t.id),
    orgForeignKey('checklists_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
  ],
);

/** Items are archived, never deleted, so past answers keep what they were answering. */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    checklistId: uuid('checklist_id').notNull(),
    standardId: uuid('standard_id'),
    text: jsonb('text').$type<Texts>().notNull(),
    kind: checklistItemKindEnum('kind').notNull().default('pass_fail'),
    weight: smallint('weight').notNull().default(1),
    critical: boolean('critical').notNull().default(false),
    /** Whether "not applicable" is an answer here; an item that always applies refuses it. */
    naAllowed: boolean('na_allowed').notNull().default(true),
    position: integer('position').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [
    unique('checklist_items_org_id_id').on(t.orgId, t.id),
    index('checklist_items_checklist').on(t.orgId, t.checklistId, t.position),
    orgForeignKey('checklist_items_checklist_fk', t.orgId, t.checklistId, checklists).onDelete('cascade'),
    orgForeignKey('checklist_items_standard_fk', t.orgId, t.standardId, standards),
  ],
);

export const auditSchedules = pgTable(
  'audit_schedules',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    checklistId: uuid('checklist_id').notNull(),
    locationId: uuid('location_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    kind: auditKindEnum('kind').notNull().default('manager'),
    /** RRULE subset (recurrence.ts): FREQ=WEEKLY|MONTHLY with INTERVAL, BYDAY/BYMONTHDAY, COUNT/UNTIL. */
    rrule: text('rrule').notNull(),
    startsOn: date('starts_on').notNull(),
    /** Who does it: a person, or a role at the location (`staff`: a self-check for each of them). */
    assigneeId: uuid('assignee_id'),
    assigneeRole: assigneeRoleEnum('assignee_role'),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    unique('audit_schedules_org_id_id').on(t.orgId, t.id),
    orgForeignKey('audit_schedules_assignee_fk', t.orgId, t.assigneeId, staff),
    orgForeignKey('audit_schedules_checklist_fk', t.orgId, t.checklistId, checklists).onDelete('cascade'),
    orgForeignKey('audit_schedules_location_fk', t.orgId, t.locationId, locations).onDelete('cascade'),
    orgForeignKey('audit_schedules_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
  ],
);

export const audits = pgTable(
  'audits',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    checklistId: uuid('checklist_id').notNull(),
    locationId: uuid('location_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    staffId: uuid('staff_id'),
    createdById: uuid('created_by_id'),
    /** The shift the audit looked at, so figures can be read by shift rather than by person. */
    shift: shiftEnum('shift'),
    kind: auditKindEnum('kind').notNull(),
    status: auditStatusEnum('status').notNull().default('open'),
    /** Only these items are checked (a re-audit); null means every item of the checklist. */
    itemIds: uuid('item_ids').array(),
    reauditOf: uuid('reaudit_of'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    score: real('score'),
    passed: boolean('passed'),
    criticalFailed: boolean('critical_failed'),
    failedItemIds: uuid('failed_item_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('audits_org_id_id').on(t.orgId, t.id),
    // One re-audit per audit, however often the last lesson's pass is recorded.
    uniqueIndex('audits_reaudit_of')
      .on(t.orgId, t.reauditOf)
      .where(sql`${t.reauditOf} is not null`),
    index('audits_org_location').on(t.orgId, t.locationId, t.submittedAt),
    index('audits_org_submitted').on(t.orgId, t.submittedAt),
    orgForeignKey('audits_checklist_fk', t.orgId, t.checklistId, checklists).onDelete('cascade'),
    orgForeignKey('audits_location_fk', t.orgId, t.locationId, locations).onDelete('cascade'),
    orgForeignKey('audits_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
    foreignKey({ name: 'audits_staff_fk', columns: [t.orgId, t.staffId], foreignColumns: [staff.orgId, staff.id] }),
    orgForeignKey('audits_created_by_fk', t.orgId, t.createdById, staff),
    orgForeignKey('audits_reaudit_of_fk', t.orgId, t.reauditOf, t).onDelete('cascade'),
  ],
);

/** One row per (schedule, occurrence): the claim that its audits were made, taken in the same transaction. */
export const auditScheduleRuns = pgTable(
  'audit_schedule_runs',
  {
    orgId: orgIdColumn(),
    scheduleId: uuid('schedule_id').notNull(),
    occursOn: date('occurs_on').notNull(),
    audits: integer('audits').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scheduleId, t.occursOn] }),
    orgForeignKey('audit_schedule_runs_schedule_fk', t.orgId, t.scheduleId, auditSchedules).onDelete('cascade'),
  ],
);

/** One row per (audit, item): each answer is kept as it is given, so a dropped connection loses nothing. */
export const auditAnswers = pgTable(
  'audit_answers',
  {
    orgId: orgIdColumn(),
    auditId: uuid('audit_id').notNull(),
    itemId: uuid('item_id').notNull(),
    result: text('result').$type<'pass' | 'fail' | 'na'>(),
    value: smallint('value'),
    /** 0…1, null when not applicable; with the weight, what the compliance figures add up. */
    points: real('points'),
    weight: smallint('weight').notNull(),
    failed: boolean('failed').notNull(),
    standardVersion: integer('standard_version'),
    comment: text('comment'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.auditId, t.itemId] }),
    orgForeignKey('audit_answers_audit_fk', t.orgId, t.auditId, audits).onDelete('cascade'),
    orgForeignKey('audit_answers_item_fk', t.orgId, t.itemId, checklistItems),
  ],
);

/** The recovery case a failed critical item opened: one per (audit, item), claimed before the case is made. */
export const auditCases = pgTable(
  'audit_cases',
  {
    orgId: orgIdColumn(),
    auditId: uuid('audit_id').notNull(),
    itemId: uuid('item_id').notNull(),
    caseId: uuid('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.auditId, t.itemId] }),
    orgForeignKey('audit_cases_audit_fk', t.orgId, t.auditId, audits).onDelete('cascade'),
    orgForeignKey('audit_cases_item_fk', t.orgId, t.itemId, checklistItems),
    orgForeignKey('audit_cases_case_fk', t.orgId, t.caseId, cases),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Photos taken for an answer, kept in PostgreSQL beside the audit so a backup of the database holds
 * them too; the size limit keeps the table small enough for that.
 */
export const auditPhotos = pgTable(
  'audit_photos',
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    auditId: uuid('audit_id').notNull(),
    itemId: uuid('item_id').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('audit_photos_org_id_id').on(t.orgId, t.id),
    index('audit_photos_audit').on(t.orgId, t.auditId, t.itemId),
    orgForeignKey('audit_photos_audit_fk', t.orgId, t.auditId, audits).onDelete('cascade'),
    orgForeignKey('audit_photos_item_fk', t.orgId, t.itemId, checklistItems),
    orgForeignKey('audit_photos_created_by_fk', t.orgId, t.createdById, staff),
  ],
);

/** What staff are told about mystery visits (that they happen, not when), kept with every version. */
export const staffNotices = pgTable(
  'staff_notices',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: jsonb('body').$type<Texts>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('staff_notices_org_version').on(t.orgId, t.version)],
);

/** A mystery audit's shopper link: no account, a window, and the shopper for the lockout. */
export const mysteryVisits = pgTable(
  'mystery_visits',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    auditId: uuid('audit_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    shopperRef: text('shopper_ref').notNull(),
    scenario: text('scenario'),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }).notNull(),
    noticeVersion: integer('notice_version').notNull(),
  },
  (t) => [
    unique('mystery_visits_audit').on(t.orgId, t.auditId),
    uniqueIndex('mystery_visits_token').on(t.tokenHash),
    index('mystery_visits_shopper').on(t.orgId, t.shopperRef),
    orgForeignKey('mystery_visits_audit_fk', t.orgId, t.auditId, audits).onDelete('cascade'),
  ],
);
