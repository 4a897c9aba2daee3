import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseRule, caseRuleCreate, caseRulePatch } from '../../../modules/cases/cases.contract.ts';
import type { Emotion } from '../../../shared/survey-definition.ts';
import { del, get, patch, post } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type CaseRule = z.infer<typeof caseRule>;
export type RuleConditions = CaseRule['conditions'];
export type Sla = CaseRule['sla'];
export type Assignment = CaseRule['assignment'];
export type RuleInput = z.input<typeof caseRuleCreate>;

export const SLA_UNITS = ['hours', 'business_hours', 'business_days'] as const satisfies readonly Sla['unit'][];
export const STRATEGIES = [
  'location_manager',
  'involved_staff',
  'round_robin',
  'fixed',
] as const satisfies readonly Assignment['strategy'][];

export const useCaseRules = () =>
  useQuery({ queryKey: ['caseRules', 'all'], queryFn: () => get<{ items: CaseRule[] }>('/case-rules') });
export const useCreateRule = () =>
  useApiMutation('caseRules', (body: RuleInput) => post<CaseRule>('/case-rules', body));
export const useUpdateRule = () =>
  useApiMutation('caseRules', ({ id, body }: { id: string; body: z.input<typeof caseRulePatch> }) =>
    patch<CaseRule>(`/case-rules/${id}`, body),
  );
export const useDeleteRule = () =>
  useApiMutation('caseRules', (id: string) => del<{ deleted: true }>(`/case-rules/${id}`));

// Copied rather than imported (the survey definition module brings zod into this page); the types keep them equal.
export const EMOTIONS = [
  'delighted',
  'happy',
  'calm',
  'confused',
  'disappointed',
  'annoyed',
  'angry',
] as const satisfies readonly Emotion[];
const allEmotions: Emotion extends (typeof EMOTIONS)[number] ? true : never = true;
void allEmotions;
