import { createHash } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { createCustomersBatch } from '../customers/index.ts';
import { customerCreate } from '../customers/customers.contract.ts';
import { interactionsService as interactions } from '../interactions/index.ts';
import { locationsService as locations } from '../locations/index.ts';
import { locationListQuery } from '../locations/locations.contract.ts';
import { staffService } from '../staff/index.ts';
import { staffListQuery } from '../staff/staff.contract.ts';
import { touchpointsService as touchpoints } from '../touchpoints/index.ts';
import { touchpointListQuery } from '../touchpoints/touchpoints.contract.ts';
import type { RunSkip } from './connectors.contract.ts';
import * as repo from './connectors.repo.ts';
import { mergeCatalog, resolver, type Target, type Targets } from './matching.ts';
import { backoffMs, SYNC_EVERY_MS } from './schedule.ts';
import { openSecrets, sealSecrets } from './secrets.ts';
import type { Catalog } from './connectors.contract.ts';
import { amocrmCatalog, pullAmocrm } from './sources/amocrm.ts';
import { bitrix24Catalog, pullBitrix24 } from './sources/bitrix24.ts';
import { csvUrlCatalog, pullCsvUrl } from './sources/csv-url.ts';
import {
  SourceError,
  type CatalogInput,
  type Pull,
  type PullInput,
  type SourceRecord,
  type TokenStore,
} from './sources/source.ts';
import { pullYclients, yclientsCatalog } from './sources/yclients.ts';

/**
 * One sync: pull what the source has new or changed, map its branches, staff and services, and
 * write interactions through the interactions module (so surveys trigger as for a CSV import).
 * Each source record is remembered with a hash of what it said: the same record again (a
 * repeated webhook, an overlap between syncs) is skipped as unchanged, a changed one updates its
 * interaction, a deleted one removes it.
 */
export const PULLERS: Record<repo.ConnectorRow['kind'], (input: PullInput) => Promise<Pull>> = {
  yclients: pullYclients,
  bitrix24: pullBitrix24,
  amocrm: pullAmocrm,
  csv_url: pullCsvUrl,
};

const CATALOGS: Record<repo.ConnectorRow['kind'], (input: CatalogInput) => Promise<Catalog>> = {
  yclients: yclientsCatalog,
  bitrix24: bitrix24Catalog,
  amocrm: amocrmCatalog,
  csv_url: csvUrlCatalog,
};

/** A connector's tokens as stored (sealed): an OAuth refresh saves its new pair at once. */
export const tokenStore = (db: Db, c: repo.ConnectorRow): TokenStore => ({
  save: async (secrets) => {
    await repo.update(db, c.orgId, c.id, { sealedSecrets: sealSecrets(secrets) });
  },
  load: async () => openSecrets((await repo.get(db, c.orgId, c.id))?.sealedSecrets ?? null),
});

/**
 * Reads the source's branches, staff and services when it is connected, so the owner can map them
 * before the first sync (and learns at once whether the tokens work). Answers the problem, if any.
 */
export async function refreshCatalog(db: Db, c: repo.ConnectorRow): Promise<repo.ConnectorRow> {
  try {
    const catalog = mergeCatalog(
      c.catalog,
      await CATALOGS[c.kind]({
        settings: c.settings,
        secrets: openSecrets(c.sealedSecrets),
        tokens: tokenStore(db, c),
      }),
    );
    return (await repo.update(db, c.orgId, c.id, { catalog, lastError: null })) ?? c;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return (await repo.update(db, c.orgId, c.id, { status: 'failing', lastError: e.message })) ?? c;
  }
}

const SKIPS_KEPT = 100;

/** The connector acts as the organisation's owner would: it writes across all locations. */
export const systemActor = (orgId: string): Actor => ({
  orgId,
  role: 'owner',
  staffId: null,
  locationIds: [],
  via: 'api_key',
});

async function all<T extends { id: string; name: string }>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<Target[]> {
  const out: Target[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    out.push(...page.items.map((i) => ({ id: i.id, name: i.name })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export async function targetsOf(db: Db, actor: Actor): Promise<Targets> {
  const q = { limit: 500 };
  return {
    locations: await all((cursor) => locations.list(db, actor, locationListQuery.parse({ ...q, cursor }))),
    staff: await all((cursor) => staffService.list(db, actor, staffListQuery.parse({ ...q, cursor }))),
    touchpoints: await all((cursor) => touchpoints.list(db, actor, touchpointListQuery.parse({ ...q, cursor }))),
  };
}

const hashOf = (r: SourceRecord) => createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 32);

type Counts = { fetched: number; created: number; updated: number; removed: number; skipped: number; skips: RunSkip[] };

/** A customer item the customers module accepts: a malformed e-mail or phone is left out rather than losing the visit. */
function customerItem(idPrefix: string, client: NonNullable<SourceRecord['client']>, consent: boolean) {
  const item = {
    externalId: `${idPrefix}:client:${client.id}`.slice(0, 200),
    name: client.name?.slice(0, 200) ?? null,
    email: client.email,
    phone: client.phone,
    consentEmail: consent && !!client.email,
  };
  const parsed = customerCreate.safeParse(item);
  if (parsed.success) return item;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return {
    ...item,
    email: bad.has('email') ? null : item.email,
    phone: bad.has('phone') ? null : item.phone,
    consentEmail: item.consentEmail && !bad.has('email'),
  };
}

/** False when the interaction cannot go because something refers to it (a foreign key, 23503). */
async function removeInteraction(db: Db, actor: Actor, id: string): Promise<boolean> {
  try {
    await interactions.remove(db, actor, id);
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') return true;
    const code = (e as { code?: string; cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
    if (code === '23503') return false;
    throw e;
  }
}

/** Applies records to the organisation's interactions; returns the counts for the run log. */
export async function applyRecords(db: Db, c: repo.ConnectorRow, records: SourceRecord[], catalogTargets: Targets) {
  const actor = systemActor(c.orgId);
  const map = resolver(c.catalog, c.mapping, catalogTargets);
  const counts: Counts = { fetched: records.length, created: 0, updated: 0, removed: 0, skipped: 0, skips: [] };
  const skip = (sourceId: string, reason: string) => {
    counts.skipped++;
    if (counts.skips.length < SKIPS_KEPT) counts.skips.push({ sourceId, reason });
  };
  // The last word on a record wins when a page holds it twice.
  const latest = new Map(records.map((r) => [r.sourceId, r]));
  const known = await repo.records(db, c.orgId, c.id, [...latest.keys()]);
  const consent = c.settings.emailConsent === true;
  const fresh: { record: SourceRecord; hash: string }[] = [];

  for (const r of latest.values()) {
    const seen = known.get(r.sourceId);
    const hash = hashOf(r);
    if (seen && seen.hash === hash) {
      skip(r.sourceId, 'unchanged');
      continue;
    }
    if (r.deleted) {
      if (!seen?.interactionId) skip(r.sourceId, 'deleted in the source before it became a visit');
      else if (await removeInteraction(db, actor, seen.interactionId)) {
        await repo.forgetRecord(db, c.orgId, c.id, r.sourceId);
        counts.removed++;
      } else skip(r.sourceId, 'deleted in the source; kept, an invitation or response refers to it');
      continue;
    }
    if (r.skip) {
      skip(r.sourceId, r.skip);
      continue;
    }
    const fields = {
      locationId: map.location(r.branchId),
      staffId: map.staff(r.staffId),
      touchpointId: r.serviceIds.map((s) => map.touchpoint(s)).find((t) => t) ?? null,
      occurredAt: r.occurredAt!,
      revenue: r.amount,
      currency: r.currency,
    };
    // An interaction someone deleted in Zabota is made again from the changed record.
    const updated =
      seen?.interactionId &&
      (await interactions.update(db, actor, seen.interactionId, fields).then(
        () => true,
        (e: unknown) => {
          if (e instanceof AppError && e.code === 'not_found') return false;
          throw e;
        },
      ));
    if (updated) {
      await repo.saveRecord(db, {
        orgId: c.orgId,
        connectorId: c.id,
        sourceId: r.sourceId,
        interactionId: seen.interactionId,
        hash,
      });
      counts.updated++;
    } else fresh.push({ record: r, hash });
  }

  if (fresh.length) {
    const clients = new Map(
      fresh.flatMap(({ record }) =>
        record.client ? [[record.client.id, customerItem(c.idPrefix, record.client, consent)] as const] : [],
      ),
    );
    if (clients.size) await createCustomersBatch(db, actor, [...clients.values()]);
    const items = fresh.map(({ record: r }) => ({
      externalId: `${c.idPrefix}:${r.sourceId}`.slice(0, 200),
      customerExternalId: r.client ? clients.get(r.client.id)!.externalId : undefined,
      locationId: map.location(r.branchId),
      staffId: map.staff(r.staffId),
      touchpointId: r.serviceIds.map((s) => map.touchpoint(s)).find((t) => t) ?? null,
      occurredAt: r.occurredAt,
      revenue: r.amount,
      currency: r.currency,
      note: null,
    }));
    const result = await interactions.createBatch(db, actor, items);
    for (const res of result.results) {
      const { record, hash } = fresh[res.index]!;
      if (res.status === 'error') {
        skip(record.sourceId, Object.values(res.error?.fields ?? {}).join('; ') || 'refused');
        continue;
      }
      await repo.saveRecord(db, {
        orgId: c.orgId,
        connectorId: c.id,
        sourceId: record.sourceId,
        interactionId: res.id!,
        hash,
      });
      if (res.status === 'created') counts.created++;
      else counts.updated++;
    }
  }
  return counts;
}

export type SyncDeps = { now?: () => Date };

/** How many of the latest records a sync checks still exist where the source has no deletions feed. */
const KNOWN_CHECKED = 500;

/**
 * Runs one sync and logs it. A failure marks the connector failing and schedules the next try
 * with back-off (or when the source said to come back); it never throws, the run log says why.
 */
export async function runSync(
  db: Db,
  c: repo.ConnectorRow,
  trigger: repo.RunRow['trigger'],
  deps: SyncDeps = {},
): Promise<repo.RunRow> {
  const now = (deps.now ?? (() => new Date()))();
  const run = await repo.startRun(db, c, trigger);
  try {
    const pulled = await PULLERS[c.kind]({
      settings: c.settings,
      secrets: openSecrets(c.sealedSecrets),
      cursor: c.cursor,
      now,
      knownIds: await repo.recentSourceIds(db, c.orgId, c.id, KNOWN_CHECKED),
      tokens: tokenStore(db, c),
    });
    const catalog = mergeCatalog(c.catalog, pulled.catalog);
    const withCatalog = { ...c, catalog };
    const counts = await applyRecords(db, withCatalog, pulled.records, await targetsOf(db, systemActor(c.orgId)));
    await repo.update(db, c.orgId, c.id, {
      catalog,
      cursor: pulled.cursor,
      status: 'ok',
      lastError: null,
      failures: 0,
      lastSyncAt: now,
      nextSyncAt: new Date(now.getTime() + SYNC_EVERY_MS),
    });
    const done = await repo.finishRun(db, c.orgId, run.id, { status: 'ok', error: null, ...counts });
    await repo.pruneRuns(db, c.orgId, c.id);
    return done;
  } catch (e) {
    const message =
      e instanceof SourceError ? e.message : 'The sync failed unexpectedly; it will be retried (see the server log)';
    const failures = c.failures + 1;
    const wait = Math.max(e instanceof SourceError ? (e.retryAfterMs ?? 0) : 0, backoffMs(failures));
    await repo.update(db, c.orgId, c.id, {
      status: 'failing',
      lastError: message,
      failures,
      nextSyncAt: new Date(now.getTime() + wait),
    });
    if (!(e instanceof SourceError)) console.error('connector sync failed', c.id, e);
    return repo.finishRun(db, c.orgId, run.id, {
      status: 'failed',
      error: message,
      fetched: 0,
      created: 0,
      updated: 0,
      removed: 0,
      skipped: 0,
      skips: [],
    });
  }
}
