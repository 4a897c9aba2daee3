import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  survey,
  surveyCreate,
  surveyDefinition,
  surveyUpdate,
} from '../../../modules/surveys/surveys.contract.ts';
import { get, patch, post } from '../lib/api.ts';
import { useAllItems, useApiMutation, usePagedList } from '../lib/queries.ts';

export type Survey = z.infer<typeof survey>;
export type SurveyStatus = Survey['status'];
export type SurveyCreate = z.input<typeof surveyCreate>;
export type SurveyUpdate = z.input<typeof surveyUpdate>;
export type SurveyDefinition = z.input<typeof surveyDefinition>;
export type SurveyTemplate = { key: string; definition: SurveyDefinition };
export type SurveyFilter = { status?: SurveyStatus; q?: string };

export const SURVEY_STATUSES: SurveyStatus[] = ['draft', 'active', 'closed'];

export const useSurveys = (params: SurveyFilter) => usePagedList<Survey>('surveys', '/surveys', params);
/** Every survey, for filters and pickers. */
export const useAllSurveys = () => useAllItems<Survey>('surveys', '/surveys');
export const useSurvey = (id: string, enabled = true) =>
  useQuery({ queryKey: ['surveys', 'item', id], queryFn: () => get<Survey>(`/surveys/${id}`), enabled });
export const useSurveyTemplates = () =>
  useQuery({
    queryKey: ['surveys', 'templates'],
    staleTime: Infinity,
    queryFn: () => get<{ items: SurveyTemplate[] }>('/survey-templates'),
  });
export const useCreateSurvey = () => useApiMutation('surveys', (body: SurveyCreate) => post<Survey>('/surveys', body));
export const useUpdateSurvey = () =>
  useApiMutation('surveys', ({ id, body }: { id: string; body: SurveyUpdate }) =>
    patch<Survey>(`/surveys/${id}`, body),
  );
export const exportSurvey = (id: string) => get<SurveyDefinition>(`/surveys/${id}/export`);
