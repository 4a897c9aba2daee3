import { z } from 'zod';
import { externalId, optText } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { JOURNEY_STAGES, TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS } from '../../shared/domain.ts';

export const touchpoint = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    kind: z.enum(TOUCHPOINT_KINDS),
    stage: z.enum(JOURNEY_STAGES),
    channel: z.enum(TOUCHPOINT_CHANNELS),
    active: z.boolean(),
    externalId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Touchpoint' });

export const touchpointCreate = z.object({
  name: z.string().trim().min(1).max(200),
  description: optText(2000),
  kind: z.enum(TOUCHPOINT_KINDS),
  stage: z.enum(JOURNEY_STAGES),
  channel: z.enum(TOUCHPOINT_CHANNELS).default('in_person'),
  active: z.boolean().default(true),
  externalId: externalId.nullable().optional(),
});
export const touchpointUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  description: optText(2000),
  kind: z.enum(TOUCHPOINT_KINDS).optional(),
  stage: z.enum(JOURNEY_STAGES).optional(),
  channel: z.enum(TOUCHPOINT_CHANNELS).optional(),
  active: z.boolean().optional(),
  externalId: externalId.nullable().optional(),
});

export const touchpointListQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(TOUCHPOINT_KINDS).optional(),
  stage: z.enum(JOURNEY_STAGES).optional(),
  channel: z.enum(TOUCHPOINT_CHANNELS).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export type TouchpointCreate = z.infer<typeof touchpointCreate>;
export type TouchpointUpdate = z.infer<typeof touchpointUpdate>;
export type TouchpointListQuery = z.infer<typeof touchpointListQuery>;
