import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { responses } from '../responses/responses.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpointKindEnum, touchpoints } from '../touchpoints/touchpoints.schema.ts';
import type { Assignment } from './assignment.ts';
import type { Sla } from '../../shared/business-hours.ts';
import type { RuleConditions } from './rules.ts';
import { CASE_STATUSES } from '../../shared/domain.ts';

export { CASE_STATUSES };
export const OPEN_STATUSES = ['new', 'in_progress', 'waiting'] as const;
export const caseStatusEnum = pgEnum('case_status', CASE_STATUSES);
export const casePriorityEnum = pgEnum('case_priority', ['low', 'normal', 'high', 'urgent']);
export const caseSourceEnum = pgEnum('case_source', [
  'rule',
  'phone',
  'review',
  'frontline',
  'email',
  'other',
  'audit',
]);
export const CASE_EVENT_TYPES = [
  'opened',
  'note',
  'contact',
  'status',
  'assignment',
  'escalation',
  'breach',
  'follow_up',
  'due_soon',
  /** A message to or from the customer on a messaging channel (modules/messaging). */
  'message',
] as const;
export const caseEventTypeEnum = pgEnum('case_event_type', CASE_EVENT_TYPES);

export const caseRules = pgTable(
  'case_rules',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    priority: casePriorityEnum('priority').notNull().default('normal'),
    conditions: jsonb('conditions').$type<RuleConditions>().notNull(),
    sla: jsonb('sla').$type<Sla>().notNull(),
    assignment: jsonb('assignment').$type<Assignment>().notNull(),
    roundRobinCursor: uuid('round_robin_cursor'),
    ...timestamps(),
  },
  (t) => [unique('case_rules_org_id_id').on(t.orgId, t.id)],
);

export const rootCauses = pgTable(
  'root_causes',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    kind: touchpointKindEnum('kind').notNull(),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique('root_causes_org_id_id').on(t.orgId, t.id)],
);

/** The last case number each organisation gave out (see cases.number). */
export const caseCounters = pgTable('case_counters', {
  orgId: orgIdColumn()
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  last: bigint('last', { mode: 'number' }).notNull().default(0),
});

export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    // Counts per organisation (#1, #2, …): a shared sequence showed a new organisation the volume of
    // all others. Trigger cases_number (migration 0029) sets it from case_counters; 0 never stays.
    number: bigint('number', { mode: 'number' }).notNull().default(0),
    title: text('title').notNull(),
    source: caseSourceEnum('source').notNull(),
    status: caseStatusEnum('status').notNull().default('new'),
    priority: casePriorityEnum('priority').notNull().default('normal'),
    responseId: uuid('response_id'),
    ruleId: uuid('rule_id'),
    customerId: uuid('customer_id'),
    locationId: uuid('location_id'),
    touchpointId: uuid('touchpoint_id'),
    staffId: uuid('staff_id'),
    ownerId: uuid('owner_id'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    firstActionAt: timestamp('first_action_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    dueSoonNotifiedAt: timestamp('due_soon_notified_at', { withTimezone: true }),
    escalationLevel: smallint('escalation_level').notNull().default(0),
    rootCauseId: uuid('root_cause_id'),
    resolution: text('resolution'),
    followUpInvitationId: uuid('follow_up_invitation_id'),
    followUpScore: smallint('follow_up_score'),
    ...timestamps(),
  },
  (t) => [
    unique('cases_org_id_id').on(t.orgId, t.id),
    uniqueIndex('cases_org_number').on(t.orgId, t.number),
    // One case per response, however often the evaluation runs.
    uniqueIndex('cases_response')
      .on(t.responseId)
      .where(sql`${t.responseId} is not null`),
    index('cases_org_status').on(t.orgId, t.status, t.dueAt),
    index('cases_org_owner').on(t.orgId, t.ownerId, t.status),
    index('cases_open_due')
      .on(t.dueAt)
      .where(sql`${t.status} in ('new', 'in_progress', 'waiting')`),
    // Covering indexes for the case figures (case-stats.ts) are in migration 0027: drizzle has no INCLUDE.
    foreignKey({ name: 'cases_response_fk', columns: [t.responseId], foreignColumns: [responses.id] }).onDelete(
      'set null',
    ),
    orgForeignKey('cases_customer_fk', t.orgId, t.customerId, customers),
    orgForeignKey('cases_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('cases_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
    foreignKey({ name: 'cases_staff_fk', columns: [t.orgId, t.staffId], foreignColumns: [staff.orgId, staff.id] }),
    foreignKey({ name: 'cases_owner_fk', columns: [t.orgId, t.ownerId], foreignColumns: [staff.orgId, staff.id] }),
    orgForeignKey('cases_root_cause_fk', t.orgId, t.rootCauseId, rootCauses),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull(),
    type: caseEventTypeEnum('type').notNull(),
    actorId: uuid('actor_id').references(() => staff.id, { onDelete: 'set null' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_events_case').on(t.orgId, t.caseId, t.createdAt),
    orgForeignKey('case_events_case_fk', t.orgId, t.caseId, cases).onDelete('cascade'),
  ],
);
