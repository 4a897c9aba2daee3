import type { z } from 'zod';
import type { interactionListItem } from '../../../modules/interactions/interactions.contract.ts';
import { usePagedList } from '../lib/queries.ts';

// The list answers with names joined in; they are optional in the route's schema.
export type InteractionRow = z.infer<typeof interactionListItem>;
export type InteractionFilter = {
  from?: string;
  to?: string;
  customerId?: string;
  touchpointId?: string;
  locationId?: string;
  staffId?: string;
  shift?: 'morning' | 'day' | 'evening' | 'night';
};

export const useInteractions = (params: InteractionFilter) =>
  usePagedList<Partial<InteractionRow> & Pick<InteractionRow, 'id' | 'occurredAt' | 'revenue' | 'currency'>>(
    'interactions',
    '/interactions',
    params,
  );
