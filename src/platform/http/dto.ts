import { z } from 'zod';

/** Rows come back with Date objects; the API speaks ISO 8601 strings. */
export type Dto<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export function toDto<T extends Record<string, unknown>>(row: T): Dto<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out as Dto<T>;
}

export const idParam = z.object({ id: z.uuid({ error: 'Must be a UUID' }) });
export const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'Must be an ISO 8601 date-time, e.g. 2026-01-31T14:05:00Z',
});
export const externalId = z.string().trim().min(1).max(200);
/** Optional text that may be cleared with null on update. */
export const optText = (max: number) => z.string().trim().max(max).nullable().optional();
export const deleted = z.object({ deleted: z.literal(true) });
