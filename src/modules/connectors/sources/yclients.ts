import { envPolicy, request, type OutboundAnswer } from '../../../platform/http/outbound.ts';
import type { Catalog } from '../connectors.contract.ts';
import { retryAfterMs, SourceError, type Pull, type PullInput, type SourceRecord } from './source.ts';

/**
 * YCLIENTS REST API (https://developers.yclients.com): `Authorization: Bearer <partner token>,
 * User <user token>`, answers `{success, data, meta}`. A chain's branches are its companies; we
 * read each company's staff and services for the mapping screen, then its records page by page:
 * the first sync the last 30 days of visits, later ones what changed since the last sync
 * (`changed_after`, deleted records included). A record is a visit once the client came
 * (`attendance: 1`).
 */
const PAGE = 100;
const MAX_PAGES = 200;
const FIRST_SYNC_DAYS = 30;
/** Overlap between syncs: a record changed while the last one ran is read again (and found unchanged). */
const OVERLAP_MS = 10 * 60_000;
/** A 429 asking for at most this long is waited out within the run; longer, the run stops and retries later. */
const WAIT_AT_MOST_MS = 30_000;
const TIMEOUT_MS = 20_000;

type YcRecord = {
  id: number;
  company_id: number;
  staff_id?: number | null;
  staff?: { id: number; name: string } | null;
  services?: { id: number; title: string; cost?: number | null }[];
  client?: { id: number; name?: string | null; phone?: string | null; email?: string | null } | null;
  datetime?: string | null;
  attendance?: number | null;
  deleted?: boolean;
};

export type YclientsSettings = { baseUrl: string; companyIds: number[]; currency: string };

const ATTENDANCE: Record<string, string> = {
  '0': 'booked, the visit has not happened yet',
  '2': 'confirmed, the visit has not happened yet',
  '-1': 'the client did not come',
};

export function toSourceRecord(r: YcRecord, currency: string): SourceRecord {
  const services = r.services ?? [];
  const cost = services.reduce((sum, s) => sum + (typeof s.cost === 'number' ? s.cost : 0), 0);
  const when = r.datetime ? new Date(r.datetime) : null;
  const valid = when && !Number.isNaN(when.getTime());
  return {
    sourceId: String(r.id),
    deleted: !!r.deleted,
    skip:
      r.attendance !== 1
        ? (ATTENDANCE[String(r.attendance)] ?? `attendance ${String(r.attendance)}`)
        : valid
          ? null
          : 'no visit date',
    occurredAt: valid ? when.toISOString() : null,
    branchId: String(r.company_id),
    staffId: (r.staff_id ?? r.staff?.id) ? String(r.staff_id ?? r.staff?.id) : null,
    serviceIds: services.map((s) => String(s.id)),
    amount: services.length ? cost : null,
    currency: services.length ? currency : null,
    client: r.client
      ? {
          id: String(r.client.id),
          name: r.client.name?.trim() || null,
          email: r.client.email?.trim() || null,
          phone: r.client.phone?.trim() || null,
        }
      : null,
  };
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

export function yclientsClient(settings: YclientsSettings, secrets: Record<string, string>, now: () => Date) {
  const headers = {
    accept: 'application/vnd.yclients.v2+json',
    'content-type': 'application/json',
    authorization: `Bearer ${secrets.partnerToken ?? ''}, User ${secrets.userToken ?? ''}`,
  };
  async function get<T>(path: string, query: Record<string, string> = {}): Promise<{ data: T; total?: number }> {
    const url = new URL(path, settings.baseUrl);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    for (let attempt = 0; ; attempt++) {
      let res: OutboundAnswer;
      try {
        res = await request(url, { method: 'GET', headers, timeoutMs: TIMEOUT_MS, maxBytes: 20_000_000 }, envPolicy());
      } catch {
        throw new SourceError('YCLIENTS did not answer (not reachable, refused, or too slow)');
      }
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers['retry-after'], now());
        if (wait > WAIT_AT_MOST_MS || attempt >= 3)
          throw new SourceError('YCLIENTS limits the request rate (HTTP 429): retrying later', wait);
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      if (res.status === 401 || res.status === 403)
        throw new SourceError(
          `YCLIENTS refused the tokens (HTTP ${res.status}): the user token may have expired — enter new tokens`,
        );
      if (res.status < 200 || res.status >= 300) throw new SourceError(`YCLIENTS answered HTTP ${res.status}`);
      let body: { success?: boolean; data?: T; meta?: { total_count?: number; message?: string } };
      try {
        body = JSON.parse(res.body);
      } catch {
        throw new SourceError('YCLIENTS answered something that is not JSON');
      }
      if (body.success === false || body.data === undefined)
        throw new SourceError(`YCLIENTS refused the request: ${body.meta?.message ?? 'no data'}`);
      return { data: body.data, total: body.meta?.total_count };
    }
  }

  return {
    async catalog(): Promise<Catalog> {
      const companies = (await get<{ id: number; title: string }[]>('/api/v1/companies', { my: '1' })).data;
      const names = new Map(companies.map((c) => [c.id, c.title]));
      const catalog: Catalog = { branches: [], staff: [], services: [] };
      for (const id of settings.companyIds) {
        catalog.branches.push({ id: String(id), name: names.get(id) ?? `Company ${id}` });
        const staff = (await get<{ id: number; name: string }[]>(`/api/v1/company/${id}/staff`)).data;
        const services = (await get<{ id: number; title: string }[]>(`/api/v1/company/${id}/services`)).data;
        catalog.staff.push(...staff.map((s) => ({ id: String(s.id), name: s.name })));
        catalog.services.push(...services.map((s) => ({ id: String(s.id), name: s.title })));
      }
      return catalog;
    },
    async records(companyId: number, query: Record<string, string>): Promise<YcRecord[]> {
      const out: YcRecord[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data, total } = await get<YcRecord[]>(`/api/v1/records/${companyId}`, {
          ...query,
          page: String(page),
          count: String(PAGE),
        });
        out.push(...data);
        if (data.length < PAGE || (total !== undefined && page * PAGE >= total)) return out;
      }
      throw new SourceError(`More than ${PAGE * MAX_PAGES} changed records in one company: sync again to continue`);
    },
  };
}

export async function pullYclients(input: PullInput): Promise<Pull> {
  const settings = input.settings as YclientsSettings;
  const client = yclientsClient(settings, input.secrets, () => new Date());
  const catalog = await client.catalog();
  const since = input.cursor.changedAfter;
  const query: Record<string, string> = since
    ? { changed_after: since, with_deleted: '1' }
    : {
        start_date: ymd(new Date(input.now.getTime() - FIRST_SYNC_DAYS * 86_400_000)),
        end_date: ymd(input.now),
      };
  const records: SourceRecord[] = [];
  for (const id of settings.companyIds)
    for (const r of await client.records(id, query)) records.push(toSourceRecord(r, settings.currency));
  return {
    records,
    catalog,
    cursor: { changedAfter: new Date(input.now.getTime() - OVERLAP_MS).toISOString().replace(/\.\d{3}Z$/, 'Z') },
  };
}

export const yclientsCatalog = (input: Pick<PullInput, 'settings' | 'secrets'>): Promise<Catalog> =>
  yclientsClient(input.settings as YclientsSettings, input.secrets, () => new Date()).catalog();

/** A YCLIENTS webhook (`resource: record`) carries the record itself: the same path as a pulled one. */
export function recordFromHook(body: unknown, settings: YclientsSettings): SourceRecord | null {
  const hook = body as {
    resource?: string;
    status?: string;
    data?: YcRecord;
    resource_id?: number;
    company_id?: number;
  };
  if (hook?.resource !== 'record' || !hook.data || typeof hook.data.id !== 'number') return null;
  if (!settings.companyIds.includes(Number(hook.company_id ?? hook.data.company_id))) return null;
  const record = toSourceRecord(hook.data, settings.currency);
  return hook.status === 'delete' ? { ...record, deleted: true } : record;
}
