import { z } from 'zod';
import { externalId, optText } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';

export const customer = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string().nullable(),
    consentEmail: z.boolean(),
    consentSms: z.boolean(),
    acquisitionChannel: z.string().nullable(),
    acquisitionCampaign: z.string().nullable(),
    referrerId: z.uuid().nullable(),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    since: z
      .object({ at: z.string(), from: z.enum(['interaction', 'response', 'created']) })
      .optional()
      .describe(
        'Customer since: their first interaction, else first response, else the record date (one customer only)',
      ),
  })
  .meta({ id: 'Customer' });

export const customerFields = {
  externalId: externalId.nullable().optional(),
  name: optText(200),
  email: z.email({ error: 'Must be an email address' }).max(320).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()\-.]{5,32}$/, { error: 'Must be a phone number, e.g. +359 88 123 4567' })
    .nullable()
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: 'Must be a language code, e.g. en, ru, bg' })
    .nullable()
    .optional(),
  consentEmail: z.boolean().optional(),
  consentSms: z.boolean().optional(),
  acquisitionChannel: optText(100),
  acquisitionCampaign: optText(200),
  referrerId: z.uuid().nullable().optional(),
  notes: optText(5000),
};
export const customerCreate = z.object(customerFields);
export const customerUpdate = customerCreate;

export const customerListQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional().describe('Search in name, email, phone and external id'),
  acquisitionChannel: z.string().max(100).optional(),
  acquisitionCampaign: z.string().max(200).optional(),
  language: z.string().max(20).optional(),
});

export type CustomerCreate = z.infer<typeof customerCreate>;
export type CustomerUpdate = z.infer<typeof customerUpdate>;
export type CustomerListQuery = z.infer<typeof customerListQuery>;
