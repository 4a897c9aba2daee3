import { z } from 'zod';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { AUDIENCES, KINDS, OUTCOME_MIN, STATUSES } from './insight-rules.ts';

const uuid = z.uuid({ error: 'Must be a UUID' });
const title = z.string().trim().min(3, 'Say it in at least 3 characters').max(200);

export const insight = z
  .object({
    id: z.uuid(),
    audience: z.enum(AUDIENCES),
    kind: z.enum(KINDS),
    title: z.string(),
    body: z.string().nullable(),
    locationId: z.uuid().nullable().describe('Null for an anonymous post where the location has fewer than 5 staff'),
    touchpointId: z.uuid().nullable(),
    anonymous: z.boolean(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    onBehalfOfCustomerId: z.uuid().nullable(),
    status: z.enum(STATUSES),
    outcome: z.string().nullable(),
    outcomeAt: z.string().nullable(),
    mergedIntoId: z.uuid().nullable(),
    rootCauseId: z.uuid().nullable(),
    topics: z.array(z.string()),
    votes: z.number().int(),
    voted: z.boolean().describe('Whether the caller has voted'),
    comments: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Insight' });

export const insightComment = z
  .object({
    id: z.uuid(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'InsightComment' });

export const insightEvidence = z
  .object({
    customerComments: z.object({
      count: z.number().int().describe('Customer comments on the same topic at the same location in the last 90 days'),
      items: z.array(
        z.object({ responseId: z.uuid(), comment: z.string(), nps: z.number().nullable(), submittedAt: z.string() }),
      ),
    }),
    cases: z.array(z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), status: z.string() })),
  })
  .meta({ id: 'InsightEvidence' });

export const insightDetail = insight
  .extend({
    commentList: z.array(insightComment),
    evidence: insightEvidence,
    duplicates: z.array(z.object({ id: z.uuid(), title: z.string(), status: z.enum(STATUSES) })),
  })
  .meta({ id: 'InsightDetail' });

export const insightCreate = z.object({
  audience: z.enum(AUDIENCES).default('staff'),
  kind: z.enum(KINDS),
  title,
  body: z.string().trim().max(4000).nullable().optional(),
  locationId: uuid.nullable().optional(),
  touchpointId: uuid.nullable().optional(),
  anonymous: z.boolean().default(false),
  onBehalfOfCustomerId: uuid.nullable().optional(),
  rootCauseId: uuid.nullable().optional(),
});

export const insightPatch = z
  .object({
    status: z.enum(STATUSES).optional(),
    outcome: z.string().trim().min(OUTCOME_MIN, `At least ${OUTCOME_MIN} characters`).max(4000).optional(),
    mergedInto: uuid.optional().describe('Marks this insight a duplicate of that one and moves its votes there'),
    rootCauseId: uuid.nullable().optional(),
    touchpointId: uuid.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });

export const insightListQuery = paginationQuery.extend({
  status: z.enum(STATUSES).optional(),
  kind: z.enum(KINDS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  locationId: uuid.optional(),
  touchpointId: uuid.optional(),
});

export const voteResult = z.object({ votes: z.number().int(), voted: z.boolean() }).meta({ id: 'InsightVote' });
export const commentCreate = z.object({ body: z.string().trim().min(1, 'Write something').max(2000) });

export const suggestionQuery = z.object({
  title: z.string().trim().min(3).max(200),
  locationId: uuid.optional(),
  touchpointId: uuid.optional(),
});
export const suggestions = z
  .object({
    topics: z.array(z.string()),
    items: z.array(z.object({ id: z.uuid(), title: z.string(), status: z.enum(STATUSES), votes: z.number().int() })),
  })
  .meta({ id: 'InsightSuggestions' });

export const linkCreate = z.object({ staffId: uuid });
export const link = z
  .object({
    staffId: z.uuid(),
    url: z.string().describe('The personal form link: shown only now; issuing a new one revokes the old'),
    qr: z.string().describe('A QR code of the link as an SVG data URL, for a printed poster on the staff-room wall'),
    createdAt: z.string(),
  })
  .meta({ id: 'InsightLink' });

export const customerLinkCreate = z.object({
  customerId: uuid,
  send: z.boolean().default(false).describe('Email the link to the customer in their language'),
});
export const customerLinkRevoke = z.object({ customerId: uuid });
export const customerLink = z
  .object({
    customerId: z.uuid(),
    url: z.string().describe("The customer's idea-board link: shown only now; issuing a new one revokes the old"),
    qr: z.string().describe('A QR code of the link as an SVG data URL, to hand over at the counter'),
    sent: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'CustomerIdeaLink' });

export const figuresQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const insightFigures = z
  .object({
    perLocation: z.array(
      z.object({
        locationId: z.uuid(),
        name: z.string(),
        insights: z.number().int(),
        staff: z.number().int(),
        per10: z.number().nullable(),
      }),
    ),
    due: z.number().int(),
    toldWithin30: z.number().int(),
    shareToldWithin30: z.number().nullable(),
    medianDaysToOutcome: z.number().nullable(),
    topIrritants: z.array(
      z.object({
        touchpointId: z.uuid(),
        name: z.string(),
        irritants: z.number().int(),
        nps: z.number().nullable().describe("The touchpoint's customer NPS over the same period"),
        npsN: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'InsightFigures' });

export type InsightCreate = z.infer<typeof insightCreate>;
export type InsightPatch = z.infer<typeof insightPatch>;
export type InsightListQuery = z.infer<typeof insightListQuery>;
export type Insight = z.infer<typeof insight>;
export type InsightDetail = z.infer<typeof insightDetail>;
export type InsightFigures = z.infer<typeof insightFigures>;
