import { z } from 'zod';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { localized, questions } from '../../shared/survey-definition.ts';

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: 'Must be a language code, e.g. en, ru, bg' });

export const surveySettings = z.object({
  triggerDelayHours: z
    .number()
    .min(0)
    .max(24 * 30)
    .optional(),
  throttleDays: z.number().int().min(0).max(365).optional(),
  reviewUrl: z.url({ error: 'Must be a URL' }).max(2000).nullable().optional(),
  showReviewSites: z
    .boolean()
    .optional()
    .describe("List the location's review sites on the thank-you page: to every respondent alike, never by answer"),
  referralText: localized.nullable().optional(),
  tokenTtlDays: z.number().int().min(1).max(365).optional(),
  reminderDays: z
    .number()
    .int()
    .min(1)
    .max(60)
    .optional()
    .describe('Send the invitation again after this many days if it is still unopened'),
  publicLimits: z
    .object({
      perAddress: z.number().int().min(1).max(100_000).optional(),
      perLink: z.number().int().min(1).max(1_000_000).optional(),
    })
    .strict()
    .optional()
    .describe('Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all'),
});

/** The portable part of a survey: what export gives and create takes, between organisations too. */
export const surveyDefinition = z.object({
  name: z.string().trim().min(1).max(200),
  languages: z
    .array(languageCode)
    .min(1)
    .max(20)
    .refine((l) => new Set(l).size === l.length, { error: 'Languages must be unique' }),
  questions,
  title: localized.nullable().optional(),
  intro: localized.nullable().optional(),
  thanks: localized.nullable().optional(),
  settings: surveySettings.default({}),
});

export const surveyCreate = surveyDefinition.extend({
  status: z.enum(['draft', 'active', 'closed']).default('active'),
  touchpointIds: z.array(z.uuid()).max(200).default([]).describe('Invite after interactions at these touchpoints'),
  locationId: z.uuid().nullable().optional(),
});
// Without the create defaults: in Zod 4 a default applies inside partial(), and a PATCH of one field would reset settings and touchpoints.
export const surveyUpdate = surveyCreate
  .extend({
    status: z.enum(['draft', 'active', 'closed']).optional(),
    touchpointIds: z.array(z.uuid()).max(200).optional().describe('Invite after interactions at these touchpoints'),
    settings: surveySettings.optional(),
  })
  .partial();

export const survey = surveyCreate
  .extend({
    id: z.uuid(),
    slug: z.string(),
    publicUrl: z.string().describe('The public link, /s/p/{slug}'),
    locationId: z.uuid().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Survey' });

export const surveyListQuery = paginationQuery.extend({
  status: z.enum(['draft', 'active', 'closed']).optional(),
  q: z.string().trim().max(200).optional(),
});

export type SurveyCreate = z.infer<typeof surveyCreate>;
export type SurveyUpdate = z.infer<typeof surveyUpdate>;
export type SurveyListQuery = z.infer<typeof surveyListQuery>;
export type SurveyDefinition = z.infer<typeof surveyDefinition>;
