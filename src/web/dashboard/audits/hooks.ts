import type { z } from 'zod';
import type {
  audit,
  checklist,
  compliance,
  schedule,
  scheduleCreate,
  submitResult,
} from '../../../modules/standards/standards.contract.ts';
import { del, get, patch, post, put } from '../lib/api.ts';
import { useApiMutation, useAllItems, useItem, usePagedList } from '../lib/queries.ts';
import { useQuery } from '@tanstack/react-query';
import type { Shift } from '../../../shared/domain.ts';

export type Audit = z.infer<typeof audit>;
export type Checklist = z.infer<typeof checklist>;
export type Compliance = z.infer<typeof compliance>;
export type SubmitResult = z.infer<typeof submitResult>;

export const useAudits = () => usePagedList<Audit>('audits', '/audits', {}, 30);
export const useAudit = (id: string) => useItem<Audit>('audits', '/audits', id);
export const useChecklists = () => useAllItems<Checklist>('standards', '/checklists');
export const useCompliance = (by: Compliance['by'], shift?: Shift) =>
  useQuery({
    queryKey: ['audits', 'compliance', by, shift],
    queryFn: () => get<Compliance>('/metrics/compliance', { by, shift }),
  });
export const useCreateAudit = () =>
  useApiMutation('audits', (body: { checklistId: string; locationId: string; kind: Audit['kind']; shift?: Shift }) =>
    post<Audit>('/audits', body),
  );
/** Each answer is saved as it is given; the PUT is idempotent, so a retry after a dropped connection is safe. */
export const useSaveAnswer = (auditId: string) =>
  useApiMutation('audits', (v: { itemId: string; result?: 'pass' | 'fail' | 'na'; value?: number }) =>
    put(`/audits/${auditId}/answers/${v.itemId}`, { result: v.result, value: v.value }),
  );
export const useSubmitAudit = (auditId: string) =>
  useApiMutation('audits', () => post<SubmitResult>(`/audits/${auditId}/submit`));
/** One photo per call, as multipart/form-data in the field "photo". */
export const useAddPhoto = (auditId: string) =>
  useApiMutation('audits', ({ itemId, file }: { itemId: string; file: File }) => {
    const form = new FormData();
    form.append('photo', file);
    return post<{ id: string }>(`/audits/${auditId}/answers/${itemId}/photos`, form);
  });
export const useRemovePhoto = () =>
  useApiMutation('audits', (id: string) => del<{ deleted: true }>(`/audit-photos/${id}`));

export type Schedule = z.infer<typeof schedule>;
export type ScheduleInput = z.input<typeof scheduleCreate>;
export const useSchedules = () => useAllItems<Schedule>('audits', '/audit-schedules');
export const useSaveSchedule = () =>
  useApiMutation('audits', ({ id, body }: { id?: string; body: Partial<ScheduleInput> & { active?: boolean } }) =>
    id ? patch<Schedule>(`/audit-schedules/${id}`, body) : post<Schedule>('/audit-schedules', body),
  );
export const useDeleteSchedule = () =>
  useApiMutation('audits', (id: string) => del<{ deleted: true }>(`/audit-schedules/${id}`));
