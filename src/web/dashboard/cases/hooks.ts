import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CONTACT_METHODS as SERVER_CONTACT_METHODS,
  caseCreate,
  caseDetail,
  caseEvent,
  caseEventCreate,
  caseItem,
  caseListQuery,
  casePatch,
  rootCause,
  rootCauseCreate,
  rootCausePatch,
  CaseFigures,
  CaseFiguresRow,
  CaseStats,
  RootCauseCount,
} from '../../../modules/cases/cases.contract.ts';
import type { CASE_STATUSES as SERVER_STATUSES } from '../../../shared/domain.ts';
import { PRIORITIES, type Priority } from '../../../shared/domain.ts';
import { get, patch, post, type Page, type Query } from '../lib/api.ts';
import { useApiMutation, usePagedList } from '../lib/queries.ts';

export type CaseItem = z.infer<typeof caseItem>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseEvent = z.infer<typeof caseEvent>;
export type CaseCreate = z.input<typeof caseCreate>;
export type CasePatch = z.input<typeof casePatch>;
export type CaseEventCreate = z.input<typeof caseEventCreate>;
export type CaseView = z.infer<typeof caseListQuery>['view'];
export type RootCause = z.infer<typeof rootCause>;
export type RootCauseKind = RootCause['kind'];
export type { Priority };

// Copied rather than imported (the schema module pulls in the database layer); the types keep them equal.
export const STATUSES = [
  'new',
  'in_progress',
  'waiting',
  'resolved',
  'closed_no_contact',
] as const satisfies readonly CaseStatus[];
export type CaseStatus = (typeof SERVER_STATUSES)[number];
const allStatuses: CaseStatus extends (typeof STATUSES)[number] ? true : never = true;
void allStatuses;
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'in_progress', 'waiting'];
export const isOpen = (s: CaseStatus) => OPEN_STATUSES.includes(s);
export const CONTACT_METHODS = ['call', 'email', 'message', 'meeting'] as const satisfies typeof SERVER_CONTACT_METHODS;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
/** The sources a person can open a case from (a rule opens the others). */
export const MANUAL_SOURCES = [
  'phone',
  'review',
  'frontline',
  'email',
  'other',
] as const satisfies readonly NonNullable<CaseCreate['source']>[];
export const ROOT_CAUSE_KINDS: RootCauseKind[] = ['service', 'product', 'brand'];
export { PRIORITIES };

export type CaseFilter = {
  priority?: string;
  locationId?: string;
  ownerId?: string;
  customerId?: string;
  status?: string;
};

export const useCases = (view: CaseView, filter: CaseFilter) =>
  usePagedList<CaseItem>('cases', '/cases', { view, ...filter });

/** How many cases a tab holds, up to COUNT_CAP (shown as "99+" beyond). */
export const COUNT_CAP = 100;
export const useCaseCount = (view: CaseView, filter: CaseFilter) =>
  useQuery({
    queryKey: ['cases', 'count', view, filter],
    queryFn: async () => (await get<Page<CaseItem>>('/cases', { view, ...filter, limit: COUNT_CAP })).items.length,
  });

export const useCase = (id: string) =>
  useQuery({ queryKey: ['cases', 'item', id], queryFn: () => get<CaseDetail>(`/cases/${id}`) });
export const useOpenCase = () => useApiMutation('cases', (body: CaseCreate) => post<CaseDetail>('/cases', body));
export const usePatchCase = (id: string) =>
  useApiMutation('cases', (body: CasePatch) => patch<CaseDetail>(`/cases/${id}`, body));
export const useAddCaseEvent = (id: string) =>
  useApiMutation('cases', (body: CaseEventCreate) => post<CaseDetail>(`/cases/${id}/events`, body));

export const useRootCauses = () =>
  useQuery({ queryKey: ['rootCauses', 'all'], queryFn: () => get<{ items: RootCause[] }>('/root-causes') });
export const useCreateRootCause = () =>
  useApiMutation('rootCauses', (body: z.input<typeof rootCauseCreate>) => post<RootCause>('/root-causes', body));
export const useUpdateRootCause = () =>
  useApiMutation('rootCauses', ({ id, body }: { id: string; body: z.input<typeof rootCausePatch> }) =>
    patch<RootCause>(`/root-causes/${id}`, body),
  );

/** A root cause's name in the reader's language, else English, else any. */
export const rootCauseName = (rc: Pick<RootCause, 'name'> | undefined, language: string): string =>
  rc ? (rc.name[language] ?? rc.name.en ?? Object.values(rc.name)[0] ?? '') : '';

export type { CaseFigures as Figures, CaseFiguresRow as FiguresRow, CaseStats, RootCauseCount };

export const useCaseStats = (params: Query) =>
  useQuery({ queryKey: ['cases', 'stats', params], queryFn: () => get<CaseStats>('/case-stats', params) });
