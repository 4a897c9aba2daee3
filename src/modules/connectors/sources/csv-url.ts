import { parse } from 'csv-parse/sync';
import { envPolicy, request, type OutboundAnswer } from '../../../platform/http/outbound.ts';
import type { Catalog } from '../connectors.contract.ts';
import { retryAfterMs, SourceError, type Pull, type PullInput, type SourceRecord } from './source.ts';

/**
 * A CSV at a URL, e.g. a Google Sheet published as CSV. It is fetched with `If-None-Match`, so an
 * unchanged sheet costs one 304. Each row is a visit with an id column (kept as its external id);
 * branches, staff and services are the names in their columns. A row that disappears from the
 * sheet is not deleted in Zabota (a sheet is often trimmed of old rows).
 */
const COLUMNS: Record<keyof Row, string[]> = {
  id: ['id', 'external_id', 'visit_id', 'record_id', 'номер', 'id визита'],
  date: ['date', 'occurred_at', 'datetime', 'visit_date', 'дата', 'дата визита'],
  branch: ['branch', 'location', 'филиал', 'локация', 'клон'],
  staff: ['staff', 'employee', 'master', 'сотрудник', 'мастер', 'служител'],
  service: ['service', 'touchpoint', 'услуга'],
  amount: ['amount', 'revenue', 'sum', 'cost', 'сумма', 'сума'],
  currency: ['currency', 'валюта'],
  client: ['client', 'customer', 'name', 'client_name', 'клиент', 'имя'],
  email: ['email', 'e-mail', 'client_email', 'почта'],
  phone: ['phone', 'client_phone', 'телефон'],
};
type Row = {
  id: string;
  date: string;
  branch: string;
  staff: string;
  service: string;
  amount: string;
  currency: string;
  client: string;
  email: string;
  phone: string;
};

const norm = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');

/** Which column holds what, by header; `id` and `date` are required. */
export function columnsOf(headers: string[]): Partial<Record<keyof Row, number>> {
  const out: Partial<Record<keyof Row, number>> = {};
  headers.forEach((h, i) => {
    for (const [field, names] of Object.entries(COLUMNS) as [keyof Row, string[]][])
      if (out[field] === undefined && names.includes(norm(h))) out[field] = i;
  });
  return out;
}

export function parseSheet(text: string): { records: SourceRecord[]; catalog: Catalog } {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new SourceError(`The CSV cannot be read: ${(e as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new SourceError('The CSV is empty: it needs a header line and rows');
  const col = columnsOf(header);
  if (col.id === undefined || col.date === undefined)
    throw new SourceError('The CSV needs an "id" and a "date" column (see the README for the column names)');
  const cell = (r: string[], f: keyof Row) => (col[f] === undefined ? '' : (r[col[f]!] ?? '').trim());
  const seen = { branches: new Set<string>(), staff: new Set<string>(), services: new Set<string>() };
  const records = body.map((r): SourceRecord => {
    const date = new Date(cell(r, 'date'));
    const amount = Number(cell(r, 'amount').replace(',', '.').replace(/\s/g, ''));
    const [branch, staff, service] = [cell(r, 'branch'), cell(r, 'staff'), cell(r, 'service')];
    if (branch) seen.branches.add(branch);
    if (staff) seen.staff.add(staff);
    if (service) seen.services.add(service);
    const email = cell(r, 'email');
    const phone = cell(r, 'phone');
    const currency = cell(r, 'currency').toUpperCase();
    return {
      sourceId: cell(r, 'id'),
      deleted: false,
      skip: !cell(r, 'id') ? 'no id' : Number.isNaN(date.getTime()) ? 'no valid date' : null,
      occurredAt: Number.isNaN(date.getTime()) ? null : date.toISOString(),
      branchId: branch || null,
      staffId: staff || null,
      serviceIds: service ? [service] : [],
      amount: cell(r, 'amount') && Number.isFinite(amount) ? amount : null,
      currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
      client:
        email || phone
          ? {
              id: (email || phone).toLowerCase(),
              name: cell(r, 'client') || null,
              email: email || null,
              phone: phone || null,
            }
          : null,
    };
  });
  const list = (s: Set<string>) => [...s].map((name) => ({ id: name, name }));
  return {
    records,
    catalog: { branches: list(seen.branches), staff: list(seen.staff), services: list(seen.services) },
  };
}

export async function pullCsvUrl(input: PullInput): Promise<Pull> {
  const url = String(input.settings.url);
  const headers: Record<string, string> = { accept: 'text/csv, text/plain;q=0.9, */*;q=0.1' };
  if (input.cursor.etag) headers['if-none-match'] = input.cursor.etag;
  let res: OutboundAnswer;
  try {
    res = await request(url, { method: 'GET', headers, timeoutMs: 20_000, maxBytes: 20_000_000 }, envPolicy());
  } catch {
    throw new SourceError('The CSV address did not answer (not reachable, refused, or too slow)');
  }
  if (res.status === 304)
    return { records: [], catalog: { branches: [], staff: [], services: [] }, cursor: input.cursor };
  if (res.status === 429)
    throw new SourceError(
      'The CSV address limits the request rate (HTTP 429)',
      retryAfterMs(res.headers['retry-after'], input.now),
    );
  if (res.status === 401 || res.status === 403)
    throw new SourceError(`The CSV address refused access (HTTP ${res.status}): publish the sheet to the web as CSV`);
  if (res.status < 200 || res.status >= 300) throw new SourceError(`The CSV address answered HTTP ${res.status}`);
  const etag = res.headers.etag;
  return { ...parseSheet(res.body), cursor: etag ? { etag: String(etag) } : {} };
}

export const csvUrlCatalog = async (input: Pick<PullInput, 'settings' | 'secrets'>): Promise<Catalog> =>
  (await pullCsvUrl({ ...input, cursor: {}, now: new Date() })).catalog;
