import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { REPLY_KINDS, REVIEW_PLATFORMS, REVIEW_REQUEST_STATUSES } from './reviews.schema.ts';
import { ratingAsks } from './template-check.ts';

const httpUrl = z
  .url({ error: 'Must be a URL' })
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), { error: 'Must start with https:// or http://' });

export const reviewSource = z
  .object({
    id: z.uuid(),
    locationId: z.uuid(),
    platform: z.enum(REVIEW_PLATFORMS),
    url: z.string(),
    externalRef: z.string().nullable(),
    lastSyncAt: z.string().nullable().describe('Google: the last time its reviews were read'),
    lastSyncError: z.string().nullable().describe('Google: why the last read failed (null after a good one)'),
    nextSyncAt: z.string().nullable().describe('Google: when the reviews are read next'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReviewSource' });
export const reviewSourceCreate = z.object({
  locationId: z.uuid({ error: 'Must be a UUID' }),
  platform: z.enum(REVIEW_PLATFORMS),
  url: httpUrl.describe("The site's write-a-review link for this location"),
  externalRef: z
    .string()
    .trim()
    .regex(/^accounts\/[^/]+\/locations\/[^/]+$/, { error: 'Must look like accounts/{id}/locations/{id}' })
    .nullable()
    .optional()
    .describe('Google Business Profile location name, to read reviews and post replies'),
});
export const reviewSourceUpdate = reviewSourceCreate.partial();
export const reviewSourceListQuery = paginationQuery.extend({ locationId: z.uuid().optional() });

export const reviewRequest = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    interactionId: z.uuid(),
    locationId: z.uuid().nullable(),
    sourceId: z.uuid().nullable(),
    status: z.enum(REVIEW_REQUEST_STATUSES),
    reason: z.string().nullable(),
    language: z.string(),
    scheduledFor: z.string(),
    sentAt: z.string().nullable(),
    clickedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReviewRequest' });
export const reviewRequestListQuery = paginationQuery.extend({
  status: z.enum(REVIEW_REQUEST_STATUSES).optional(),
  locationId: z.uuid().optional(),
  customerId: z.uuid().optional(),
});

export const review = z
  .object({
    id: z.uuid(),
    sourceId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    platform: z.enum(REVIEW_PLATFORMS),
    externalId: z.string(),
    rating: z.number().int().nullable(),
    text: z.string().nullable(),
    author: z.string().nullable(),
    reviewedAt: z.string(),
    sentiment: z.string().nullable(),
    emotion: z.string().nullable(),
    topics: z.array(z.string()),
    replyText: z.string().nullable(),
    repliedAt: z.string().nullable(),
    draftText: z.string().nullable().describe('A reply saved as a draft, not posted yet'),
    draftAt: z.string().nullable(),
    draftBy: z.uuid().nullable(),
    customerId: z.uuid().nullable(),
    interactionId: z.uuid().nullable(),
    matchedBy: z.uuid().nullable(),
    caseId: z.uuid().nullable(),
    /** Open this to reply on a site with no API (the source's link). */
    url: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Review' });
export const reviewListQuery = paginationQuery.extend({
  locationId: z.uuid().optional(),
  sourceId: z.uuid().optional(),
  platform: z.enum(REVIEW_PLATFORMS).optional(),
  unanswered: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  minRating: z.coerce.number().int().min(1).max(5).optional(),
  maxRating: z.coerce.number().int().min(1).max(5).optional(),
  drafted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only reviews with a saved draft reply'),
});

export const reviewImportBody = z
  .string()
  .max(5_000_000)
  .describe('CSV with a header line: source, location (name or id), rating, text, author, date, externalId');
export const reviewImportResult = z
  .object({
    created: z.number().int(),
    existing: z.number().int().describe('Rows whose externalId was imported before: left as they are'),
  })
  .describe('All rows or none: a bad row answers 400 with fields named "line N: column"')
  .meta({ id: 'ReviewImportResult' });

export const reviewReply = z.object({ text: z.string().trim().min(1, { error: 'Write a reply' }).max(4000) });
export const reviewMatch = z.object({
  customerId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
  interactionId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
});
export const reviewReplyLog = z
  .object({
    id: z.uuid(),
    kind: z.enum(REPLY_KINDS).describe('draft saved, posted through the API, copied for a site without one, or failed'),
    text: z.string(),
    authorId: z.uuid().nullable(),
    authorName: z.string().nullable(),
    response: z.string().nullable().describe("What the site's API answered (its reply time, or its error)"),
    createdAt: z.string(),
  })
  .meta({ id: 'ReviewReply' });
export const reviewReplyLogList = z.object({ items: z.array(reviewReplyLog) });
export const reviewSuggestion = z
  .object({
    customerId: z.uuid(),
    customerName: z.string().nullable(),
    interactionId: z.uuid(),
    occurredAt: z.string(),
    locationId: z.uuid().nullable(),
    score: z.number().describe('0–1: the name alike (most), the visit recent, the same location'),
    daysBefore: z.number().int().describe('Whole days from the visit to the review'),
    sameLocation: z.boolean(),
    nameMatched: z.array(z.string()).describe("The words of the customer's name that match the author's"),
  })
  .meta({ id: 'ReviewMatchSuggestion' });
export const reviewSuggestionList = z.object({ items: z.array(reviewSuggestion) });

/** A request template asks for an honest review: rating and praise asks are refused (16 CFR 465). */
const fairText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((v, ctx) => {
      const asks = ratingAsks(v);
      if (asks.length)
        ctx.addIssue({
          code: 'custom',
          message: `Ask for an honest review, not for a rating or praise: remove "${asks.join('", "')}"`,
        });
    });
const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'Must be a language code, e.g. en, ru, bg' });

export const reviewSettings = z
  .object({
    requestsEnabled: z.boolean(),
    delayHours: z.number().int(),
    requestTemplates: z.record(z.string(), z.object({ subject: z.string(), body: z.string() })),
    replyTemplates: z.array(z.object({ name: z.string(), language: z.string(), body: z.string() })),
    recoveryDueHours: z.number().int(),
    googleBaseUrl: z.string().nullable(),
    googleConnected: z.boolean(),
  })
  .meta({ id: 'ReviewSettings' });
export const reviewSettingsUpdate = z.object({
  requestsEnabled: z.boolean().optional(),
  delayHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .optional(),
  requestTemplates: z
    .record(language, z.object({ subject: fairText(200), body: fairText(4000) }))
    .optional()
    .describe('Per language; {name}, {business} and {link} are filled in. There is no incentive field, by design.'),
  replyTemplates: z
    .array(z.object({ name: z.string().trim().min(1).max(100), language, body: z.string().trim().min(1).max(4000) }))
    .max(100)
    .optional(),
  recoveryDueHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
  googleBaseUrl: httpUrl.nullable().optional(),
  googleAccessToken: z.string().trim().min(1).max(4000).nullable().optional(),
});
export const insiderBody = z.object({ insider: z.boolean() });

export const reputationQuery = z.object({
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  locationId: z.uuid().optional(),
});
const sourceFigures = z.object({
  locationId: z.uuid().nullable(),
  platform: z.enum(REVIEW_PLATFORMS),
  sourceId: z.uuid().nullable(),
  reviews: z.number().int(),
  averageRating: z.number().nullable(),
});
export const reputation = z
  .object({
    reviews: z.number().int(),
    averageRating: z.number().nullable(),
    requestsSent: z.number().int(),
    requestsClicked: z.number().int(),
    reviewsFromRequests: z.number().int().describe('Reviews matched to a customer who followed a request link'),
    replied: z.number().int(),
    replyRate: z.number().nullable(),
    medianReplyHours: z.number().nullable(),
    negative: z.number().int(),
    negativeRecovered: z.number().int().describe('Negative reviews whose recovery case is resolved'),
    nps: z.number().nullable().describe("The same locations' NPS over the same period, beside the public rating"),
    npsResponses: z.number().int().describe('How many NPS answers the NPS is computed from'),
    bySource: z.array(sourceFigures),
    byMonth: z
      .array(
        z.object({
          month: z.string(),
          reviews: z.number().int(),
          averageRating: z.number().nullable(),
          ratingCi95: z.tuple([z.number(), z.number()]).nullable(),
          replied: z.number().int(),
        }),
      )
      .describe('Per calendar month (UTC) of the review date: count, mean rating with its 95% interval, replies'),
  })
  .meta({ id: 'Reputation' });

export type ReviewSourceCreate = z.infer<typeof reviewSourceCreate>;
export type ReviewSourceUpdate = z.infer<typeof reviewSourceUpdate>;
export type ReviewSettingsUpdate = z.infer<typeof reviewSettingsUpdate>;
export type ReviewListQuery = z.infer<typeof reviewListQuery>;
export type ReviewRequestListQuery = z.infer<typeof reviewRequestListQuery>;
export type ReputationQuery = z.infer<typeof reputationQuery>;
