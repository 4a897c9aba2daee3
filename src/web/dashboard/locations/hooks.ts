import type { z } from 'zod';
import type { location, locationCreate, locationUpdate } from '../../../modules/locations/locations.contract.ts';
import { del, patch, post } from '../lib/api.ts';
import { useAllItems, useApiMutation, usePagedList } from '../lib/queries.ts';

export type Location = z.infer<typeof location>;
export type LocationCreate = z.input<typeof locationCreate>;
export type LocationUpdate = z.input<typeof locationUpdate>;

export const useLocations = (params: { q?: string }) => usePagedList<Location>('locations', '/locations', params);
/** Every location, for pickers and filters. */
export const useAllLocations = () => useAllItems<Location>('locations', '/locations');
export const useCreateLocation = () =>
  useApiMutation('locations', (body: LocationCreate) => post<Location>('/locations', body));
export const useUpdateLocation = () =>
  useApiMutation('locations', ({ id, body }: { id: string; body: LocationUpdate }) =>
    patch<Location>(`/locations/${id}`, body),
  );
export const useDeleteLocation = () =>
  useApiMutation('locations', (id: string) => del<{ deleted: true }>(`/locations/${id}`));
