import { envPolicy, request, type OutboundAnswer } from '../../../platform/http/outbound.ts';
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
  /** Source ids that made interactions most recently: a source without a deletions feed checks they still exist. */
  knownIds?: string[];
  tokens?: TokenStore;
};

/**
 * Where refreshed OAuth tokens go at once (a refresh token works once: losing the new one to a
 * later failure in the same run would cut the connector off), and where the latest are read when
 * another run refreshed first.
 */
export type TokenStore = {
  save: (secrets: Record<string, string>) => Promise<void>;
  load: () => Promise<Record<string, string>>;
};

/** What a catalogue read needs: settings and tokens (which a refresh may change). */
export type CatalogInput = Pick<PullInput, 'settings' | 'secrets' | 'tokens'>;

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

/** A record the source says is gone. */
export const deletedRecord = (sourceId: string): SourceRecord => ({
  sourceId,
  deleted: true,
  skip: null,
  occurredAt: null,
  branchId: null,
  staffId: null,
  serviceIds: [],
  amount: null,
  currency: null,
  client: null,
});

/** One call to a source through the outbound guard; an unreachable source is a SourceError naming it. */
export async function callSource(
  label: string,
  url: string | URL,
  opts: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<OutboundAnswer> {
  try {
    return await request(url, { ...opts, timeoutMs: 20_000, maxBytes: 20_000_000 }, envPolicy());
  } catch {
    throw new SourceError(`${label} did not answer (not reachable, refused, or too slow)`);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
