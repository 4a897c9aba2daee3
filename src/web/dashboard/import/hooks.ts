import { useMutation } from '@tanstack/react-query';
import { post } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

// Mirrors the import routes' answers (src/modules/imports): preview checks the whole file like a dry run.
export type ImportKind = 'customers' | 'interactions';
export type Mapping = Record<string, string | null>;
export type PreviewRow = { line: number; values: Record<string, string | number | boolean | null>; errors?: Record<string, string> };
export type ImportPreview = {
  headers: string[];
  fields: string[];
  suggestedMapping: Mapping;
  mapping?: Mapping;
  rows: PreviewRow[];
  totalRows: number;
  errorRows: number;
};
export type ImportResult = { created: number; existing: number; errors: { line: number; fields: Record<string, string> }[]; rows?: number; errorRows?: number };
export type ImportBody = { kind: ImportKind; csv: string; mapping?: Mapping };

/** A dry run: changes nothing, so it refreshes nothing. */
export const usePreviewImport = () => useMutation({ mutationFn: ({ kind, ...body }: ImportBody) => post<ImportPreview>(`/imports/${kind}/preview`, body) });
/** Runs the import; customers and interactions lists refresh afterwards. */
export const useRunImport = () => useApiMutation('imports', ({ kind, ...body }: ImportBody) => post<ImportResult>(`/imports/${kind}`, body));
