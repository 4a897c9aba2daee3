import type { z } from 'zod';
import type {
  touchpoint,
  touchpointCreate,
  touchpointUpdate,
} from '../../../modules/touchpoints/touchpoints.contract.ts';
import type { JourneyStage, TouchpointKind } from '../../../shared/domain.ts';
import { del, patch, post } from '../lib/api.ts';
import { useAllItems, useApiMutation, usePagedList } from '../lib/queries.ts';

export type Touchpoint = z.infer<typeof touchpoint>;
export type TouchpointCreate = z.input<typeof touchpointCreate>;
export type TouchpointUpdate = z.input<typeof touchpointUpdate>;
export type TouchpointFilter = { q?: string; kind?: TouchpointKind; stage?: JourneyStage; active?: 'true' | 'false' };

export const useTouchpoints = (params: TouchpointFilter) =>
  usePagedList<Touchpoint>('touchpoints', '/touchpoints', params, 100);
export const useAllTouchpoints = () => useAllItems<Touchpoint>('touchpoints', '/touchpoints');
export const useCreateTouchpoint = () =>
  useApiMutation('touchpoints', (body: TouchpointCreate) => post<Touchpoint>('/touchpoints', body));
export const useUpdateTouchpoint = () =>
  useApiMutation('touchpoints', ({ id, body }: { id: string; body: TouchpointUpdate }) =>
    patch<Touchpoint>(`/touchpoints/${id}`, body),
  );
export const useDeleteTouchpoint = () =>
  useApiMutation('touchpoints', (id: string) => del<{ deleted: true }>(`/touchpoints/${id}`));
