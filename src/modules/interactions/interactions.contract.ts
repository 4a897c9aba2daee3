import { z } from 'zod';
import { externalId, isoDateTime, optText } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { SHIFTS } from '../../shared/domain.ts';

export const BATCH_MAX = 1000;

export const interaction = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    customerId: z.uuid().nullable(),
    touchpointId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    staffId: z.uuid().nullable(),
    shift: z.enum(SHIFTS).nullable().describe('The shift it happened in, so figures can be read by shift'),
    occurredAt: z.string(),
    revenue: z.number().nullable(),
    currency: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Interaction' });

export const interactionListItem = interaction
  .extend({
    customerName: z.string().nullable(),
    touchpointName: z.string().nullable(),
    locationName: z.string().nullable(),
    staffName: z.string().nullable(),
  })
  .meta({ id: 'InteractionListItem' });

export const interactionCreate = z
  .object({
    externalId: externalId
      .nullable()
      .optional()
      .describe('Your id for this interaction: creating it twice returns the first'),
    customerId: z.uuid().nullable().optional(),
    customerExternalId: externalId.optional().describe("Alternative to customerId: the customer's externalId"),
    touchpointId: z.uuid().nullable().optional(),
    locationId: z.uuid().nullable().optional(),
    staffId: z.uuid().nullable().optional(),
    shift: z.enum(SHIFTS).nullable().optional().describe('morning, day, evening or night'),
    occurredAt: isoDateTime,
    revenue: z.number().min(-1e11).max(1e11).nullable().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'Must be an ISO 4217 code, e.g. EUR' })
      .nullable()
      .optional(),
    note: optText(5000),
  })
  .refine((v) => !(v.customerId && v.customerExternalId), {
    error: 'Give customerId or customerExternalId, not both',
    path: ['customerExternalId'],
  });

export const interactionUpdate = z.object({
  customerId: z.uuid().nullable().optional(),
  touchpointId: z.uuid().nullable().optional(),
  locationId: z.uuid().nullable().optional(),
  staffId: z.uuid().nullable().optional(),
  shift: z.enum(SHIFTS).nullable().optional(),
  occurredAt: isoDateTime.optional(),
  revenue: z.number().min(-1e11).max(1e11).nullable().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .optional(),
  note: optText(5000),
});

export const interactionListQuery = paginationQuery.extend({
  from: isoDateTime.optional().describe('occurredAt ≥ from'),
  to: isoDateTime.optional().describe('occurredAt < to'),
  customerId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  shift: z.enum(SHIFTS).optional(),
});

// Items are validated one by one in the service so that one bad item does not reject the batch.
export const interactionBatch = z.object({
  items: z
    .array(z.unknown())
    .min(1)
    .max(BATCH_MAX, { error: `At most ${BATCH_MAX} items per batch` }),
});

export type InteractionCreate = z.infer<typeof interactionCreate>;
export type InteractionUpdate = z.infer<typeof interactionUpdate>;
export type InteractionListQuery = z.infer<typeof interactionListQuery>;
