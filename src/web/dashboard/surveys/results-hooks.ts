import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { surveyResults } from '../../../modules/responses/responses.contract.ts';
import { get } from '../lib/api.ts';

export type SurveyResults = z.infer<typeof surveyResults>;

// Under 'responses': a new answer makes the results stale with the response list.
export const useSurveyResults = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['responses', 'survey-results', id],
    queryFn: () => get<SurveyResults>(`/surveys/${id}/results`),
    enabled,
  });
