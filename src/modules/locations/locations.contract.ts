import { z } from 'zod';
import { externalId, optText } from '../../server/platform/http/dto.ts';
import { paginationQuery } from '../../server/platform/http/pagination.ts';

export const location = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    timeZone: z.string().nullable(),
    externalId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Location' });

const timeZone = z
  .string()
  .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', { error: 'Unknown IANA time zone, e.g. Europe/Sofia' });

export const locationCreate = z.object({
  name: z.string().trim().min(1).max(200),
  address: optText(500),
  city: optText(200),
  timeZone: timeZone.nullable().optional(),
  externalId: externalId.nullable().optional(),
});
export const locationUpdate = locationCreate.partial();

export const locationListQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional().describe('Search in name and city'),
});

export type LocationCreate = z.infer<typeof locationCreate>;
export type LocationUpdate = z.infer<typeof locationUpdate>;
export type LocationListQuery = z.infer<typeof locationListQuery>;
