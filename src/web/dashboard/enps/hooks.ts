import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  enpsPanel,
  enpsResult,
  pulseComments,
  pulseRun,
  pulseSurvey,
  pulseSurveyCreate,
} from '../../../modules/pulse/pulse.contract.ts';
import { get, post, type Page } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type EnpsResult = z.infer<typeof enpsResult>;
export type EnpsPanel = z.infer<typeof enpsPanel>;
export type PulseSurvey = z.infer<typeof pulseSurvey>;

export const useEnps = (q: { by?: string; from?: string; to?: string }) =>
  useQuery({ queryKey: ['pulse', 'enps', q], queryFn: () => get<EnpsResult>('/metrics/enps', q) });
export const useEnpsPanel = (q: { from?: string; to?: string }) =>
  useQuery({ queryKey: ['pulse', 'panel', q], queryFn: () => get<EnpsPanel>('/metrics/enps/locations', q) });
export const usePulseComments = (q: { from?: string; to?: string }) =>
  useQuery({
    queryKey: ['pulse', 'comments', q],
    queryFn: () => get<z.infer<typeof pulseComments>>('/pulse-comments', q),
  });
export const usePulseSurveys = () =>
  useQuery({ queryKey: ['pulse', 'surveys'], queryFn: () => get<Page<PulseSurvey>>('/pulse-surveys') });
export const useCreatePulseSurvey = () =>
  useApiMutation('pulse', (body: z.input<typeof pulseSurveyCreate>) => post<PulseSurvey>('/pulse-surveys', body));
export const useOpenRun = () =>
  useApiMutation('pulse', (id: string) => post<z.infer<typeof pulseRun>>(`/pulse-surveys/${id}/runs`, {}));
export const useReply = () =>
  useApiMutation('pulse', ({ id, body }: { id: string; body: string }) =>
    post(`/pulse-comments/${id}/replies`, { body }),
  );
