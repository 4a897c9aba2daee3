import { z } from 'zod';
import { EVENT_TYPES } from '../../platform/events.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { webhookUrlProblem } from './signing.ts';

const url = z
  .string()
  .trim()
  .max(2000)
  .superRefine((v, ctx) => {
    const problem = webhookUrlProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('https://…; plain http:// only to localhost or 127.0.0.1, for development');

export const webhook = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(EVENT_TYPES)),
    active: z.boolean(),
    description: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Webhook' });

/** The secret is shown here only, on create and on rotation: store it, it cannot be read again. */
export const webhookWithSecret = webhook
  .extend({
    secret: z
      .string()
      .describe('`whsec_<base64>`: signs every delivery (Standard Webhooks `webhook-signature`). Shown only now.'),
  })
  .meta({ id: 'WebhookWithSecret' });

export const webhookCreate = z.object({
  url,
  events: z
    .array(z.enum(EVENT_TYPES))
    .min(1)
    .max(EVENT_TYPES.length)
    .transform((e) => [...new Set(e)]),
  active: z.boolean().default(true),
  description: z.string().trim().max(500).nullable().optional(),
});
export const webhookUpdate = z.object({
  url: url.optional(),
  events: webhookCreate.shape.events.optional(),
  active: z.boolean().optional(),
  description: z.string().trim().max(500).nullable().optional(),
});
export const webhookListQuery = paginationQuery;

export const webhookDelivery = z
  .object({
    id: z.uuid(),
    eventId: z.string(),
    eventType: z.string(),
    attempt: z.number().int(),
    ok: z.boolean(),
    willRetry: z.boolean().describe('False on success and after the last attempt'),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    attemptedAt: z.string(),
    completedAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

export type WebhookCreate = z.infer<typeof webhookCreate>;
export type WebhookUpdate = z.infer<typeof webhookUpdate>;
export type WebhookListQuery = z.infer<typeof webhookListQuery>;
