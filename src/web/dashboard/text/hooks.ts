import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  labelCorrection,
  labelResult,
  relabelStatus,
  taxonomyBody,
  taxonomyResponse,
  topicsResponse,
} from '../../../modules/text/text.contract.ts';
import { EMOTIONS, SENTIMENTS } from '../../../shared/domain.ts';
import { get, post, put, type Query } from '../lib/api.ts';
import { useApiPaths } from '../lib/features.ts';
import { useApiMutation } from '../lib/queries.ts';

export { EMOTIONS, SENTIMENTS };
export type Sentiment = (typeof SENTIMENTS)[number];
export type Emotion = (typeof EMOTIONS)[number];
export type Taxonomy = z.infer<typeof taxonomyResponse>;
export type TaxonomyInput = z.input<typeof taxonomyBody>;
export type TaxonomyTopic = Taxonomy['topics'][number];
export type LabelCorrection = z.input<typeof labelCorrection>;
export type LabelResult = z.infer<typeof labelResult>;
export type RelabelStatus = z.infer<typeof relabelStatus>;
export type TopicsReport = z.infer<typeof topicsResponse>;
export type TopicRow = TopicsReport['topics'][number];

/** The topic ids of the default taxonomy: these have names in every dashboard language. */
export const DEFAULT_TOPICS = [
  'wait_time',
  'staff_attitude',
  'staff_competence',
  'price',
  'product_quality',
  'cleanliness',
  'communication',
  'booking',
  'delivery',
  'billing',
  'ambience',
  'other',
] as const;
export type DefaultTopic = (typeof DEFAULT_TOPICS)[number];
export const isDefaultTopic = (id: string): id is DefaultTopic => (DEFAULT_TOPICS as readonly string[]).includes(id);
export const isEmotion = (v: string | null | undefined): v is Emotion =>
  !!v && (EMOTIONS as readonly string[]).includes(v);

/** Whether this server labels comments (the text module may ship after the dashboard). */
export function useTextFeatures() {
  const has = useApiPaths();
  return {
    labels: has('/api/v1/responses/{id}/labels'),
    taxonomy: has('/api/v1/text/taxonomy'),
    topics: has('/api/v1/text/topics'),
    relabel: has('/api/v1/text/relabel-status'),
  };
}

export const useTaxonomy = (enabled = true) =>
  useQuery({
    queryKey: ['text', 'taxonomy'],
    queryFn: () => get<Taxonomy>('/text/taxonomy'),
    enabled,
    staleTime: 60_000,
  });
export const useSaveTaxonomy = () =>
  useApiMutation('text', (body: TaxonomyInput) => put<Taxonomy>('/text/taxonomy', body));
export const useCorrectLabels = (responseId: string) =>
  useApiMutation('text', (body: LabelCorrection) => post<LabelResult>(`/responses/${responseId}/labels`, body));
export const useTopicStats = (params: Query, enabled = true) =>
  useQuery({ queryKey: ['text', 'topics', params], queryFn: () => get<TopicsReport>('/text/topics', params), enabled });

/** The latest background relabel, polled every second while it runs. */
export function useRelabelStatus(enabled: boolean) {
  return useQuery({
    queryKey: ['text', 'relabel'],
    queryFn: () => get<RelabelStatus>('/text/relabel-status'),
    enabled,
    refetchInterval: (q) => (q.state.data?.run?.state === 'running' ? 1000 : false),
  });
}
