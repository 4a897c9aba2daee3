import type { Db } from '../../platform/db/database.ts';
import type { EventType, Listens } from '../../platform/events.ts';
import * as repo from './webhooks.repo.ts';

/**
 * Which event types each organisation's active webhooks want, cached briefly so that emitting on
 * the ingestion path costs no query (and no job) for the many organisations without webhooks.
 * A change made through this process is seen at once; one made by another app process sharing the
 * database within TTL_MS.
 */
const TTL_MS = 5_000;
const cache = new Map<string, { types: Set<EventType>; until: number }>();

export function forgetSubscriptions(orgId: string): void {
  cache.delete(orgId);
}

export const webhookListeners =
  (db: Db): Listens =>
  async (orgId, type) => {
    const now = Date.now();
    let entry = cache.get(orgId);
    if (!entry || entry.until <= now) {
      entry = { types: new Set(await repo.subscribedTypes(db, orgId)), until: now + TTL_MS };
      cache.set(orgId, entry);
    }
    return entry.types.has(type);
  };
