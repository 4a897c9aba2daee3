import { z } from 'zod';
import { externalId, isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { customerFields } from '../customers/customers.contract.ts';
import { RESPONSE_CHANNELS } from '../../shared/domain.ts';

const answerValue = z.union([z.number(), z.string().max(100_000), z.array(z.string().max(200)).max(50)]);

export const response = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    invitationId: z.uuid().nullable(),
    customerId: z.uuid().nullable(),
    interactionId: z.uuid().nullable(),
    touchpointId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    staffId: z.uuid().nullable(),
    channel: z.enum(RESPONSE_CHANNELS),
    contact: z
      .object({
        email: z.string().optional(),
        phone: z.string().optional(),
        consentAt: z.string(),
        source: z.string(),
      })
      .nullable()
      .optional()
      .describe('An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page'),
    language: z.string(),
    status: z.enum(['partial', 'complete']),
    answers: z.record(z.string(), answerValue),
    nps: z.number().int().nullable(),
    csat: z.number().int().nullable(),
    ces: z.number().int().nullable(),
    emotion: z.string().nullable(),
    comment: z.string().nullable(),
    tags: z.array(z.string()),
    externalId: z.string().nullable(),
    submittedAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    // Labels of the comment (null until it is labelled, a second or so after it arrives).
    sentiment: z.enum(['negative', 'neutral', 'positive']).nullable(),
    sentimentScore: z.number().nullable(),
    textEmotion: z
      .string()
      .nullable()
      .describe('anger, frustration, disappointment, neutral, satisfaction, joy or gratitude'),
    topics: z.array(z.string()).nullable().describe("Topic ids of the organisation's taxonomy"),
    textLanguage: z.string().nullable(),
    textEvidence: z
      .array(
        z.object({
          kind: z.string(),
          label: z.string(),
          text: z.string(),
          start: z.number(),
          end: z.number(),
          weight: z.number().optional(),
        }),
      )
      .nullable(),
    textAnalyzedAt: z.string().nullable(),
    textSource: z
      .enum(['builtin', 'external', 'manual'])
      .nullable()
      .describe('manual: corrected by a manager, kept when the comments are relabelled'),
  })
  .meta({ id: 'Response' });

export const responseListItem = response
  .extend({
    surveyName: z.string().nullable(),
    customerName: z.string().nullable(),
    touchpointName: z.string().nullable(),
    locationName: z.string().nullable(),
    staffName: z.string().nullable(),
  })
  .meta({ id: 'ResponseListItem' });

export const responseNote = z
  .object({
    id: z.uuid(),
    body: z.string(),
    authorId: z.uuid().nullable(),
    authorName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ResponseNote' });
export const responseDetail = responseListItem.extend({ notes: z.array(responseNote) }).meta({ id: 'ResponseDetail' });

export const responseCreate = z
  .object({
    surveyId: z.uuid(),
    customerId: z.uuid().optional(),
    customer: z.object(customerFields).optional().describe('Found by externalId, else by email, else created'),
    interactionId: z.uuid().optional(),
    touchpointId: z.uuid().optional(),
    locationId: z.uuid().optional(),
    staffId: z.uuid().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
      .optional(),
    answers: z.record(z.string().max(64), z.unknown()),
    submittedAt: isoDateTime.optional(),
    externalId: externalId.optional().describe('Your id for this response: sending it again returns the first'),
  })
  .refine((v) => !(v.customerId && v.customer), { error: 'Give customerId or customer, not both', path: ['customer'] });

export const BANDS = ['promoter', 'passive', 'detractor'] as const;

export const responseListQuery = paginationQuery.extend({
  surveyId: z.uuid().optional(),
  from: isoDateTime.optional().describe('submittedAt ≥ from'),
  to: isoDateTime.optional().describe('submittedAt < to'),
  touchpointId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  language: z.string().max(20).optional(),
  channel: z.enum(RESPONSE_CHANNELS).optional(),
  band: z.enum(BANDS).optional().describe('NPS band: promoter 9–10, passive 7–8, detractor 0–6'),
  hasComment: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  status: z.enum(['partial', 'complete']).optional(),
  tag: z.string().max(100).optional(),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional().describe('Sentiment of the comment'),
  topic: z.string().max(100).optional().describe('A topic id of the comment'),
});

export const responseExportQuery = responseListQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  delimiter: z
    .enum(['comma', 'semicolon'])
    .default('comma')
    .describe('CSV only: semicolon suits Excel where the list separator is ";" (ru, bg)'),
});

export const responseAnnotate = z.object({ tags: z.array(z.string().trim().min(1).max(100)).max(50) });
export const noteCreate = z.object({ body: z.string().trim().min(1).max(10_000) });

export type ResponseCreate = z.infer<typeof responseCreate>;
export type ResponseListQuery = z.infer<typeof responseListQuery>;
export type ResponseExportQuery = z.infer<typeof responseExportQuery>;

export const surveyResults = z
  .object({
    surveyId: z.uuid(),
    responses: z.number().int().describe('Every response to the survey the caller may see, complete or not'),
    complete: z.number().int(),
    partial: z.number().int().describe('Started and left before the end'),
    completionRate: z.number().nullable().describe('complete / responses, 0–1; null without responses'),
    questions: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        text: z.record(z.string(), z.string()),
        answered: z.number().int().describe('Responses that answered this question'),
        distribution: z
          .array(z.object({ value: z.string(), n: z.number().int() }))
          .describe(
            'Responses per value, every value of the scale or option list in order (a multiple choice counts each option picked)',
          ),
        mean: z.number().nullable().describe('Mean of a numeric scale (nps, csat, ces, rating)'),
        latest: z
          .array(z.object({ responseId: z.uuid(), text: z.string(), submittedAt: z.string() }))
          .describe('Text questions: the newest answers, newest first'),
      }),
    ),
  })
  .meta({ id: 'SurveyResults' });
