import type { z } from 'zod';
import type {
  connector,
  connectorCreate,
  connectorRun,
  connectorUpdate,
} from '../../../modules/connectors/connectors.contract.ts';
import { del, patch, post } from '../lib/api.ts';
import { useAllItems, useApiMutation, usePagedList } from '../lib/queries.ts';

export type Connector = z.infer<typeof connector>;
export type ConnectorRun = z.infer<typeof connectorRun>;
export type ConnectorCreate = z.input<typeof connectorCreate>;
export type Target = { id: string; name: string };

export const useConnectors = () => useAllItems<Connector>('connectors', '/connectors');
export const useRuns = (id: string) => usePagedList<ConnectorRun>('connectors', `/connectors/${id}/runs`, {}, 10);
export const useTargets = () => ({
  locations: useAllItems<Target>('locations', '/locations').items,
  staff: useAllItems<Target>('staff', '/staff').items,
  touchpoints: useAllItems<Target>('touchpoints', '/touchpoints').items,
});
export const useCreateConnector = () =>
  useApiMutation('connectors', (body: ConnectorCreate) => post<Connector>('/connectors', body));
export const useUpdateConnector = () =>
  useApiMutation('connectors', ({ id, body }: { id: string; body: z.input<typeof connectorUpdate> }) =>
    patch<Connector>(`/connectors/${id}`, body),
  );
export const useDeleteConnector = () =>
  useApiMutation('connectors', (id: string) => del<{ deleted: true }>(`/connectors/${id}`));
export const useSyncNow = () =>
  useApiMutation('connectors', (id: string) => post<ConnectorRun>(`/connectors/${id}/sync`));
