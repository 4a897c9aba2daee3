import type { EventType } from '../../platform/events.ts';

/**
 * The OpenAPI 3.1 `webhooks` section: what Zabota POSTs to a subscriber, one entry per event type.
 * The `data` schemas point at the same components the REST API answers with, so a generated
 * client types an event's payload like the resource it describes.
 */
const DATA: Record<EventType, { summary: string; schema: string }> = {
  'response.created': { summary: 'A survey response is complete', schema: 'Response' },
  'case.opened': { summary: 'A service-recovery case was opened', schema: 'Case' },
  'case.assigned': { summary: 'A case got a new owner', schema: 'Case' },
  'case.breached': { summary: 'A case missed its deadline (escalated)', schema: 'Case' },
  'case.resolved': { summary: 'A case was resolved', schema: 'Case' },
  'review.received': { summary: 'A public review arrived', schema: 'Review' },
  'referral.qualified': { summary: 'A referral qualified for its reward', schema: 'Referral' },
};

const header = (name: string, description: string, deprecated = false) => ({
  name,
  in: 'header' as const,
  required: !deprecated,
  ...(deprecated ? { deprecated: true } : {}),
  description,
  schema: { type: 'string' as const },
});

const HEADERS = [
  header('webhook-id', 'The event id, the same on every retry of one event: deduplicate on it.'),
  header('webhook-timestamp', 'Unix seconds when this attempt was signed.'),
  header(
    'webhook-signature',
    'Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library.',
  ),
  header('zabota-event-id', 'Deprecated: same as webhook-id. Sent until the next minor version.', true),
  header('zabota-event', 'Deprecated: the event type (also in the body). Sent until the next minor version.', true),
  header('zabota-timestamp', 'Deprecated: same as webhook-timestamp. Sent until the next minor version.', true),
  header(
    'zabota-signature',
    'Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.',
    true,
  ),
];

export const openApiWebhooks = Object.fromEntries(
  (Object.entries(DATA) as [EventType, (typeof DATA)[EventType]][]).map(([type, d]) => [
    type,
    {
      post: {
        summary: d.summary,
        tags: ['webhooks'],
        operationId: `webhook_${type.replace('.', '_')}`,
        parameters: HEADERS,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object' as const,
                required: ['id', 'type', 'createdAt', 'data'],
                properties: {
                  id: { type: 'string' as const, description: 'Same as the webhook-id header' },
                  type: { type: 'string' as const, const: type },
                  createdAt: { type: 'string' as const, format: 'date-time' },
                  data: { $ref: `#/components/schemas/${d.schema}` },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: 'Any 2xx within 10 s accepts the delivery; anything else is retried with back-off.' },
        },
      },
    },
  ]),
);
