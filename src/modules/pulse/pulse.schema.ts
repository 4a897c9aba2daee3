import {
  boolean,
  date,
  index,
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
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { THRESHOLD_DEFAULT } from './suppression.ts';

export const pulseCadenceEnum = pgEnum('pulse_cadence', ['monthly', 'quarterly']);

/** An item beside the eNPS question: a 1–5 agreement statement in each language. */
export type PulseItem = { id: string; text: Record<string, string> };

export const pulseSurveys = pgTable(
  'pulse_surveys',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    cadence: pulseCadenceEnum('cadence').notNull().default('monthly'),
    items: jsonb('items').$type<PulseItem[]>().notNull().default([]),
    threshold: smallint('threshold').notNull().default(THRESHOLD_DEFAULT),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [unique('pulse_surveys_org_id_id').on(t.orgId, t.id)],
);

/** Who was invited per snapshot group, for participation: counts only, never names. */
export type Invited = { total: number; location: Record<string, number>; role: Record<string, number> };

export const pulseRuns = pgTable(
  'pulse_runs',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    /** The survey's threshold when the run opened: what its answers were promised. */
    threshold: smallint('threshold').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    invited: jsonb('invited').$type<Invited>().notNull(),
  },
  (t) => [
    unique('pulse_runs_org_id_id').on(t.orgId, t.id),
    index('pulse_runs_org_opened').on(t.orgId, t.openedAt),
    orgForeignKey('pulse_runs_survey_fk', t.orgId, t.surveyId, pulseSurveys).onDelete('cascade'),
  ],
);

/**
 * A single-use answer link. It carries the snapshot the answer will keep, not the person: the row
 * is deleted when the answer is stored, so nothing joins an answer back to an email.
 */
export const pulseTokens = pgTable(
  'pulse_tokens',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    locationId: uuid('location_id'),
    role: text('role').notNull(),
    language: text('language').notNull(),
  },
  (t) => [
    uniqueIndex('pulse_tokens_token').on(t.tokenHash),
    orgForeignKey('pulse_tokens_run_fk', t.orgId, t.runId, pulseRuns).onDelete('cascade'),
  ],
);

/** An anonymous answer: a snapshot of location and role, the day (not the time), never a staff id. */
export const pulseResponses = pgTable(
  'pulse_responses',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').notNull(),
    locationId: uuid('location_id'),
    role: text('role').notNull(),
    score: smallint('score').notNull(),
    items: jsonb('items').$type<Record<string, number>>().notNull().default({}),
    comment: text('comment'),
    /** sha256 of "reply:" + the spent token: the author reads replies through their link, nobody else can tie them. */
    replyKey: text('reply_key'),
    submittedOn: date('submitted_on').notNull(),
  },
  (t) => [
    unique('pulse_responses_org_id_id').on(t.orgId, t.id),
    index('pulse_responses_run').on(t.orgId, t.runId),
    index('pulse_responses_reply_key').on(t.replyKey),
    orgForeignKey('pulse_responses_run_fk', t.orgId, t.runId, pulseRuns).onDelete('cascade'),
  ],
);

/** A manager's answer to an anonymous comment, relayed to the author through their link. */
export const pulseReplies = pgTable(
  'pulse_replies',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id').notNull(),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pulse_replies_response').on(t.orgId, t.responseId),
    orgForeignKey('pulse_replies_response_fk', t.orgId, t.responseId, pulseResponses).onDelete('cascade'),
    orgForeignKey('pulse_replies_author_fk', t.orgId, t.authorId, staff),
  ],
);
