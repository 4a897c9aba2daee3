import type { z } from 'zod';
import type {
  webhook,
  webhookCreate,
  webhookDelivery,
  webhookUpdate,
  webhookWithSecret,
} from '../../../modules/webhooks/webhooks.contract.ts';
import type { EventType } from '../../../shared/events.ts';
import { del, patch, post } from '../lib/api.ts';
import { useApiMutation, useAllItems, usePagedList } from '../lib/queries.ts';

export type Webhook = z.infer<typeof webhook>;
export type WebhookWithSecret = z.infer<typeof webhookWithSecret>;
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

// Copied rather than imported (the events module is server code); the type keeps it to known events.
export const EVENTS = [
  'response.created',
  'case.opened',
  'case.assigned',
  'case.breached',
  'case.resolved',
  'review.received',
  'referral.qualified',
] as const satisfies readonly EventType[];

export const useWebhooks = () => useAllItems<Webhook>('webhooks', '/webhooks');
export const useDeliveries = (id: string) =>
  usePagedList<WebhookDelivery>('webhooks', `/webhooks/${id}/deliveries`, {}, 20);
export const useCreateWebhook = () =>
  useApiMutation('webhooks', (body: z.input<typeof webhookCreate>) => post<WebhookWithSecret>('/webhooks', body));
export const useUpdateWebhook = () =>
  useApiMutation('webhooks', ({ id, body }: { id: string; body: z.input<typeof webhookUpdate> }) =>
    patch<Webhook>(`/webhooks/${id}`, body),
  );
export const useDeleteWebhook = () =>
  useApiMutation('webhooks', (id: string) => del<{ deleted: true }>(`/webhooks/${id}`));
export const useRotateSecret = () =>
  useApiMutation('webhooks', (id: string) => post<WebhookWithSecret>(`/webhooks/${id}/rotate-secret`));
export const useTestWebhook = () =>
  useApiMutation('webhooks', (id: string) => post<WebhookDelivery>(`/webhooks/${id}/test`));
