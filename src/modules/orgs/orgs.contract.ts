import { z } from 'zod';
import { LANGUAGES } from '../../shared/domain.ts';

export const timeZone = z.string().refine((tz) => tz === 'UTC' || Intl.supportedValuesOf('timeZone').includes(tz), {
  error: 'Unknown IANA time zone, e.g. Europe/Sofia',
});

export const org = z
  .object({
    id: z.uuid(),
    name: z.string(),
    timeZone: z.string(),
    defaultLanguage: z.string(),
    brandColor: z.string(),
    logoUrl: z.string().nullable(),
    inviteThrottleDays: z.number().int(),
    quietHoursStart: z.number().int(),
    quietHoursEnd: z.number().int(),
    publicUrl: z
      .string()
      .nullable()
      .describe("Where customers reach this organisation's links; ZABOTA_PUBLIC_URL when null"),
    currency: z.string().describe('ISO 4217 code every money figure is shown in'),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });

export const orgUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  timeZone: timeZone.optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  brandColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, { error: 'A colour like #0f766e' })
    .optional(),
  logoUrl: z.url({ error: 'Must be a URL' }).max(2000).nullable().optional(),
  inviteThrottleDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .describe('At most one survey invitation per customer per this many days'),
  quietHoursStart: z.number().int().min(0).max(23).optional().describe('No invitations from this local hour…'),
  quietHoursEnd: z.number().int().min(0).max(23).optional().describe('…until this one'),
  currency: z
    .string()
    .refine((c) => Intl.supportedValuesOf('currency').includes(c), { error: 'Must be an ISO 4217 code, e.g. EUR' })
    .optional()
    .describe('ISO 4217 code every money figure is shown in'),
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'Must start with https:// or http://' })
    .max(2000)
    .transform((u) => u.replace(/\/+$/, ''))
    .nullable()
    .optional()
    .describe(
      'The address customers reach Zabota at (e.g. https://feedback.example.com): links in QR codes, invitations and the widget',
    ),
});
export type OrgUpdate = z.infer<typeof orgUpdate>;

export const password = z.string().min(8, { error: 'At least 8 characters' }).max(200);

export const setupBody = z.object({
  orgName: z.string().trim().min(1).max(200),
  ownerName: z.string().trim().min(1).max(200),
  ownerEmail: z.email({ error: 'Must be an email address' }).max(320),
  ownerPassword: password,
  timeZone: timeZone.default('UTC'),
  defaultLanguage: z.enum(LANGUAGES).default('en'),
});
export type SetupBody = z.infer<typeof setupBody>;
