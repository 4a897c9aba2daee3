import { date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Service-recovery counts per organisation, local day of opening, location and owner ('' for none),
 * kept by a statement trigger on cases (migration 0027) that adds what each insert, update or delete
 * changes, in the writer's transaction: the case figures for any period of whole days sum a few
 * thousand of these rows instead of every case opened in it. Times to first action and resolution
 * (medians) are read from the cases (case-stats-cells.ts).
 */
export const caseCells = pgTable(
  'case_cells',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day').notNull(),
    location: text('location').notNull(),
    owner: text('owner').notNull(),
    opened: integer('opened').notNull(),
    /** Cases whose status is new, in progress or waiting. */
    open: integer('open').notNull(),
    /** Resolved or closed without contact. */
    closed: integer('closed').notNull(),
    /** Resolved (resolved_at set) no later than due. */
    closedInTime: integer('closed_in_time').notNull(),
    /** With a first action, and with resolved_at: how many times the medians are taken over. */
    acted: integer('acted').notNull(),
    resolvedTimes: integer('resolved_times').notNull(),
    /** Resolved with a follow-up answer, and of those no longer a detractor (7 or more). */
    withFollowUp: integer('with_follow_up').notNull(),
    recovered: integer('recovered').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.location, t.owner] })],
);

/** Cases with a root cause per organisation, local day of opening, location ('' for none) and root cause: the root-cause figures. */
export const caseCauseCells = pgTable(
  'case_cause_cells',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day').notNull(),
    location: text('location').notNull(),
    rootCause: uuid('root_cause').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.location, t.rootCause] })],
);

/**
 * Open cases per organisation, local day of opening, local day they fall due, location and owner:
 * every open case due before today is overdue now, so only those due today are looked up in the
 * cases (case-stats-cells.ts).
 */
export const caseDueCells = pgTable(
  'case_due_cells',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day').notNull(),
    dueDay: date('due_day').notNull(),
    location: text('location').notNull(),
    owner: text('owner').notNull(),
    open: integer('open').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.dueDay, t.location, t.owner] })],
);
