import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server speaking the part of the YCLIENTS REST API that the connector uses
 * (https://developers.yclients.com): `GET /api/v1/companies?my=1`, `/api/v1/company/{id}/staff`,
 * `/api/v1/company/{id}/services` and `/api/v1/records/{company_id}` with `page`, `count`,
 * `start_date`/`end_date`, `changed_after` and `with_deleted`, behind
 * `Authorization: Bearer <partner>, User <user>`, answering `{success, data, meta}`.
 */
export type FakeRecord = {
  id: number;
  company_id: number;
  staff_id: number;
  staff: { id: number; name: string };
  services: { id: number; title: string; cost: number }[];
  client: { id: number; name: string; phone: string; email: string } | null;
  datetime: string;
  attendance: number;
  deleted: boolean;
  /** Not sent: when the record last changed, for `changed_after`. */
  changedAt: number;
};

export type YclientsFake = Awaited<ReturnType<typeof startYclients>>;

export async function startYclients(opts: {
  partnerToken: string;
  userToken: string;
  companies: {
    id: number;
    title: string;
    staff: { id: number; name: string }[];
    services: { id: number; title: string }[];
  }[];
}) {
  const state = {
    records: [] as FakeRecord[],
    userToken: opts.userToken,
    /** The next records request answers 429 with this Retry-After. */
    rateLimitNext: null as string | null,
    requests: [] as string[],
  };
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== `Bearer ${opts.partnerToken}, User ${state.userToken}`)
      return send(res, 401, { success: false, data: null, meta: { message: 'Unauthorized' } });
    let m: RegExpMatchArray | null;
    if (url.pathname === '/api/v1/companies')
      return send(res, 200, {
        success: true,
        data: opts.companies.map((c) => ({ id: c.id, title: c.title })),
        meta: [],
      });
    if ((m = url.pathname.match(/^\/api\/v1\/company\/(\d+)\/(staff|services)$/))) {
      const c = opts.companies.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { success: false, data: null, meta: { message: 'Not found' } });
      return send(res, 200, { success: true, data: m[2] === 'staff' ? c.staff : c.services, meta: [] });
    }
    if ((m = url.pathname.match(/^\/api\/v1\/records\/(\d+)$/))) {
      if (state.rateLimitNext) {
        const after = state.rateLimitNext;
        state.rateLimitNext = null;
        return send(
          res,
          429,
          { success: false, data: null, meta: { message: 'Too many requests' } },
          { 'retry-after': after },
        );
      }
      const q = url.searchParams;
      const changedAfter = q.get('changed_after') ? Date.parse(q.get('changed_after')!) : null;
      const [start, end] = [q.get('start_date'), q.get('end_date')];
      const all = state.records.filter(
        (r) =>
          r.company_id === Number(m![1]) &&
          (q.get('with_deleted') === '1' || !r.deleted) &&
          (changedAfter === null || r.changedAt > changedAfter) &&
          (!start || r.datetime.slice(0, 10) >= start) &&
          (!end || r.datetime.slice(0, 10) <= end),
      );
      const count = Number(q.get('count') ?? 50);
      const page = Number(q.get('page') ?? 1);
      const data = all.slice((page - 1) * count, page * count).map(({ changedAt: _c, ...r }) => r);
      return send(res, 200, { success: true, data, meta: { total_count: all.length } });
    }
    send(res, 404, { success: false, data: null, meta: { message: 'Not found' } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Adds or changes a record, as the salon's admin would in YCLIENTS. */
    put(r: Omit<FakeRecord, 'changedAt' | 'deleted'> & { deleted?: boolean }) {
      const rec = { deleted: false, ...r, changedAt: Date.now() };
      state.records = [...state.records.filter((x) => x.id !== r.id), rec];
      return rec;
    },
    remove(id: number) {
      const r = state.records.find((x) => x.id === id)!;
      r.deleted = true;
      r.changedAt = Date.now();
    },
    stop: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
