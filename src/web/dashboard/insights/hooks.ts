import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  customerLink,
  insight,
  insightDetail,
  insightFigures,
  insightPatch,
  link,
  suggestions,
} from '../../../modules/insights/insights.contract.ts';
import { get, patch, post, type Page } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type Insight = z.infer<typeof insight>;
export type InsightDetail = z.infer<typeof insightDetail>;
export type Figures = z.infer<typeof insightFigures>;
export type Suggestions = z.infer<typeof suggestions>;

export const STATUSES = ['new', 'reviewing', 'planned', 'done', 'declined', 'duplicate'] as const;
export const KINDS = ['want', 'irritant', 'idea'] as const;

export const useInsights = (filters: { status?: string; kind?: string; locationId?: string; audience?: string }) =>
  useQuery({
    queryKey: ['insights', 'list', filters],
    queryFn: () => get<Page<Insight>>('/insights', { ...filters, limit: 200 }),
  });
export const useInsight = (id: string | null) =>
  useQuery({
    queryKey: ['insights', 'item', id],
    queryFn: () => get<InsightDetail>(`/insights/${id}`),
    enabled: !!id,
  });
export const useFigures = () =>
  useQuery({ queryKey: ['insights', 'figures'], queryFn: () => get<Figures>('/insights/figures') });
export const useUpdateInsight = () =>
  useApiMutation('insights', ({ id, body }: { id: string; body: z.input<typeof insightPatch> }) =>
    patch<Insight>(`/insights/${id}`, body),
  );
export const useVote = () => useApiMutation('insights', (id: string) => post(`/insights/${id}/votes`));
export const useComment = () =>
  useApiMutation('insights', ({ id, body }: { id: string; body: string }) =>
    post(`/insights/${id}/comments`, { body }),
  );
export const useIssueLink = () =>
  useApiMutation('insights', (staffId: string) => post<z.infer<typeof link>>('/insight-links', { staffId }));

export const useSuggestions = (title: string) =>
  useQuery({
    queryKey: ['insights', 'suggestions', title],
    queryFn: () => get<Suggestions>('/insights/suggestions', { title }),
    enabled: title.trim().length >= 3,
  });
export const useCreateInsight = () =>
  useApiMutation(
    'insights',
    (body: {
      kind: string;
      title: string;
      locationId?: string;
      touchpointId?: string;
      anonymous: boolean;
      audience?: 'staff' | 'customer';
      onBehalfOfCustomerId?: string;
    }) => post<Insight>('/insights', body),
  );
export const useCustomerLink = () =>
  useApiMutation('insights', (body: { customerId: string; send: boolean }) =>
    post<z.infer<typeof customerLink>>('/customer-idea-links', body),
  );
export const useRevokeCustomerLink = () =>
  useApiMutation('insights', (customerId: string) =>
    post<{ revoked: number }>('/customer-idea-links/revoke', { customerId }),
  );
