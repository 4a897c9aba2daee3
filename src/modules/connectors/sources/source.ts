import type { Catalog } from '../connectors.contract.ts';

/** One visit (or a deletion) as a source reports it, before it is mapped to Zabota's ids. */
export type SourceRecord = {
  sourceId: string;
  deleted: boolean;
  /** Why this record is not a visit (yet): a booking the client did not come to, a row without a date. */
  skip: string | null;
  occurredAt: string | null;
  branchId: string | null;
  staffId: string | null;
  serviceIds: string[];
  amount: number | null;
  currency: string | null;
  client: { id: string; name: string | null; email: string | null; phone: string | null } | null;
};

export type Pull = { records: SourceRecord[]; catalog: Catalog; cursor: Record<string, string> };

export type PullInput = {
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  cursor: Record<string, string>;
  now: Date;
};

/**
 * A failure the owner can act on, shown as the connector's error. `retryAfterMs`: the source
 * asked us to wait (HTTP 429 Retry-After) longer than a run waits by itself.
 */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds (at least 1 s). */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return 60_000;
  if (/^\d+$/.test(v.trim())) return Math.max(1000, Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? 60_000 : Math.max(1000, at - now.getTime());
}
