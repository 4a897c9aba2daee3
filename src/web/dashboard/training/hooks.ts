import type { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import type {
  assignment,
  attemptResult,
  lesson,
  trainingFigures,
} from '../../../modules/training/training.contract.ts';
import { get, post } from '../lib/api.ts';
import { useApiMutation, useItem, usePagedList } from '../lib/queries.ts';

export type Assignment = z.infer<typeof assignment>;
export type Lesson = z.infer<typeof lesson>;
export type AttemptResult = z.infer<typeof attemptResult>;

export const useAssignments = (staffId?: string) =>
  usePagedList<Assignment>('training', '/training-assignments', { staffId }, 50);
export const useLesson = (id: string) => useItem<Lesson>('training', '/lessons', id);
export const useAttempt = (assignmentId: string) =>
  useApiMutation('training', (answers: Record<string, string[]>) =>
    post<AttemptResult>(`/training-assignments/${assignmentId}/attempts`, { answers }),
  );
export type TrainingFigures = z.infer<typeof trainingFigures>;
export const useTrainingFigures = () =>
  useQuery({ queryKey: ['training', 'figures'], queryFn: () => get<TrainingFigures>('/metrics/training') });
