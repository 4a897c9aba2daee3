import type { z } from 'zod';
import type { selfAssessment } from '../../../modules/self-assessment/self-assessment.contract.ts';
import { patch, post } from '../lib/api.ts';
import { useApiMutation, useItem, usePagedList } from '../lib/queries.ts';

export type SelfAssessment = z.infer<typeof selfAssessment>;

export const useAssessments = () => usePagedList<SelfAssessment>('selfAssessment', '/self-assessments', {}, 20);
export const useAssessment = (id: string) => useItem<SelfAssessment>('selfAssessment', '/self-assessments', id);
export const useStartAssessment = () =>
  useApiMutation('selfAssessment', () => post<SelfAssessment>('/self-assessments', {}));
export const useAnswerAssessment = (id: string) =>
  useApiMutation('selfAssessment', (body: { answers?: Record<string, number>; complete?: boolean }) =>
    patch<SelfAssessment>(`/self-assessments/${id}`, body),
  );
export const useCloseActionItem = () =>
  useApiMutation('selfAssessment', (id: string) => patch(`/action-items/${id}`, { status: 'done' }));
