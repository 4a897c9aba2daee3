import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server speaking the part of amoCRM that the connector uses: OAuth 2.0
 * (`POST /oauth2/access_token`, authorization code and single-use refresh tokens) or a
 * long-lived token, and API v4 (`/api/v4/leads` with `with=contacts`, `filter[updated_at][from]`,
 * `filter[id][]`, `page`/`limit` and `_links.next`; `/api/v4/contacts`, `/api/v4/users`,
 * `/api/v4/leads/pipelines`, `/api/v4/leads/tags`, `/api/v4/events?filter[type]=lead_deleted`),
 * HAL answers, 204 for an empty list, 401 for a bad token and 429 for too many requests.
 */
export type FakeLead = {
  id: number;
  price: number;
  responsible_user_id: number;
  status_id: number;
  pipeline_id: number;
  closed_at: number | null;
  updated_at: number;
  _embedded: { contacts: { id: number; is_main: boolean }[]; tags: { id: number; name: string }[] };
};

export type AmocrmFake = Awaited<ReturnType<typeof startAmocrm>>;

export async function startAmocrm(opts: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  code: string;
  longLivedToken: string;
  pipelines: { id: number; name: string }[];
  users: { id: number; name: string }[];
  tags: { id: number; name: string }[];
  contacts: {
    id: number;
    name: string;
    custom_fields_values: { field_code: string; values: { value: string }[] }[];
  }[];
}) {
  let n = 0;
  const state = {
    leads: new Map<number, FakeLead>(),
    deletions: [] as { entity_id: number; created_at: number }[],
    code: opts.code as string | null,
    accessToken: null as string | null,
    refreshToken: null as string | null,
    refreshes: 0,
    rateLimitNext: false,
    requests: [] as string[],
  };
  const send = (res: http.ServerResponse, status: number, body?: unknown) =>
    body === undefined
      ? res.writeHead(status).end()
      : res.writeHead(status, { 'content-type': 'application/hal+json' }).end(JSON.stringify(body));
  const issue = (res: http.ServerResponse) => {
    n++;
    state.accessToken = `access-${n}-${Math.random().toString(36).slice(2)}`;
    state.refreshToken = `refresh-${n}-${Math.random().toString(36).slice(2)}`;
    send(res, 200, {
      token_type: 'Bearer',
      expires_in: 86_400,
      access_token: state.accessToken,
      refresh_token: state.refreshToken,
    });
  };
  const refused = (res: http.ServerResponse, hint: string) =>
    send(res, 400, { hint, title: 'Некорректный запрос', type: 'https://httpstatus.es/400', status: 400 });
  /** One page of a HAL list, or 204 when it is empty. */
  const list = (res: http.ServerResponse, url: URL, key: string, all: unknown[]) => {
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const page = Number(url.searchParams.get('page') ?? 1);
    const items = all.slice((page - 1) * limit, page * limit);
    if (!items.length) return send(res, 204);
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    return send(res, 200, {
      _page: page,
      _links: { self: { href: url.href }, ...(page * limit < all.length ? { next: { href: next.href } } : {}) },
      _embedded: { [key]: items },
    });
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      state.requests.push(`${req.method} ${url.pathname}${url.search}`);
      if (req.method === 'POST' && url.pathname === '/oauth2/access_token') {
        const b = JSON.parse(raw || '{}') as Record<string, string>;
        if (
          b.client_id !== opts.clientId ||
          b.client_secret !== opts.clientSecret ||
          b.redirect_uri !== opts.redirectUri
        )
          return refused(res, 'Client authentication failed');
        if (b.grant_type === 'authorization_code') {
          if (!state.code || b.code !== state.code) return refused(res, 'Authorization code has expired');
          state.code = null;
          return issue(res);
        }
        if (b.grant_type === 'refresh_token') {
          if (!state.refreshToken || b.refresh_token !== state.refreshToken)
            return refused(res, 'Token has been revoked');
          state.refreshes++;
          return issue(res);
        }
        return refused(res, 'Unsupported grant type');
      }
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!bearer || (bearer !== state.accessToken && bearer !== opts.longLivedToken))
        return send(res, 401, { title: 'Unauthorized', type: 'https://httpstatus.es/401', status: 401 });
      if (state.rateLimitNext) {
        state.rateLimitNext = false;
        return send(res, 429);
      }
      const q = url.searchParams;
      const ids = q.getAll('filter[id][]').map(Number);
      switch (url.pathname) {
        case '/api/v4/leads/pipelines':
          return list(res, url, 'pipelines', opts.pipelines);
        case '/api/v4/users':
          return list(res, url, 'users', opts.users);
        case '/api/v4/leads/tags':
          return list(res, url, 'tags', opts.tags);
        case '/api/v4/contacts':
          return list(
            res,
            url,
            'contacts',
            opts.contacts.filter((c) => !ids.length || ids.includes(c.id)),
          );
        case '/api/v4/leads': {
          const from = q.get('filter[updated_at][from]');
          const all = [...state.leads.values()]
            .filter((l) => (!ids.length || ids.includes(l.id)) && (!from || l.updated_at >= Number(from)))
            .sort((a, b) => a.updated_at - b.updated_at || a.id - b.id)
            .map((l) => (q.get('with') === 'contacts' ? l : { ...l, _embedded: { tags: l._embedded.tags } }));
          return list(res, url, 'leads', all);
        }
        case '/api/v4/events': {
          const from = Number(q.get('filter[created_at][from]') ?? 0);
          const all =
            q.get('filter[type]') === 'lead_deleted' ? state.deletions.filter((e) => e.created_at >= from) : [];
          return list(
            res,
            url,
            'events',
            all.map((e, i) => ({ id: `e${i}`, type: 'lead_deleted', entity_type: 'lead', ...e })),
          );
        }
        default:
          return send(res, 404, { title: 'Not found', status: 404 });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Adds or changes a lead, as the salon's manager would in amoCRM. */
    put(l: Omit<FakeLead, 'updated_at'>) {
      const lead = { ...l, updated_at: Math.floor(Date.now() / 1000) };
      state.leads.set(l.id, lead);
      return lead;
    },
    remove(id: number) {
      state.leads.delete(id);
      state.deletions.push({ entity_id: id, created_at: Math.floor(Date.now() / 1000) });
    },
    stop: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
