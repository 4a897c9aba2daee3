import { useQuery } from '@tanstack/react-query';
import type { Resource } from '../lib/queries.ts';
import { get, type Page, type Query } from '../lib/api.ts';

/** Whether a list has at least one row: the checklist ticks a step from the organisation's real data. */
export const existsQuery = (resource: Resource, path: string, params: Query = {}) => ({
  queryKey: [resource, 'exists', path, params],
  queryFn: async () => (await get<Page<unknown>>(path, { ...params, limit: 1 })).items.length > 0,
});

/** The first few rows of a list, newest first as the API orders them. */
export const useLatest = <T>(resource: Resource, path: string, params: Query, limit: number, enabled = true) =>
  useQuery({
    queryKey: [resource, 'latest', path, params, limit],
    queryFn: async () => (await get<Page<T>>(path, { ...params, limit })).items,
    enabled,
  });
