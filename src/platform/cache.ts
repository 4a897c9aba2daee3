/**
 * A small in-process cache for the analyses (analytics, retention) that still scan raw rows (retention cohorts, RFM and
 * the experience link; driver analysis and the retention summary read incremental rollups and are
 * not cached): at a million responses and millions of interactions they take seconds, while their
 * figures move slowly (a customer's RFM segment does not change between two clicks). An entry lives
 * TTL_MS; concurrent requests for the same key share one computation; a failure is not cached.
 * Keys always start with the organisation id and include the caller's row limits.
 */
export const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 500;
const store = new Map<string, { at: number; value: Promise<unknown> }>();

export function cached<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = store.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  store.set(key, { at: now, value });
  value.catch(() => store.delete(key));
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

/** Forgets an organisation's entries (tests, or after a bulk import). */
export function forget(orgId?: string): void {
  for (const key of store.keys()) if (!orgId || key.startsWith(`${orgId}|`)) store.delete(key);
}
