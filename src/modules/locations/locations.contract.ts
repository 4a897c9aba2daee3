import { z } from 'zod';
import { externalId, optText } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';

const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
/** Opening hours per ISO weekday ("1" Monday … "7" Sunday), minutes after local midnight. */
const businessHours = z
  .partialRecord(
    z.enum(['1', '2', '3', '4', '5', '6', '7']),
    z.object({ open: minutes, close: minutes }).refine((h) => h.close > h.open, { error: 'close must be after open' }),
  )
  .describe('e.g. {"1": {"open": 540, "close": 1080}} for Monday 9:00–18:00');

export const location = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    timeZone: z.string().nullable(),
    externalId: z.string().nullable(),
    businessHours: businessHours.nullable(),
    holidays: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Location' });

const timeZone = z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', {
  error: 'Unknown IANA time zone, e.g. Europe/Sofia',
});

export const locationCreate = z.object({
  name: z.string().trim().min(1).max(200),
  address: optText(500),
  city: optText(200),
  timeZone: timeZone.nullable().optional(),
  externalId: externalId.nullable().optional(),
  businessHours: businessHours.nullable().optional(),
  holidays: z
    .array(z.iso.date({ error: 'Dates as YYYY-MM-DD' }))
    .max(400)
    .optional(),
});
export const locationUpdate = locationCreate.partial();

export const locationListQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional().describe('Search in name and city'),
});

export type LocationCreate = z.infer<typeof locationCreate>;
export type LocationUpdate = z.infer<typeof locationUpdate>;
export type LocationListQuery = z.infer<typeof locationListQuery>;
