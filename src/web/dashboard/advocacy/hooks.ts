import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  nameCredit,
  nameCreditDecision,
  referral,
  referralClaim,
  referralCode,
  referralProgram,
  referralProgramCreate,
  referralProgramUpdate,
  wordOfMouth,
} from '../../../modules/referrals/referrals.contract.ts';
import type {
  reputation,
  review,
  reviewImportResult,
  reviewReplyLogList,
  reviewSuggestionList,
  reviewRequest,
  reviewSettings,
  reviewSettingsUpdate,
  reviewSource,
  reviewSourceCreate,
  reviewSourceUpdate,
} from '../../../modules/reviews/reviews.contract.ts';
import { del, get, patch, post, put } from '../lib/api.ts';
import { useApiMutation, usePagedList } from '../lib/queries.ts';

export type Review = z.infer<typeof review>;
export type ReviewSource = z.infer<typeof reviewSource>;
export type ReviewRequest = z.infer<typeof reviewRequest>;
export type ReviewSettings = z.infer<typeof reviewSettings>;
export type Reputation = z.infer<typeof reputation>;
export type ReferralProgram = z.infer<typeof referralProgram>;
export type Referral = z.infer<typeof referral>;
export type ReferralCode = z.infer<typeof referralCode>;
export type WordOfMouth = z.infer<typeof wordOfMouth>;
export type ReplyLogEntry = z.infer<typeof reviewReplyLogList>['items'][number];
export type MatchSuggestion = z.infer<typeof reviewSuggestionList>['items'][number];
export type NameCredit = z.infer<typeof nameCredit>;
export type Platform = Review['platform'];
export type ReferralStatus = Referral['status'];

// Copied rather than imported (the schema modules pull in the database layer); the types keep them equal.
export const PLATFORMS = [
  'google',
  'yandex_maps',
  '2gis',
  'facebook',
  'tripadvisor',
  'other',
] as const satisfies readonly Platform[];
export const REFERRAL_STATUSES = [
  'pending',
  'qualified',
  'rewarded',
  'flagged',
  'blocked',
] as const satisfies readonly ReferralStatus[];
export const REWARD_KINDS = [
  'gesture',
  'gift',
  'donation',
  'discount',
] as const satisfies readonly ReferralProgram['rewardKind'][];

export type ReviewFilter = {
  locationId?: string;
  minRating?: string;
  maxRating?: string;
  unanswered?: string;
  drafted?: string;
};
export const useReviews = (filter: ReviewFilter) => usePagedList<Review>('reviews', '/reviews', filter);
export const useReply = () =>
  useApiMutation('reviews', ({ id, text }: { id: string; text: string }) =>
    post<Review>(`/reviews/${id}/reply`, { text }),
  );
export const useSaveDraft = () =>
  useApiMutation('reviews', ({ id, text }: { id: string; text: string }) =>
    put<Review>(`/reviews/${id}/draft`, { text }),
  );
export const useDiscardDraft = () => useApiMutation('reviews', (id: string) => del<Review>(`/reviews/${id}/draft`));
export const useReplyLog = (id: string) =>
  useQuery({
    queryKey: ['reviews', 'replies', id],
    queryFn: async () => (await get<z.infer<typeof reviewReplyLogList>>(`/reviews/${id}/replies`)).items,
  });
export const useMatchSuggestions = (id: string) =>
  useQuery({
    queryKey: ['reviews', 'suggestions', id],
    queryFn: async () => (await get<z.infer<typeof reviewSuggestionList>>(`/reviews/${id}/suggestions`)).items,
  });
/**
 * The dashboard confirms the customer, and the visit when it picked a suggestion; an interaction
 * matched before belonged to the old choice.
 */
export const useMatchReview = () =>
  useApiMutation(
    'reviews',
    ({
      id,
      customerId,
      interactionId = null,
    }: {
      id: string;
      customerId: string | null;
      interactionId?: string | null;
    }) => patch<Review>(`/reviews/${id}`, { customerId, interactionId }),
  );
/** The CSV goes as a JSON string: the import takes the same text either way. */
export const useImportReviews = () =>
  useApiMutation('reviews', (csv: string) => post<z.infer<typeof reviewImportResult>>('/reviews/import', csv));

export const useReviewSources = () => usePagedList<ReviewSource>('reviews', '/review-sources', {}, 200);
export const useCreateSource = () =>
  useApiMutation('reviews', (body: z.input<typeof reviewSourceCreate>) => post<ReviewSource>('/review-sources', body));
export const useUpdateSource = () =>
  useApiMutation('reviews', ({ id, body }: { id: string; body: z.input<typeof reviewSourceUpdate> }) =>
    patch<ReviewSource>(`/review-sources/${id}`, body),
  );
export const useDeleteSource = () => useApiMutation('reviews', (id: string) => del<unknown>(`/review-sources/${id}`));
export const useSyncSource = () =>
  useApiMutation('reviews', (id: string) => post<z.infer<typeof reviewImportResult>>(`/review-sources/${id}/sync`, {}));

export const useReviewSettings = () =>
  useQuery({ queryKey: ['reviews', 'settings'], queryFn: () => get<ReviewSettings>('/review-settings') });
export const useSaveReviewSettings = () =>
  useApiMutation('reviews', (body: z.input<typeof reviewSettingsUpdate>) =>
    put<ReviewSettings>('/review-settings', body),
  );
export const useReviewRequests = (status?: string) =>
  usePagedList<ReviewRequest>('reviews', '/review-requests', { status }, 20);

export type Period = { from?: string; to?: string; locationId?: string };
export const useReputation = (q: Period) =>
  useQuery({
    queryKey: ['reviews', 'reputation', q],
    queryFn: () => get<Reputation>('/metrics/reputation', q),
    placeholderData: keepPreviousData,
  });

export const usePrograms = () =>
  useQuery({
    queryKey: ['referrals', 'programs'],
    queryFn: async () => (await get<{ items: ReferralProgram[] }>('/referral-programs')).items,
  });
export const useCreateProgram = () =>
  useApiMutation('referrals', (body: z.input<typeof referralProgramCreate>) =>
    post<ReferralProgram>('/referral-programs', body),
  );
export const useUpdateProgram = () =>
  useApiMutation('referrals', ({ id, body }: { id: string; body: z.input<typeof referralProgramUpdate> }) =>
    patch<ReferralProgram>(`/referral-programs/${id}`, body),
  );
export const useReferrals = (status?: string) => usePagedList<Referral>('referrals', '/referrals', { status });
export const useClaimReferral = () =>
  useApiMutation('referrals', (body: z.input<typeof referralClaim>) => post<Referral>('/referrals', body));
export const useDecideReferral = () =>
  useApiMutation('referrals', ({ id, decision }: { id: string; decision: 'approve' | 'block' }) =>
    patch<Referral>(`/referrals/${id}`, { decision }),
  );
export const useNameCredits = (status?: string) =>
  usePagedList<NameCredit>('referrals', '/referral-name-credits', { status }, 20);
export const useDecideNameCredit = () =>
  useApiMutation('referrals', ({ id, body }: { id: string; body: z.input<typeof nameCreditDecision> }) =>
    patch<NameCredit>(`/referral-name-credits/${id}`, body),
  );
export const useReferralCode = (customerId: string | null) =>
  useQuery({
    queryKey: ['referrals', 'code', customerId],
    queryFn: () => get<ReferralCode>(`/customers/${customerId}/referral-code`),
    enabled: !!customerId,
  });
export const useWordOfMouth = (q: Period) =>
  useQuery({
    queryKey: ['referrals', 'wom', q],
    queryFn: () => get<WordOfMouth>('/metrics/word-of-mouth', q),
    placeholderData: keepPreviousData,
  });
