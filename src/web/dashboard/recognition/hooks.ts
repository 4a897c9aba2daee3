import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  gesture,
  gestureCreate,
  gestureUpdate,
  gestureTask,
  leadUsers,
  loyalty,
  recognitionFigures,
  tier,
  tierCreate,
  tierPreview,
  customerRecognitionUpdate,
} from '../../../modules/recognition/recognition.contract.ts';
import { get, patch, post, type Page } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type Tier = z.infer<typeof tier>;
export type Gesture = z.infer<typeof gesture>;
export type GestureTask = z.infer<typeof gestureTask>;
export type Loyalty = z.infer<typeof loyalty>;
export type TierInput = z.input<typeof tierCreate>;

export const useTiers = () =>
  useQuery({ queryKey: ['recognition', 'tiers'], queryFn: () => get<Page<Tier>>('/tiers') });
export const useGestures = () =>
  useQuery({ queryKey: ['recognition', 'gestures'], queryFn: () => get<Page<Gesture>>('/gestures') });
export const useTodayTasks = (locationId: string) =>
  useQuery({
    queryKey: ['recognition', 'today', locationId],
    queryFn: () =>
      get<Page<GestureTask>>('/gesture-tasks', { due: 'today', limit: 200, ...(locationId ? { locationId } : {}) }),
  });
export const useLoyalty = (customerId: string) =>
  useQuery({
    queryKey: ['recognition', 'loyalty', customerId],
    queryFn: () => get<Loyalty>(`/customers/${customerId}/loyalty`),
  });
export const useRecognitionFigures = () =>
  useQuery({
    queryKey: ['recognition', 'figures'],
    queryFn: () => get<z.infer<typeof recognitionFigures>>('/metrics/recognition'),
  });

export const useCreateTier = () => useApiMutation('recognition', (body: TierInput) => post<Tier>('/tiers', body));
export const useUpdateTier = () =>
  useApiMutation('recognition', ({ id, body }: { id: string; body: Partial<TierInput> }) =>
    patch<Tier>(`/tiers/${id}`, body),
  );
export const usePreviewTiers = () =>
  useApiMutation('recognition', (tiers: (TierInput & { id?: string })[]) =>
    post<z.infer<typeof tierPreview>>('/tiers/preview', { tiers }),
  );
export const useCreateGesture = () =>
  useApiMutation('recognition', (body: z.input<typeof gestureCreate>) => post<Gesture>('/gestures', body));
export const useUpdateGesture = () =>
  useApiMutation('recognition', ({ id, body }: { id: string; body: z.input<typeof gestureUpdate> }) =>
    patch<Gesture>(`/gestures/${id}`, body),
  );
export const useDeliver = () =>
  useApiMutation(
    'recognition',
    ({ id, staffId, interactionId }: { id: string; staffId: string; interactionId: string }) =>
      post<GestureTask>(`/gesture-tasks/${id}/deliver`, { staffId, interactionId }),
  );
export const useSkip = () =>
  useApiMutation('recognition', ({ id, reason }: { id: string; reason: string }) =>
    post<GestureTask>(`/gesture-tasks/${id}/skip`, { reason }),
  );
export const useUpdateLoyalty = () =>
  useApiMutation('recognition', ({ id, body }: { id: string; body: z.input<typeof customerRecognitionUpdate> }) =>
    patch<Loyalty>(`/customers/${id}/loyalty`, body),
  );

export const useLeadUsers = () =>
  useQuery({
    queryKey: ['recognition', 'lead-users'],
    queryFn: () => get<z.infer<typeof leadUsers>>('/lead-users', { limit: 20 }),
  });
export const useInviteToCoCreate = () =>
  useApiMutation('recognition', (customerId: string) => post(`/lead-users/${customerId}/invitations`, {}));
