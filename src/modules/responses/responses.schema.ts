import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import type { Answers } from '../../shared/survey-definition.ts';
import type { Evidence as TextEvidence } from '../text/index.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { invitations } from '../invitations/invitations.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import { RESPONSE_CHANNELS } from '../../shared/domain.ts';

export type ResponseContact = { email?: string; phone?: string; consentAt: string; source: string };

export const channelEnum = pgEnum('response_channel', RESPONSE_CHANNELS);
export const responseStatusEnum = pgEnum('response_status', ['partial', 'complete']);

export const responses = pgTable(
  'responses',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    invitationId: uuid('invitation_id'),
    customerId: uuid('customer_id'),
    interactionId: uuid('interaction_id'),
    touchpointId: uuid('touchpoint_id'),
    locationId: uuid('location_id'),
    staffId: uuid('staff_id'),
    channel: channelEnum('channel').notNull(),
    language: text('language').notNull(),
    status: responseStatusEnum('status').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    // The scores denormalised from the answers: what filters, lists and metrics read.
    nps: smallint('nps'),
    csat: smallint('csat'),
    ces: smallint('ces'),
    emotion: text('emotion'),
    comment: text('comment'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    externalId: text('external_id'),
    /** How an anonymous respondent agreed to be contacted back (public and QR links), with the consent's time and page. */
    contact: jsonb('contact').$type<ResponseContact>(),
    /** Lets an anonymous respondent continue the same response question by question. */
    resumeTokenHash: text('resume_token_hash'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** Set once case rules have looked at this response: the sweeper's exactly-once marker. */
    casesCheckedAt: timestamp('cases_checked_at', { withTimezone: true }),
    /** Set once the response's scores are in the daily rollups: the rollup sweeper's exactly-once marker. */
    rolledUpAt: timestamp('rolled_up_at', { withTimezone: true }),
    // Text labels of the comment (src/modules/text): set by the labelling sweeper or a manager's correction.
    sentiment: text('sentiment').$type<'negative' | 'neutral' | 'positive'>(),
    sentimentScore: real('sentiment_score'),
    textEmotion: text('text_emotion'),
    topics: text('topics').array(),
    textLanguage: text('text_language'),
    textEvidence: jsonb('text_evidence').$type<TextEvidence[]>(),
    /** Set once the comment is labelled: the labelling sweeper's exactly-once marker (null again to relabel). */
    textAnalyzedAt: timestamp('text_analyzed_at', { withTimezone: true }),
    /** Who labelled it: the built-in analyser, the organisation's external classifier, or a manager ('manual' is kept on relabel). */
    textSource: text('text_source').$type<'builtin' | 'external' | 'manual'>(),
    ...timestamps(),
  },
  (t) => [
    index('responses_org_submitted').on(t.orgId, t.submittedAt.desc(), t.id.desc()),
    index('responses_org_survey').on(t.orgId, t.surveyId, t.submittedAt),
    index('responses_org_customer').on(t.orgId, t.customerId),
    uniqueIndex('responses_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    uniqueIndex('responses_invitation')
      .on(t.invitationId)
      .where(sql`${t.invitationId} is not null`),
    index('responses_not_rolled_up')
      .on(t.submittedAt)
      .where(sql`${t.rolledUpAt} is null`),
    index('responses_cases_unchecked')
      .on(t.submittedAt)
      .where(sql`${t.casesCheckedAt} is null`),
    index('responses_text_unlabelled')
      .on(t.submittedAt)
      .where(sql`${t.textAnalyzedAt} is null and ${t.comment} is not null`),
    index('responses_org_topics').using('gin', t.topics),
    uniqueIndex('responses_resume_token')
      .on(t.resumeTokenHash)
      .where(sql`${t.resumeTokenHash} is not null`),
    orgForeignKey('responses_survey_fk', t.orgId, t.surveyId, surveys),
    orgForeignKey('responses_customer_fk', t.orgId, t.customerId, customers),
    orgForeignKey('responses_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
    orgForeignKey('responses_location_fk', t.orgId, t.locationId, locations),
    foreignKey({ name: 'responses_staff_fk', columns: [t.orgId, t.staffId], foreignColumns: [staff.orgId, staff.id] }),
    orgForeignKey('responses_interaction_fk', t.orgId, t.interactionId, interactions),
    orgForeignKey('responses_invitation_fk', t.orgId, t.invitationId, invitations),
  ],
);

export const responseNotes = pgTable(
  'response_notes',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => staff.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('response_notes_response').on(t.orgId, t.responseId)],
);
