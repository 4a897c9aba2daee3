import { npsBand } from '../../../shared/metrics.ts';
import type { z } from 'zod';
import type {
  BANDS,
  noteCreate,
  responseAnnotate,
  responseDetail,
  responseListItem,
} from '../../../modules/responses/responses.contract.ts';
import type { RESPONSE_CHANNELS as SERVER_CHANNELS } from '../../../shared/domain.ts';
import { post, patch, type Query } from '../lib/api.ts';
import { useApiMutation, useItem, usePagedList } from '../lib/queries.ts';

export type ResponseRow = z.infer<typeof responseListItem>;
export type ResponseDetail = z.infer<typeof responseDetail>;
export type Band = (typeof BANDS)[number];

/** Kept in the address bar (so a filtered list survives a reload and the way back from a response). */
export const FILTER_KEYS = [
  'surveyId',
  'from',
  'to',
  'band',
  'touchpointId',
  'locationId',
  'staffId',
  'language',
  'channel',
  'hasComment',
  'tag',
  'sentiment',
  'topic',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ResponseFilter = Partial<Record<FilterKey, string>>;

// Copied rather than imported (the schema module pulls in the database layer); the types keep them equal.
export const CHANNELS = [
  'link',
  'public',
  'qr',
  'email',
  'widget',
  'api',
  'import',
  'telegram',
  'viber',
] as const satisfies readonly Channel[];
export type Channel = (typeof SERVER_CHANNELS)[number];
const allChannels: Channel extends (typeof CHANNELS)[number] ? true : never = true;
void allChannels;
export const BAND_VALUES: Band[] = ['promoter', 'passive', 'detractor'];

export const useResponses = (params: Query) => usePagedList<ResponseRow>('responses', '/responses', params);
export const useResponse = (id: string) => useItem<ResponseDetail>('responses', '/responses', id);
export const useSetTags = (id: string) =>
  useApiMutation('responses', (body: z.input<typeof responseAnnotate>) =>
    patch<ResponseDetail>(`/responses/${id}`, body),
  );
export const useAddNote = (id: string) =>
  useApiMutation('responses', (body: z.input<typeof noteCreate>) =>
    post<ResponseDetail>(`/responses/${id}/notes`, body),
  );

export const bandOf = (nps: number | null): Band | null => (nps === null ? null : npsBand(nps));
