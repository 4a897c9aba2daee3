import { z } from 'zod';
import { DELIVERY_CHANNELS, MESSAGE_STATUSES, MESSAGING_CHANNELS } from '../../shared/domain.ts';

export const messagingChannel = z.enum(MESSAGING_CHANNELS);
export const deliveryChannel = z.enum(DELIVERY_CHANNELS);

/** Ready gateway templates (sms-gateway.ts fills them; the dashboard offers them). */
export const SMS_PRESETS = {
  smsru: {
    url: 'https://sms.ru/sms/send?api_id={secret}&to={to}&msg={text}&json=1',
    method: 'GET',
    headers: {},
    body: '',
  },
  twilio: {
    url: 'https://api.twilio.com/2010-04-01/Accounts/ACCOUNT_SID/Messages.json',
    method: 'POST',
    headers: { authorization: 'Basic {secret}', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'To={to}&From={sender}&Body={text}',
  },
} as const;

const secretText = z.string().trim().min(1).max(2000);
const headerMap = z.record(z.string().trim().min(1).max(100), z.string().max(2000)).default({});

/** What the owner types in, per channel. A secret left out keeps the one already saved. */
export const connectionInput = {
  telegram: z.object({
    token: secretText
      .regex(/^\d{3,15}:[A-Za-z0-9_-]{20,60}$/, 'A bot token from @BotFather looks like 123456:ABC-def…')
      .optional(),
  }),
  viber: z.object({ token: secretText.optional() }),
  whatsapp: z.object({
    token: secretText.optional().describe('A Cloud API access token'),
    appSecret: secretText.optional().describe("The Meta app's secret: it signs the callbacks (X-Hub-Signature-256)"),
    phoneNumberId: z
      .string()
      .trim()
      .regex(/^\d{5,20}$/, 'The phone number id is digits'),
    template: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,512}$/, 'An approved template name: lower case, digits and _'),
    templateLanguage: z.string().trim().min(2).max(10).default('en'),
  }),
  sms: z.object({
    preset: z.enum(['custom', 'smsru', 'twilio']).default('custom'),
    url: z.url({ protocol: /^https?$/, error: 'An http(s) address' }).max(2000),
    method: z.enum(['GET', 'POST']).default('POST'),
    headers: headerMap,
    body: z.string().max(5000).default(''),
    secret: secretText.optional().describe('Put where {secret} stands in the URL, headers or body (an API key)'),
    sender: z.string().trim().max(20).optional(),
  }),
} as const;

export const connectionView = z
  .object({
    kind: messagingChannel,
    connected: z.boolean(),
    secretSet: z.boolean().describe('Whether a token/secret is saved; it is never shown again'),
    secretHint: z.string().nullable().describe('Its last 4 characters'),
    settings: z.record(z.string(), z.unknown()),
    hookUrl: z.string().nullable().describe('Where the provider sends its callbacks'),
    webhook: z.object({ ok: z.boolean(), detail: z.string().nullable() }).nullable().optional(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'ChannelConnection' });

export const channelsOverview = z
  .object({ items: z.array(connectionView), fallbackOrder: z.array(deliveryChannel) })
  .meta({ id: 'Channels' });

export const fallbackOrderInput = z.object({
  order: z
    .array(deliveryChannel)
    .min(1)
    .max(DELIVERY_CHANNELS.length)
    .refine((o) => new Set(o).size === o.length, 'Each channel once'),
});

export const channelTestInput = z.object({
  to: z.string().trim().min(1).max(100).optional().describe('An address to send a test message to (SMS: a phone)'),
});
export const channelTestResult = z
  .object({ ok: z.boolean(), detail: z.string().nullable() })
  .meta({ id: 'ChannelTestResult' });

export const customerAddress = z.object({
  channel: messagingChannel,
  address: z.string(),
  consent: z.boolean(),
  consentSource: z.string().nullable(),
  consentAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const customerChannelsView = z
  .object({
    preferred: deliveryChannel.nullable(),
    addresses: z.array(customerAddress),
    telegramLink: z.string().nullable().describe("A t.me link that binds the customer's chat when they start the bot"),
    viberLink: z.string().nullable().describe("A viber:// link that binds the customer's chat when they open it"),
  })
  .meta({ id: 'CustomerChannels' });

export const customerChannelsInput = z.object({
  preferred: deliveryChannel.nullable().optional(),
  addresses: z
    .array(
      z.object({
        channel: messagingChannel,
        address: z.string().trim().min(1).max(100).nullable().describe('null removes the address'),
        consent: z.boolean(),
        consentSource: z.string().trim().max(200).optional().describe('How the customer agreed (form, call, visit)'),
      }),
    )
    .max(MESSAGING_CHANNELS.length)
    .refine((a) => new Set(a.map((x) => x.channel)).size === a.length, 'Each channel once')
    .optional(),
});

export const message = z
  .object({
    id: z.uuid(),
    channel: messagingChannel,
    direction: z.enum(['out', 'in']),
    customerId: z.uuid().nullable(),
    invitationId: z.uuid().nullable(),
    caseId: z.uuid().nullable(),
    responseId: z.uuid().nullable(),
    body: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    providerAnswer: z.string().nullable().describe("What the provider answered (an error's text, a delivery report)"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Message' });
export const messageList = z.object({ items: z.array(message) });

export const deliveryAttempt = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    subject: z.enum(['invitation', 'review_request', 'gesture_task']),
    subjectId: z.uuid(),
    channel: deliveryChannel,
    status: z.enum(MESSAGE_STATUSES).describe('queued, sent, delivered (a delivery report came) or failed'),
    providerAnswer: z.string().nullable().describe("What the provider or SMTP server answered; a refusal's text"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeliveryAttempt' });
export const deliveryAttemptList = z
  .object({ items: z.array(deliveryAttempt).describe('Newest first: a failed channel, then the next one tried') })
  .meta({ id: 'DeliveryAttemptList' });

export const caseMessageInput = z.object({ text: z.string().trim().min(1).max(4000) });

export type CustomerChannelsInput = z.infer<typeof customerChannelsInput>;
export type ConnectionInputs = { [K in keyof typeof connectionInput]: z.infer<(typeof connectionInput)[K]> };
