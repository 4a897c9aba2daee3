import { z } from 'zod';

export const mailSettings = z
  .object({
    configured: z.boolean().describe('False: mail goes out through the server-wide settings'),
    host: z.string().nullable(),
    port: z.number().int().nullable(),
    username: z.string().nullable(),
    passwordSet: z.boolean().describe('The password is write-only: only whether one is stored'),
    senderName: z.string().nullable(),
    fromAddress: z.string().nullable(),
  })
  .meta({ id: 'MailSettings' });

export const mailSettingsUpdate = z.object({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$/, { error: 'Must be a host name, e.g. smtp.example.com' }),
  port: z.number().int().min(1).max(65535),
  username: z.string().trim().max(320).nullable().optional(),
  password: z
    .string()
    .max(500)
    .nullable()
    .optional()
    .describe('Write-only. Absent: keep the stored one; null: remove it'),
  senderName: z.string().trim().max(200).nullable().optional(),
  fromAddress: z.email({ error: 'Must be an email address' }).max(320),
});
export type MailSettingsUpdate = z.infer<typeof mailSettingsUpdate>;

export const mailTest = z.object({ to: z.email({ error: 'Must be an email address' }).max(320).optional() });
