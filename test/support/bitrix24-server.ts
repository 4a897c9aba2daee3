import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server speaking the part of Bitrix24 REST that the connector uses, through an
 * incoming webhook (`POST /rest/<user>/<code>/<method>.json`, JSON parameters): `crm.category.list`,
 * `user.get`, `crm.product.list`, `crm.deal.list` (`>DATE_MODIFY` and `ID` filters, `select`,
 * 50 a page from `start` with `next`/`total`), `crm.contact.list` and `batch` of
 * `crm.deal.productrows.get`. Errors as documented: `{error, error_description}` with 401
 * `expired_token` and 503 `QUERY_LIMIT_EXCEEDED`.
 */
export type FakeDeal = {
  ID: string;
  CATEGORY_ID: string;
  STAGE_SEMANTIC_ID: 'P' | 'S' | 'F';
  OPPORTUNITY: string;
  CURRENCY_ID: string;
  ASSIGNED_BY_ID: string;
  CONTACT_ID: string | null;
  CLOSEDATE: string;
  DATE_MODIFY: string;
  /** Not a deal field: its product rows. */
  rows: { PRODUCT_ID: number; PRODUCT_NAME: string }[];
};

export type Bitrix24Fake = Awaited<ReturnType<typeof startBitrix24>>;

const PAGE = 50;

export async function startBitrix24(opts: {
  code: string;
  categories: { id: number; name: string }[];
  users: { ID: string; NAME: string; LAST_NAME: string }[];
  products: { ID: string; NAME: string }[];
  contacts: { ID: string; NAME: string; LAST_NAME: string; PHONE: { VALUE: string }[]; EMAIL: { VALUE: string }[] }[];
}) {
  const state = {
    deals: new Map<string, FakeDeal>(),
    code: opts.code,
    expired: false,
    /** How many calls in a row answer QUERY_LIMIT_EXCEEDED. */
    limitNext: 0,
    calls: [] as { method: string; params: Record<string, unknown> }[],
  };
  const send = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const page = <T>(res: http.ServerResponse, all: T[], start: number) =>
    send(res, 200, {
      result: all.slice(start, start + PAGE),
      ...(start + PAGE < all.length ? { next: start + PAGE } : {}),
      total: all.length,
    });
  const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? null : [String(v)]);
  const dealOut = ({ rows: _r, ...d }: FakeDeal, select?: string[]) =>
    select ? Object.fromEntries(Object.entries(d).filter(([k]) => select.includes(k))) : d;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = (req.url ?? '').match(/^\/rest\/(\d+)\/([^/]+)\/([\w.]+)\.json$/);
      if (!m || req.method !== 'POST') return send(res, 404, { error: 'ERROR_METHOD_NOT_FOUND' });
      if (m[2] !== state.code)
        return send(res, 401, { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
      if (state.expired)
        return send(res, 401, { error: 'expired_token', error_description: 'The access token provided has expired.' });
      if (state.limitNext > 0) {
        state.limitNext--;
        return send(res, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
      }
      const method = m[3]!;
      const p = (raw ? JSON.parse(raw) : {}) as Record<string, unknown> & {
        filter?: Record<string, unknown>;
        select?: string[];
        start?: number;
      };
      state.calls.push({ method, params: p });
      const start = Number(p.start ?? 0);
      switch (method) {
        case 'crm.category.list':
          return send(res, 200, { result: { categories: opts.categories }, total: opts.categories.length });
        case 'user.get':
          return page(res, opts.users, start);
        case 'crm.product.list':
          return page(res, opts.products, start);
        case 'crm.contact.list': {
          const want = ids(p.filter?.ID);
          return page(
            res,
            opts.contacts.filter((c) => !want || want.includes(c.ID)),
            start,
          );
        }
        case 'crm.deal.list': {
          const want = ids(p.filter?.ID);
          const after = p.filter?.['>DATE_MODIFY'] ? Date.parse(String(p.filter['>DATE_MODIFY'])) : null;
          const all = [...state.deals.values()]
            .filter((d) => (!want || want.includes(d.ID)) && (after === null || Date.parse(d.DATE_MODIFY) > after))
            .sort((a, b) => Number(a.ID) - Number(b.ID))
            .map((d) => dealOut(d, p.select));
          return page(res, all, start);
        }
        case 'batch': {
          const result: Record<string, unknown> = {};
          for (const [key, cmd] of Object.entries((p.cmd ?? {}) as Record<string, string>)) {
            const id = cmd.match(/^crm\.deal\.productrows\.get\?id=(\d+)$/)?.[1];
            result[key] = id ? (state.deals.get(id)?.rows ?? []) : [];
          }
          return send(res, 200, { result: { result, result_error: [], result_total: [], result_next: [] } });
        }
        default:
          return send(res, 404, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    url,
    webhookUrl: (code = opts.code) => `${url}/rest/1/${code}/`,
    /** Adds or changes a deal, as the salon's manager would in Bitrix24. */
    put(d: Omit<FakeDeal, 'DATE_MODIFY'>) {
      const deal = { ...d, DATE_MODIFY: new Date().toISOString() };
      state.deals.set(d.ID, deal);
      return deal;
    },
    remove: (id: string) => state.deals.delete(id),
    stop: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
