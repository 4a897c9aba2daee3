import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  channelsOverview,
  channelTestResult,
  connectionView,
  customerChannelsInput,
  customerChannelsView,
  deliveryAttemptList,
  messageList,
} from '../../../modules/messaging/messaging.contract.ts';
import type { DeliveryChannel, MessagingChannel } from '../../../shared/domain.ts';
import { del, get, post, put } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type Channels = z.infer<typeof channelsOverview>;
export type Connection = z.infer<typeof connectionView>;
export type CustomerChannels = z.infer<typeof customerChannelsView>;
export type Message = z.infer<typeof messageList>['items'][number];
export type DeliveryAttempt = z.infer<typeof deliveryAttemptList>['items'][number];
export type { DeliveryChannel, MessagingChannel };

export const useChannels = () => useQuery({ queryKey: ['channels', 'all'], queryFn: () => get<Channels>('/channels') });
export const useSaveChannel = (kind: MessagingChannel) =>
  useApiMutation('channels', (body: Record<string, unknown>) => put<Connection>(`/channels/${kind}`, body));
export const useDeleteChannel = (kind: MessagingChannel) =>
  useApiMutation('channels', () => del<null>(`/channels/${kind}`));
export const useTestChannel = (kind: MessagingChannel) =>
  useApiMutation('channels', (body: { to?: string }) =>
    post<z.infer<typeof channelTestResult>>(`/channels/${kind}/test`, body),
  );
export const useFallbackOrder = () =>
  useApiMutation('channels', (order: DeliveryChannel[]) => put<Channels>('/channels/fallback-order', { order }));

export const useCustomerChannels = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['channels', 'customer', id],
    queryFn: () => get<CustomerChannels>(`/customers/${id}/channels`),
    enabled,
  });
export const useSaveCustomerChannels = (id: string) =>
  useApiMutation('channels', (body: z.input<typeof customerChannelsInput>) =>
    put<CustomerChannels>(`/customers/${id}/channels`, body),
  );
export const useMessages = (path: string, enabled = true) =>
  useQuery({
    queryKey: ['channels', 'messages', path],
    queryFn: () => get<{ items: Message[] }>(path),
    enabled,
  });
export const useSendCaseMessage = (caseId: string) =>
  useApiMutation('channels', (text: string) => post<Message>(`/cases/${caseId}/messages`, { text }));
export const useDeliveries = (path: string, enabled = true) =>
  useQuery({
    queryKey: ['channels', 'deliveries', path],
    queryFn: () => get<{ items: DeliveryAttempt[] }>(path),
    enabled,
  });
