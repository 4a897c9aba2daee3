import { sql } from 'drizzle-orm';
import { integer, jsonb, pgEnum, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import type { Question } from '../../shared/survey-definition.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const surveyStatusEnum = pgEnum('survey_status', ['draft', 'active', 'closed']);

export type SurveySettings = {
  /** Invite after an interaction at these touchpoints (empty: any), this many hours later. */
  triggerDelayHours?: number;
  /** No more than one invitation per customer per this many days (overrides the organisation's). */
  throttleDays?: number;
  /** Shown on the thank-you page to every respondent alike (review sites forbid asking only the happy ones). */
  reviewUrl?: string | null;
  /** Also list the respondent's location's review sites on the thank-you page, the same for everyone. */
  showReviewSites?: boolean;
  referralText?: Record<string, string> | null;
  /** Personal links stop working after this many days. */
  tokenTtlDays?: number;
  /** Form posts through the public link per 10 minutes, from one address and in all (survey-page limits.ts). */
  publicLimits?: { perAddress?: number; perLink?: number };
  /** Surveys Zabota creates for its own loops (e.g. the case follow-up). */
  purpose?: 'case_follow_up';
};

export const surveys = pgTable(
  'surveys',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The public link is /s/p/{slug}: random, so surveys cannot be enumerated. */
    slug: text('slug').notNull(),
    status: surveyStatusEnum('status').notNull().default('active'),
    languages: text('languages').array().notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    title: jsonb('title').$type<Record<string, string>>(),
    intro: jsonb('intro').$type<Record<string, string>>(),
    thanks: jsonb('thanks').$type<Record<string, string>>(),
    touchpointIds: uuid('touchpoint_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    locationId: uuid('location_id'),
    settings: jsonb('settings').$type<SurveySettings>().notNull().default({}),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    unique('surveys_org_id_id').on(t.orgId, t.id),
    uniqueIndex('surveys_slug').on(t.slug),
    orgForeignKey('surveys_location_fk', t.orgId, t.locationId, locations),
  ],
);
