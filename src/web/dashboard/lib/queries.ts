import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, type Page, type Query } from './api.ts';

/** Top-level query keys, one per API resource. Every query key starts with one of these. */
export type Resource =
  | 'setup'
  | 'me'
  | 'mailSettings'
  | 'org'
  | 'apiKeys'
  | 'locations'
  | 'staff'
  | 'touchpoints'
  | 'customers'
  | 'interactions'
  | 'imports'
  | 'surveys'
  | 'responses'
  | 'invitations'
  | 'cases'
  | 'caseRules'
  | 'rootCauses'
  | 'webhooks'
  | 'connectors'
  | 'openapi'
  | 'text'
  | 'insights'
  | 'pulse'
  | 'standards'
  | 'audits'
  | 'training'
  | 'selfAssessment'
  | 'reviews'
  | 'referrals'
  | 'channels'
  | 'recognition';

/**
 * Cache invalidation in one place: what a change to a resource makes stale. Interaction rows carry
 * customer, touchpoint, location and staff names, so changing any of those refreshes them too; so do
 * response rows, which also carry the survey's name.
 */
const AFFECTS: Record<Resource, Resource[]> = {
  setup: ['setup', 'me'],
  me: ['me'],
  org: ['org', 'me'],
  apiKeys: ['apiKeys'],
  mailSettings: ['mailSettings'],
  locations: ['locations', 'staff', 'interactions', 'responses'],
  staff: ['staff', 'interactions', 'me', 'responses'],
  touchpoints: ['touchpoints', 'interactions', 'responses'],
  customers: ['customers', 'interactions', 'responses'],
  interactions: ['interactions'],
  imports: ['customers', 'interactions'],
  surveys: ['surveys', 'responses'],
  responses: ['responses'],
  invitations: ['invitations'],
  cases: ['cases'],
  caseRules: ['caseRules'],
  rootCauses: ['rootCauses', 'cases'],
  webhooks: ['webhooks'],
  // A sync writes interactions (and customers) and triggers invitations.
  connectors: ['connectors', 'interactions', 'customers', 'invitations'],
  openapi: ['openapi'],
  // Taxonomy changes and label corrections relabel responses and change the topic figures.
  text: ['text', 'responses'],
  insights: ['insights'],
  pulse: ['pulse'],
  standards: ['standards'],
  // A submitted audit assigns lessons; a passed lesson schedules a re-audit.
  audits: ['audits', 'training'],
  training: ['training', 'audits'],
  selfAssessment: ['selfAssessment'],
  // A bad review opens a recovery case.
  reviews: ['reviews', 'cases'],
  referrals: ['referrals'],
  // Addresses and sent messages show on the customer and case pages and change what can be sent.
  channels: ['channels', 'invitations', 'cases'],
  recognition: ['recognition'],
};

/** A mutation that refreshes whatever its resource affects once it succeeds. */
export function useApiMutation<TVars, TResult>(resource: Resource, fn: (vars: TVars) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation<TResult, Error, TVars>({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(AFFECTS[resource].map((r) => qc.invalidateQueries({ queryKey: [r] }))).then(() => undefined),
  });
}

/** A cursor-paginated list ("load more"): pages are fetched with the previous page's nextCursor. */
export function usePagedList<T>(resource: Resource, path: string, params: Query = {}, limit = 50) {
  const q = useInfiniteQuery({
    queryKey: [resource, 'list', path, params, limit],
    queryFn: ({ pageParam }) => get<Page<T>>(path, { ...params, limit, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  return { ...q, items: q.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** Every item of a short list (for filters and pickers): up to the API's maximum page size. */
export function useAllItems<T>(resource: Resource, path: string, enabled = true) {
  const q = useQuery({ queryKey: [resource, 'all', path], queryFn: () => get<Page<T>>(path, { limit: 500 }), enabled });
  return { ...q, items: q.data?.items ?? [] };
}

export function useItem<T>(resource: Resource, path: string, id: string) {
  return useQuery({ queryKey: [resource, 'item', id], queryFn: () => get<T>(`${path}/${id}`) });
}
