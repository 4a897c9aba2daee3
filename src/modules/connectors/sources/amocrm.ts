import { isIP } from 'node:net';
import type { Catalog } from '../connectors.contract.ts';
import {
  callSource,
  chunks,
  deletedRecord,
  retryAfterMs,
  sleep,
  SourceError,
  type CatalogInput,
  type Pull,
  type PullInput,
  type SourceRecord,
  type TokenStore,
} from './source.ts';

/**
 * amoCRM API v4 (https://www.amocrm.ru/developers/content/crm_platform/api-reference): HAL
 * answers (`_embedded`, `_links.next`), 204 No Content for an empty list, 429 when more than a
 * few requests a second arrive. Authorised by a long-lived token, or by OAuth 2.0: the
 * authorization code is exchanged once at `/oauth2/access_token` for an access token (a day) and
 * a refresh token (three months, usable once); the access token is refreshed shortly before it
 * expires or when it is refused.
 *
 * A lead in the won status (142) is a visit or purchase: its amount is `price`, its staff member
 * the responsible user, its location the pipeline (one per branch is the usual setup), its
 * touchpoints its tags (how salons and clinics in amoCRM usually mark the service), its client the
 * main contact. Deleted leads come from the events feed (`lead_deleted`).
 */
const WON = 142;
const LOST = 143;
const FIRST_SYNC_DAYS = 30;
const OVERLAP_S = 600;
const MAX_PAGES = 100;
const WAIT_AT_MOST_MS = 30_000;
/** Refresh this long before the access token expires, so a sync never starts with one about to lapse. */
const REFRESH_EARLY_MS = 5 * 60_000;

export type AmocrmSettings = {
  baseUrl: string;
  clientId?: string;
  redirectUri?: string;
  currency: string;
};

type Lead = {
  id: number;
  price?: number | null;
  responsible_user_id?: number | null;
  status_id?: number | null;
  pipeline_id?: number | null;
  closed_at?: number | null;
  updated_at?: number | null;
  _embedded?: { contacts?: { id: number; is_main?: boolean }[]; tags?: { id: number; name: string }[] };
};
type Contact = {
  id: number;
  name?: string | null;
  custom_fields_values?: { field_code?: string | null; values?: { value?: unknown }[] }[] | null;
};
type Hal<K extends string, T> = { _embedded?: Record<K, T[]>; _links?: { next?: { href: string } } };

type Tokens = { accessToken: string; refreshToken: string; expiresAt: string };

/** POST /oauth2/access_token: an authorization code or a refresh token for a new pair. */
async function tokenRequest(
  settings: AmocrmSettings,
  clientSecret: string,
  grant: { grant_type: 'authorization_code'; code: string } | { grant_type: 'refresh_token'; refresh_token: string },
): Promise<Tokens> {
  const res = await callSource('amoCRM', new URL('/oauth2/access_token', settings.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      client_id: settings.clientId,
      client_secret: clientSecret,
      redirect_uri: settings.redirectUri,
      ...grant,
    }),
  });
  let body: { access_token?: string; refresh_token?: string; expires_in?: number; hint?: string; detail?: string };
  try {
    body = JSON.parse(res.body);
  } catch {
    body = {};
  }
  if (res.status !== 200 || !body.access_token || !body.refresh_token) {
    const why = body.hint ?? body.detail ?? `HTTP ${res.status}`;
    throw new SourceError(
      grant.grant_type === 'refresh_token'
        ? `amoCRM refused the refresh token (${why}): it was revoked or not used for three months — connect again with a new authorization code`
        : `amoCRM refused the authorization code (${why}): codes last 20 minutes and work once — take a new one`,
    );
  }
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: new Date(Date.now() + (body.expires_in ?? 86_400) * 1000).toISOString(),
  };
}

/**
 * Where the owner grants access: amoCRM's (or Kommo's) consent page for the integration, which
 * sends the browser back to the integration's redirect URI with `code`, `state` and `referer`.
 */
export function authorizeUrl(settings: AmocrmSettings, state: string): string | null {
  if (!settings.clientId) return null;
  const host = new URL(settings.baseUrl).hostname;
  const base = isIP(host) ? settings.baseUrl : `https://www.${host.split('.').slice(-2).join('.')}`;
  const url = new URL('/oauth', base);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('state', state);
  return url.href;
}

/** Exchanges the authorization code the owner pasted for tokens (when the connector is saved). */
export const exchangeCode = (settings: AmocrmSettings, clientSecret: string, code: string) =>
  tokenRequest(settings, clientSecret, { grant_type: 'authorization_code', code });

export function amocrmClient(
  settings: AmocrmSettings,
  initial: Record<string, string>,
  store: TokenStore = { save: async () => {}, load: async () => ({}) },
) {
  let secrets = { ...initial };
  const longLived = !!secrets.longLivedToken;
  if (!longLived && !secrets.refreshToken)
    throw new SourceError('amoCRM is not authorised: enter an authorization code or a long-lived token');

  async function refresh() {
    const spent = secrets.refreshToken;
    try {
      const tokens = await tokenRequest(settings, secrets.clientSecret ?? '', {
        grant_type: 'refresh_token',
        refresh_token: spent ?? '',
      });
      secrets = { ...secrets, ...tokens };
      await store.save(secrets);
    } catch (e) {
      // A webhook or another sync may have refreshed first with the same token: take its pair.
      const latest = await store.load();
      if (!(e instanceof SourceError) || !latest.refreshToken || latest.refreshToken === spent) throw e;
      secrets = { ...secrets, ...latest };
    }
  }

  /** GET a v4 path; null for 204 No Content. */
  async function get<T>(path: string, query: [string, string][] = []): Promise<T | null> {
    const url = new URL(path, settings.baseUrl);
    for (const [k, v] of query) url.searchParams.append(k, v);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      if (!longLived && !refreshed && Date.parse(secrets.expiresAt ?? '') - Date.now() < REFRESH_EARLY_MS) {
        await refresh();
        refreshed = true;
      }
      const token = longLived ? secrets.longLivedToken : secrets.accessToken;
      const res = await callSource('amoCRM', url, {
        method: 'GET',
        headers: { authorization: `Bearer ${token}`, accept: 'application/hal+json' },
      });
      if (res.status === 204) return null;
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers['retry-after'] ?? '1', new Date());
        if (wait > WAIT_AT_MOST_MS || attempt >= 3)
          throw new SourceError('amoCRM limits the request rate (HTTP 429): retrying later', wait);
        await sleep(wait);
        continue;
      }
      if (res.status === 401) {
        if (!longLived && !refreshed) {
          await refresh();
          refreshed = true;
          continue;
        }
        throw new SourceError(
          longLived
            ? 'amoCRM refused the long-lived token (HTTP 401): it expired or was revoked — paste a new one'
            : 'amoCRM refused a freshly refreshed token (HTTP 401): connect again with a new authorization code',
        );
      }
      if (res.status === 402) throw new SourceError('amoCRM: the account is not paid for (HTTP 402)');
      if (res.status === 403) throw new SourceError('amoCRM refused access (HTTP 403): the user may not read leads');
      if (res.status < 200 || res.status >= 300) throw new SourceError(`amoCRM answered HTTP ${res.status}`);
      try {
        return JSON.parse(res.body) as T;
      } catch {
        throw new SourceError('amoCRM answered something that is not JSON');
      }
    }
  }

  /** Every page of a HAL list, following `_links.next` (or stopping at 204 or a short page). */
  async function list<T>(path: string, key: string, query: [string, string][], limit = 250): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const body = await get<Hal<string, T>>(path, [...query, ['page', String(page)], ['limit', String(limit)]]);
      const items = body?._embedded?.[key] ?? [];
      out.push(...items);
      if (!body?._links?.next || items.length === 0) return out;
    }
    throw new SourceError(`amoCRM: more than ${MAX_PAGES * 250} items in ${path}: sync again to continue`);
  }
  return { get, list };
}
type Client = ReturnType<typeof amocrmClient>;

async function readCatalog(client: Client): Promise<Catalog> {
  const pipelines = await client.list<{ id: number; name: string }>('/api/v4/leads/pipelines', 'pipelines', []);
  const users = await client.list<{ id: number; name: string }>('/api/v4/users', 'users', []);
  const tags = await client.list<{ id: number; name: string }>('/api/v4/leads/tags', 'tags', []);
  const item = (x: { id: number; name: string }) => ({ id: String(x.id), name: x.name });
  return { branches: pipelines.map(item), staff: users.map(item), services: tags.map(item) };
}

const field = (c: Contact, code: string): string | null => {
  const v = c.custom_fields_values?.find((f) => f.field_code === code)?.values?.[0]?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

async function toRecords(client: Client, leads: Lead[], currency: string): Promise<SourceRecord[]> {
  const mainContact = (l: Lead) => {
    const list = l._embedded?.contacts ?? [];
    return (list.find((c) => c.is_main) ?? list[0])?.id;
  };
  const ids = [...new Set(leads.map(mainContact).filter((x): x is number => typeof x === 'number'))];
  const contacts = new Map<number, Contact>();
  for (const part of chunks(ids, 50))
    for (const c of await client.list<Contact>(
      '/api/v4/contacts',
      'contacts',
      part.map((id) => ['filter[id][]', String(id)]),
    ))
      contacts.set(c.id, c);
  return leads.map((l) => {
    const at = l.closed_at ?? l.updated_at;
    const contactId = mainContact(l);
    const contact = contactId === undefined ? undefined : contacts.get(contactId);
    const price = typeof l.price === 'number' ? l.price : null;
    return {
      sourceId: String(l.id),
      deleted: false,
      skip:
        l.status_id === WON
          ? at
            ? null
            : 'no close date'
          : l.status_id === LOST
            ? 'the lead was lost'
            : 'the lead is not won yet',
      occurredAt: at ? new Date(at * 1000).toISOString() : null,
      branchId: l.pipeline_id ? String(l.pipeline_id) : null,
      staffId: l.responsible_user_id ? String(l.responsible_user_id) : null,
      serviceIds: (l._embedded?.tags ?? []).map((t) => String(t.id)),
      amount: price,
      currency: price === null ? null : currency,
      client: contact
        ? {
            id: String(contact.id),
            name: contact.name?.trim() || null,
            email: field(contact, 'EMAIL'),
            phone: field(contact, 'PHONE'),
          }
        : null,
    };
  });
}

export const amocrmCatalog = (input: CatalogInput): Promise<Catalog> =>
  readCatalog(amocrmClient(input.settings as AmocrmSettings, input.secrets, input.tokens));

export async function pullAmocrm(input: PullInput): Promise<Pull> {
  const settings = input.settings as AmocrmSettings;
  const client = amocrmClient(settings, input.secrets, input.tokens);
  const catalog = await readCatalog(client);
  const from = input.cursor.updatedFrom ?? String(Math.floor(input.now.getTime() / 1000) - FIRST_SYNC_DAYS * 86_400);
  const leads = await client.list<Lead>('/api/v4/leads', 'leads', [
    ['with', 'contacts'],
    ['filter[updated_at][from]', from],
    ['order[updated_at]', 'asc'],
  ]);
  const records = await toRecords(client, leads, settings.currency);
  // The events feed gives at most 100 a page.
  const deleted = await client.list<{ entity_id: number }>(
    '/api/v4/events',
    'events',
    [
      ['filter[type]', 'lead_deleted'],
      ['filter[created_at][from]', from],
    ],
    100,
  );
  records.push(...deleted.map((e) => deletedRecord(String(e.entity_id))));
  return {
    records,
    catalog,
    cursor: { updatedFrom: String(Math.floor(input.now.getTime() / 1000) - OVERLAP_S) },
  };
}

/**
 * An amoCRM webhook (form-encoded: `leads[add|update|status|delete][n][id]`,
 * `account[subdomain]`): the leads it names are read again, deleted ones removed, so a repeat
 * finds them unchanged. Null when it names no lead or another account.
 */
export async function amocrmHookRecords(
  body: Record<string, unknown>,
  settings: AmocrmSettings,
  secrets: Record<string, string>,
  store: TokenStore,
): Promise<SourceRecord[] | null> {
  // The account's subdomain must be ours (an address without one, e.g. a local test server, is not checked).
  const sub = body['account[subdomain]'];
  const host = new URL(settings.baseUrl).hostname;
  if (typeof sub === 'string' && !isIP(host) && host.split('.')[0] !== sub) return null;
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const [key, value] of Object.entries(body)) {
    const m = key.match(/^leads\[(add|update|status|delete|restore)\]\[\d+\]\[id\]$/);
    if (!m || typeof value !== 'string' || !/^\d+$/.test(value)) continue;
    (m[1] === 'delete' ? removed : changed).add(value);
  }
  for (const id of removed) changed.delete(id);
  if (!changed.size && !removed.size) return null;
  const records = [...removed].map(deletedRecord);
  if (changed.size) {
    const client = amocrmClient(settings, secrets, store);
    const leads = await client.list<Lead>('/api/v4/leads', 'leads', [
      ['with', 'contacts'],
      ...[...changed].map((id): [string, string] => ['filter[id][]', id]),
    ]);
    records.push(...(await toRecords(client, leads, settings.currency)));
  }
  return records;
}
