import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importPreview, importRequest, importSummary } from '../../../modules/imports/imports.contract.ts';
import { post } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type ImportKind = 'customers' | 'interactions';
export type ImportPreview = z.infer<typeof importPreview>;
export type ImportResult = z.infer<typeof importSummary>;
export type ImportField = ImportPreview['fields'][number];
export type Mapping = Record<string, ImportField | null>;
export type PreviewRow = ImportPreview['rows'][number];
export type ImportBody = z.input<typeof importRequest> & { kind: ImportKind };

/** A dry run over the whole file: changes nothing, so it refreshes nothing. */
export const usePreviewImport = () =>
  useMutation({ mutationFn: ({ kind, ...body }: ImportBody) => post<ImportPreview>(`/imports/${kind}/preview`, body) });
/** Runs the import; customers and interactions lists refresh afterwards. */
export const useRunImport = () =>
  useApiMutation('imports', ({ kind, ...body }: ImportBody) => post<ImportResult>(`/imports/${kind}`, body));
