import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgForeignKey, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import {
  type ASSIGNEE_ROLES,
  type GESTURE_KINDS,
  type GESTURE_TASK_STATUSES,
  type GestureTrigger,
} from './gesture-rules.ts';
import type { GestureNotice, NOTICE_STATES } from './gesture-notice.ts';
import type { POINT_KINDS, POINT_SOURCES } from './points-rules.ts';
import type { TierCriteria } from './tier-rules.ts';

/** A recognition tier: earned by rolling-12-month figures (or given by hand), higher rank is better. */
export const tiers = pgTable(
  'tiers',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    rank: integer('rank').notNull(),
    match: text('match').$type<'any' | 'all'>().notNull().default('all'),
    criteria: jsonb('criteria').$type<TierCriteria>().notNull(),
    manualOnly: boolean('manual_only').notNull().default(false),
    graceDays: integer('grace_days').notNull().default(90),
    perks: text('perks'),
    ...timestamps(),
  },
  (t) => [unique('tiers_org_id_id').on(t.orgId, t.id), uniqueIndex('tiers_org_rank').on(t.orgId, t.rank)],
);

/** Each customer's current tier; no row means no tier. */
export const customerTiers = pgTable(
  'customer_tiers',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    tierId: uuid('tier_id').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull(),
    /** When the customer first fell below the tier's threshold; demotion waits out the grace period from here. */
    belowSince: timestamp('below_since', { withTimezone: true }),
    manual: boolean('manual').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'customer_tiers_pk', columns: [t.orgId, t.customerId] }),
    index('customer_tiers_tier').on(t.orgId, t.tierId),
    orgForeignKey('customer_tiers_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
    orgForeignKey('customer_tiers_tier_fk', t.orgId, t.tierId, tiers).onDelete('cascade'),
  ],
);

/** Every move between tiers (null = no tier), for the migration figures. */
export const tierChanges = pgTable(
  'tier_changes',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    fromTierId: uuid('from_tier_id'),
    toTierId: uuid('to_tier_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('tier_changes_org_at').on(t.orgId, t.at),
    orgForeignKey('tier_changes_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

/** An organisation whose tiers changed (or whose daily pass is due): the recalculation sweep takes it. */
export const tierRecalcs = pgTable('tier_recalcs', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  requestedAt: timestamp('requested_at', { withTimezone: true }),
  doneAt: timestamp('done_at', { withTimezone: true }),
});

/** What staff should remember about a customer, and the customer's choices about recognition. */
export const customerProfiles = pgTable(
  'customer_profiles',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    birthday: date('birthday'),
    preferences: text('preferences'),
    remember: text('remember'),
    profilingOptOut: boolean('profiling_opt_out').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'customer_profiles_pk', columns: [t.orgId, t.customerId] }),
    orgForeignKey('customer_profiles_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

/** The catalogue of service gestures and what triggers each. */
export const gestures = pgTable(
  'gestures',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').$type<(typeof GESTURE_KINDS)[number]>().notNull(),
    description: text('description'),
    costEstimate: numeric('cost_estimate', { precision: 12, scale: 2, mode: 'number' }),
    trigger: text('trigger').$type<GestureTrigger>().notNull(),
    triggerVisit: integer('trigger_visit'),
    triggerTierId: uuid('trigger_tier_id'),
    tierIds: uuid('tier_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    touchpointIds: uuid('touchpoint_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    assigneeRole: text('assignee_role').$type<(typeof ASSIGNEE_ROLES)[number]>().notNull().default('staff'),
    assigneeStaffId: uuid('assignee_staff_id'),
    dueDays: integer('due_days').notNull().default(30),
    /** What the customer is told when a task is made (per language, owner-written); null: nothing, a surprise stays one. */
    notice: jsonb('notice').$type<GestureNotice>(),
    /** The notice is the gesture: its task is delivered when the notice is sent. */
    noticeOnly: boolean('notice_only').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    unique('gestures_org_id_id').on(t.orgId, t.id),
    orgForeignKey('gestures_tier_fk', t.orgId, t.triggerTierId, tiers),
    orgForeignKey('gestures_staff_fk', t.orgId, t.assigneeStaffId, staff),
  ],
);

/** A gesture owed to one customer for one occasion: at most one per (customer, gesture, occasion). */
export const gestureTasks = pgTable(
  'gesture_tasks',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    gestureId: uuid('gesture_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    occasion: text('occasion').notNull(),
    locationId: uuid('location_id'),
    staffId: uuid('staff_id'),
    role: text('role').$type<(typeof ASSIGNEE_ROLES)[number]>().notNull(),
    triggerInteractionId: uuid('trigger_interaction_id'),
    status: text('status').$type<(typeof GESTURE_TASK_STATUSES)[number]>().notNull().default('pending'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveredBy: uuid('delivered_by'),
    interactionId: uuid('interaction_id'),
    skipReason: text('skip_reason'),
    /** The gesture's notice: due (made with the task), queued (its send job is in), sent, or not sent. */
    noticeState: text('notice_state').$type<(typeof NOTICE_STATES)[number]>(),
    /** The channel the notice went by (or why it did not go). */
    noticeChannel: text('notice_channel'),
    noticeError: text('notice_error'),
    noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('gesture_tasks_org_id_id').on(t.orgId, t.id),
    uniqueIndex('gesture_tasks_occasion').on(t.orgId, t.customerId, t.gestureId, t.occasion),
    index('gesture_tasks_pending').on(t.orgId, t.status, t.dueAt),
    index('gesture_tasks_location').on(t.orgId, t.locationId, t.status),
    index('gesture_tasks_notice_due')
      .on(t.noticeState)
      .where(sql`notice_state = 'due'`),
    orgForeignKey('gesture_tasks_gesture_fk', t.orgId, t.gestureId, gestures).onDelete('cascade'),
    orgForeignKey('gesture_tasks_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
    orgForeignKey('gesture_tasks_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('gesture_tasks_staff_fk', t.orgId, t.staffId, staff),
    orgForeignKey('gesture_tasks_delivered_by_fk', t.orgId, t.deliveredBy, staff),
    orgForeignKey('gesture_tasks_interaction_fk', t.orgId, t.interactionId, interactions),
    orgForeignKey('gesture_tasks_trigger_fk', t.orgId, t.triggerInteractionId, interactions),
  ],
);

/**
 * Customers whose visits or recovery cases changed since the trigger sweep last looked (triggers
 * on interactions and cases write them in the writer's transaction, see the custom migration).
 */
export const recognitionDirty = pgTable(
  'recognition_dirty',
  {
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
  },
  (t) => [primaryKey({ name: 'recognition_dirty_pk', columns: [t.orgId, t.customerId] })],
);

/** Whether the organisation uses the optional points ledger (off unless an owner turns it on). */
export const pointsSettings = pgTable('points_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The points ledger: append-only (a trigger refuses updates and direct deletes, see the custom
 * migration), one entry per (source, kind), so a repeated event never earns twice.
 */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind').$type<(typeof POINT_KINDS)[number]>().notNull(),
    /** Signed: what the entry adds to the balance. */
    points: integer('points').notNull(),
    sourceType: text('source_type').$type<(typeof POINT_SOURCES)[number]>().notNull(),
    sourceId: text('source_id').notNull(),
    reversesId: uuid('reverses_id'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('points_ledger_org_id_id').on(t.orgId, t.id),
    uniqueIndex('points_ledger_source').on(t.orgId, t.sourceType, t.sourceId, t.kind),
    index('points_ledger_customer').on(t.orgId, t.customerId, t.createdAt),
    orgForeignKey('points_ledger_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
    orgForeignKey('points_ledger_reverses_fk', t.orgId, t.reversesId, t),
    orgForeignKey('points_ledger_staff_fk', t.orgId, t.createdBy, staff),
  ],
);
