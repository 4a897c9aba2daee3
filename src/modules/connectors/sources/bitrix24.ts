import { timingSafeEqual } from 'node:crypto';
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
} from './source.ts';

/**
 * Bitrix24 REST through an incoming webhook (https://apidocs.bitrix24.com): `POST
 * <webhook>/<method>.json` with JSON parameters, answering `{result, next, total}` (lists come
 * 50 at a time from `start`) or `{error, error_description}`.
 *
 * A won deal (`STAGE_SEMANTIC_ID` "S") is a visit or purchase: its amount is `OPPORTUNITY`, its
 * staff member the responsible user, its location the deal's pipeline (a salon or clinic with
 * branches usually keeps one pipeline per branch), its touchpoint the first product row (the
 * service sold, from the CRM catalogue), its client the deal's contact. Bitrix24 has no feed of
 * deleted deals: besides the ONCRMDEALDELETE event, each sync asks whether the deals it made
 * interactions from still exist.
 */
const FIRST_SYNC_DAYS = 30;
const OVERLAP_MS = 10 * 60_000;
const MAX_PAGES = 200;
/** QUERY_LIMIT_EXCEEDED: Bitrix24's bucket drains at 2 requests a second, so a short pause is enough. */
const LIMIT_PAUSE_MS = 1000;
const LIMIT_TRIES = 3;

type Deal = {
  ID: string;
  CATEGORY_ID?: string | null;
  STAGE_SEMANTIC_ID?: string | null;
  OPPORTUNITY?: string | null;
  CURRENCY_ID?: string | null;
  ASSIGNED_BY_ID?: string | null;
  CONTACT_ID?: string | null;
  CLOSEDATE?: string | null;
  DATE_MODIFY?: string | null;
};
type Contact = {
  ID: string;
  NAME?: string | null;
  LAST_NAME?: string | null;
  PHONE?: { VALUE: string }[];
  EMAIL?: { VALUE: string }[];
};
type ProductRow = { PRODUCT_ID?: string | number | null; PRODUCT_NAME?: string | null };
type Answer<T> = { result: T; next?: number; total?: number };

const DEAL_FIELDS = [
  'ID',
  'CATEGORY_ID',
  'STAGE_SEMANTIC_ID',
  'OPPORTUNITY',
  'CURRENCY_ID',
  'ASSIGNED_BY_ID',
  'CONTACT_ID',
  'CLOSEDATE',
  'DATE_MODIFY',
];

const REFUSED: Record<string, string> = {
  expired_token: 'the webhook has expired',
  INVALID_CREDENTIALS: 'the webhook code is not valid (deleted, or its user was dismissed)',
  NO_AUTH_FOUND: 'the webhook code is not valid',
  insufficient_scope: 'the webhook lacks the CRM (crm) or users (user) permission',
  ACCESS_DENIED: 'the webhook user may not read deals',
};

export function bitrix24Client(webhookUrl: string) {
  const base = webhookUrl.endsWith('/') ? webhookUrl : `${webhookUrl}/`;
  async function call<T>(method: string, params: Record<string, unknown>): Promise<Answer<T>> {
    for (let attempt = 1; ; attempt++) {
      const res = await callSource('Bitrix24', `${base}${method}.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(params),
      });
      let body: Partial<Answer<T>> & { error?: string; error_description?: string };
      try {
        body = JSON.parse(res.body);
      } catch {
        throw new SourceError(`Bitrix24 answered HTTP ${res.status} with something that is not JSON`);
      }
      if (body.error === 'QUERY_LIMIT_EXCEEDED' || body.error === 'OVERLOAD_LIMIT' || res.status === 429) {
        if (attempt < LIMIT_TRIES && body.error !== 'OVERLOAD_LIMIT') {
          await sleep(LIMIT_PAUSE_MS * attempt);
          continue;
        }
        throw new SourceError(
          `Bitrix24 limits the request rate (${body.error ?? `HTTP ${res.status}`}): retrying later`,
          retryAfterMs(res.headers['retry-after'], new Date()),
        );
      }
      if (body.error) {
        const why = REFUSED[body.error];
        throw new SourceError(
          why
            ? `Bitrix24 refused the webhook (${body.error}): ${why} — create an incoming webhook again and paste its address`
            : `Bitrix24 refused ${method} (${body.error}): ${body.error_description ?? ''}`.trim(),
        );
      }
      if (res.status < 200 || res.status >= 300 || body.result === undefined)
        throw new SourceError(`Bitrix24 answered HTTP ${res.status}`);
      return body as Answer<T>;
    }
  }
  /**
   * Every page of a list method, following `next`. `atMost` pages for a catalogue (the first
   * products are enough to map; the ones deals sell are added as they are seen).
   */
  async function list<T>(method: string, params: Record<string, unknown>, atMost?: number): Promise<T[]> {
    const out: T[] = [];
    let start = 0;
    for (let page = 0; page < (atMost ?? MAX_PAGES); page++) {
      const answer = await call<T[]>(method, { ...params, start });
      out.push(...answer.result);
      if (answer.next === undefined || answer.next === null) return out;
      start = answer.next;
    }
    if (atMost) return out;
    throw new SourceError(`Bitrix24: more than ${MAX_PAGES * 50} items in ${method}: sync again to continue`);
  }
  return { call, list };
}
type Client = ReturnType<typeof bitrix24Client>;

const nameOf = (u: { NAME?: string | null; LAST_NAME?: string | null }) =>
  [u.NAME, u.LAST_NAME]
    .map((x) => x?.trim())
    .filter(Boolean)
    .join(' ');

async function readCatalog(client: Client): Promise<Catalog> {
  const categories = await client.call<{ categories: { id: number; name: string }[] }>('crm.category.list', {
    entityTypeId: 2,
  });
  const users = await client.list<{ ID: string; NAME?: string; LAST_NAME?: string }>('user.get', {});
  const products = await client.list<{ ID: string; NAME: string }>(
    'crm.product.list',
    { select: ['ID', 'NAME'], order: { ID: 'ASC' } },
    20,
  );
  return {
    branches: categories.result.categories.map((c) => ({ id: String(c.id), name: c.name })),
    staff: users.map((u) => ({ id: String(u.ID), name: nameOf(u) || `User ${u.ID}` })),
    services: products.map((p) => ({ id: String(p.ID), name: p.NAME })),
  };
}

const first = (list: { VALUE: string }[] | undefined) => list?.find((x) => x.VALUE?.trim())?.VALUE.trim() ?? null;

/** Deals as records, with their contacts and (for won deals) product rows read in batches. */
async function toRecords(
  client: Client,
  deals: Deal[],
): Promise<{ records: SourceRecord[]; products: Catalog['services'] }> {
  const contactIds = [...new Set(deals.map((d) => d.CONTACT_ID).filter((x): x is string => !!x && x !== '0'))];
  const contacts = new Map<string, Contact>();
  for (const ids of chunks(contactIds, 50))
    for (const c of await client.list<Contact>('crm.contact.list', {
      filter: { ID: ids },
      select: ['ID', 'NAME', 'LAST_NAME', 'PHONE', 'EMAIL'],
    }))
      contacts.set(String(c.ID), c);

  const won = deals.filter((d) => d.STAGE_SEMANTIC_ID === 'S');
  const rows = new Map<string, ProductRow[]>();
  for (const batch of chunks(won, 50)) {
    const cmd = Object.fromEntries(batch.map((d) => [`d${d.ID}`, `crm.deal.productrows.get?id=${d.ID}`]));
    const answer = await client.call<{ result: Record<string, ProductRow[]> }>('batch', { halt: 0, cmd });
    for (const [key, list] of Object.entries(answer.result.result ?? {})) rows.set(key.slice(1), list);
  }
  const products = new Map<string, string>();
  const records = deals.map((d): SourceRecord => {
    const productRows = (rows.get(String(d.ID)) ?? []).filter((r) => Number(r.PRODUCT_ID) > 0);
    for (const r of productRows) products.set(String(r.PRODUCT_ID), r.PRODUCT_NAME?.trim() || `#${r.PRODUCT_ID}`);
    const when = new Date(d.CLOSEDATE || d.DATE_MODIFY || '');
    const valid = !Number.isNaN(when.getTime());
    const contact = d.CONTACT_ID ? contacts.get(String(d.CONTACT_ID)) : undefined;
    const amount = d.OPPORTUNITY === null || d.OPPORTUNITY === undefined ? null : Number(d.OPPORTUNITY);
    return {
      sourceId: String(d.ID),
      deleted: false,
      skip:
        d.STAGE_SEMANTIC_ID === 'S'
          ? valid
            ? null
            : 'no close date'
          : d.STAGE_SEMANTIC_ID === 'F'
            ? 'the deal was lost'
            : 'the deal is not won yet',
      occurredAt: valid ? when.toISOString() : null,
      branchId: String(d.CATEGORY_ID ?? '0'),
      staffId: d.ASSIGNED_BY_ID ? String(d.ASSIGNED_BY_ID) : null,
      serviceIds: productRows.map((r) => String(r.PRODUCT_ID)),
      amount: amount !== null && Number.isFinite(amount) ? amount : null,
      currency: amount !== null && d.CURRENCY_ID ? d.CURRENCY_ID : null,
      client: contact
        ? {
            id: String(contact.ID),
            name: nameOf(contact) || null,
            email: first(contact.EMAIL),
            phone: first(contact.PHONE),
          }
        : null,
    };
  });
  return { records, products: [...products].map(([id, name]) => ({ id, name })) };
}

const webhookOf = (secrets: Record<string, string>) => {
  if (!secrets.webhookUrl) throw new SourceError('No Bitrix24 webhook address is stored: enter it again');
  return secrets.webhookUrl;
};

export const bitrix24Catalog = (input: CatalogInput): Promise<Catalog> =>
  readCatalog(bitrix24Client(webhookOf(input.secrets)));

export async function pullBitrix24(input: PullInput): Promise<Pull> {
  const client = bitrix24Client(webhookOf(input.secrets));
  const catalog = await readCatalog(client);
  const since =
    input.cursor.modifiedAfter ?? new Date(input.now.getTime() - FIRST_SYNC_DAYS * 86_400_000).toISOString();
  const deals = await client.list<Deal>('crm.deal.list', {
    filter: { '>DATE_MODIFY': since },
    select: DEAL_FIELDS,
    order: { ID: 'ASC' },
  });
  const { records, products } = await toRecords(client, deals);
  // Deals made into interactions that Bitrix24 no longer returns were deleted there.
  const seen = new Set(records.map((r) => r.sourceId));
  for (const ids of chunks(
    (input.knownIds ?? []).filter((id) => !seen.has(id)),
    50,
  )) {
    const still = new Set(
      (await client.list<{ ID: string }>('crm.deal.list', { filter: { ID: ids }, select: ['ID'] })).map((d) =>
        String(d.ID),
      ),
    );
    for (const id of ids) if (!still.has(id)) records.push(deletedRecord(id));
  }
  return {
    records,
    catalog: { ...catalog, services: [...catalog.services, ...products] },
    cursor: { modifiedAfter: new Date(input.now.getTime() - OVERLAP_MS).toISOString() },
  };
}

const sameToken = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * A Bitrix24 outbound webhook event (form-encoded: `event`, `data[FIELDS][ID]`,
 * `auth[application_token]`): the deal is read again (or, deleted, removed), so a repeated event
 * finds it unchanged. Null when the token does not match or the event is not about a deal.
 */
export async function bitrix24HookRecords(
  body: Record<string, unknown>,
  secrets: Record<string, string>,
): Promise<SourceRecord[] | null> {
  const given = body['auth[application_token]'];
  if (!secrets.applicationToken || typeof given !== 'string' || !sameToken(given, secrets.applicationToken))
    return null;
  const event = String(body.event ?? '').toUpperCase();
  const id = String(body['data[FIELDS][ID]'] ?? '');
  if (!/^\d+$/.test(id)) return null;
  if (event === 'ONCRMDEALDELETE') return [deletedRecord(id)];
  if (event !== 'ONCRMDEALADD' && event !== 'ONCRMDEALUPDATE') return null;
  const client = bitrix24Client(webhookOf(secrets));
  const deals = await client.list<Deal>('crm.deal.list', { filter: { ID: id }, select: DEAL_FIELDS });
  return (await toRecords(client, deals)).records;
}
