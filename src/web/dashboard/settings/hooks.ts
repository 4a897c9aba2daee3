import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiKey, apiKeyCreate, apiKeyCreated } from '../../../modules/access/access.contract.ts';
import type { org, orgUpdate } from '../../../modules/orgs/orgs.contract.ts';
import { del, get, patch, post } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type Org = z.infer<typeof org>;
export type ApiKey = z.infer<typeof apiKey>;
export type ApiKeyCreated = z.infer<typeof apiKeyCreated>;

export const useOrg = () => useQuery({ queryKey: ['org'], queryFn: () => get<Org>('/org') });
export const useUpdateOrg = () => useApiMutation('org', (body: z.input<typeof orgUpdate>) => patch<Org>('/org', body));
export const useApiKeys = () =>
  useQuery({ queryKey: ['apiKeys'], queryFn: () => get<{ items: ApiKey[] }>('/api-keys') });
export const useCreateApiKey = () =>
  useApiMutation('apiKeys', (body: z.input<typeof apiKeyCreate>) => post<ApiKeyCreated>('/api-keys', body));
export const useRevokeApiKey = () =>
  useApiMutation('apiKeys', (id: string) => del<{ revoked: true }>(`/api-keys/${id}`));
