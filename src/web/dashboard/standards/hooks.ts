import type { z } from 'zod';
import type {
  checklist,
  checklistCreate,
  standard,
  standardCreate,
} from '../../../modules/standards/standards.contract.ts';
import { del, patch, post } from '../lib/api.ts';
import { useApiMutation, usePagedList } from '../lib/queries.ts';

export type Standard = z.infer<typeof standard>;
export type StandardInput = z.input<typeof standardCreate>;
export type Checklist = z.infer<typeof checklist>;
export type ChecklistInput = z.input<typeof checklistCreate>;
export type Texts = Record<string, string>;

export const useStandards = (includeArchived: boolean) =>
  usePagedList<Standard>('standards', '/standards', { includeArchived: includeArchived || undefined }, 100);
export const useChecklistList = (includeArchived: boolean) =>
  usePagedList<Checklist>('standards', '/checklists', { includeArchived: includeArchived || undefined }, 100);

export const useSaveStandard = () =>
  useApiMutation('standards', ({ id, body }: { id?: string; body: Partial<StandardInput> & { active?: boolean } }) =>
    id ? patch<Standard>(`/standards/${id}`, body) : post<Standard>('/standards', body),
  );
export const useArchiveStandard = () =>
  useApiMutation('standards', (id: string) => del<{ deleted: true }>(`/standards/${id}`));

export const useSaveChecklist = () =>
  useApiMutation('standards', ({ id, body }: { id?: string; body: Partial<ChecklistInput> & { active?: boolean } }) =>
    id ? patch<Checklist>(`/checklists/${id}`, body) : post<Checklist>('/checklists', body),
  );
export const useArchiveChecklist = () =>
  useApiMutation('standards', (id: string) => del<{ deleted: true }>(`/checklists/${id}`));

/** The text in the chosen language, falling back to English, then to any language written. */
export const pick = (texts: Texts, lang: string) => texts[lang] || texts.en || Object.values(texts)[0] || '';
