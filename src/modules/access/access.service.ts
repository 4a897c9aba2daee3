import type { Actor } from '../../platform/auth/actor.ts';
import { DelayLimiter, WindowLimiter } from '../../platform/auth/rate-limit.ts';
import { newToken, sha256, verifyPassword } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Role } from '../../shared/domain.ts';
import { translate } from '../../shared/i18n/translate.ts';
import * as repo from './access.repo.ts';

export const SESSION_COOKIE = 'zabota_session';
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const API_KEY_PREFIX = 'zb_';

export type ResolvedActor = Actor & { csrfToken?: string };

/**
 * Resolved keys are remembered for a few seconds: an integration posting thousands of responses
 * would otherwise pay a lookup per call. The price: a key revoked in another process keeps
 * working for at most API_KEY_CACHE_MS (this process forgets at once).
 */
const API_KEY_CACHE_MS = 10_000;
// Per database (one per app; tests run several apps in one process).
const apiKeyCaches = new WeakMap<Db, Map<string, { until: number; actor: ResolvedActor }>>();

export async function actorFromApiKey(db: Db, key: string): Promise<ResolvedActor | null> {
  const hash = sha256(key);
  let apiKeyCache = apiKeyCaches.get(db);
  if (!apiKeyCache) apiKeyCaches.set(db, (apiKeyCache = new Map()));
  const hit = apiKeyCache.get(hash);
  if (hit && hit.until > Date.now()) return hit.actor;
  const row = await repo.findApiKey(db, hash);
  if (!row || row.staffActive === false) return null;
  // Recording use on every call would put a write on every read; once a minute is enough to audit.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    void repo.touchApiKey(db, row.id).catch(() => {});
  const actor: ResolvedActor = {
    orgId: row.orgId,
    role: row.role,
    staffId: row.staffId,
    locationIds: row.locationIds ?? [],
    via: 'api_key',
  };
  if (apiKeyCache.size > 10_000) apiKeyCache.clear();
  apiKeyCache.set(hash, { until: Date.now() + API_KEY_CACHE_MS, actor });
  return actor;
}

/** Forget cached keys (a key was revoked, or a staff member's role or locations changed). */
export const forgetCachedApiKeys = (db: Db) => apiKeyCaches.get(db)?.clear();

export async function actorFromSession(db: Db, token: string): Promise<ResolvedActor | null> {
  const row = await repo.findSession(db, sha256(token));
  if (!row) return null;
  return {
    orgId: row.orgId,
    role: row.role,
    staffId: row.staffId,
    locationIds: row.locationIds,
    via: 'session',
    csrfToken: row.csrfToken,
  };
}

// Per account and address: 3 free failures, then doubling delays up to 15 minutes. Per address: 30
// failures in 15 minutes across all accounts (password spraying). No limit per account alone: anyone
// could then lock the owner out.
const perPair = new DelayLimiter(3, 15 * 60_000, 60 * 60_000);
const perIp = new WindowLimiter(30, 15 * 60_000);

export async function login(
  db: Db,
  input: { email: string; password: string; ip: string; language?: string },
): Promise<{ token: string; csrfToken: string; orgId: string; staffId: string }> {
  const accountKey = input.email.trim().toLowerCase();
  const pairKey = `${accountKey} ${input.ip}`;
  const wait = Math.max(perPair.retryAfter(pairKey), perIp.retryAfter(input.ip));
  if (wait > 0)
    throw new AppError(
      'rate_limited',
      translate(input.language ?? 'en', 'auth.error.slowDown', { n: Math.ceil(wait / 1000) }),
      { retryAfterSeconds: String(Math.ceil(wait / 1000)) },
    );
  for (const candidate of await repo.findLoginCandidates(db, accountKey)) {
    if (candidate.passwordHash && (await verifyPassword(input.password, candidate.passwordHash))) {
      perPair.reset(pairKey);
      return createSession(db, candidate.orgId, candidate.id);
    }
  }
  perPair.fail(pairKey);
  perIp.add(input.ip);
  throw new AppError('unauthenticated', 'Email or password is wrong', { password: 'Email or password is wrong' });
}

export async function createSession(db: Db, orgId: string, staffId: string) {
  const token = newToken();
  const csrfToken = newToken();
  await repo.insertSession(db, {
    tokenHash: sha256(token),
    orgId,
    staffId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
  });
  return { token, csrfToken, orgId, staffId };
}

/**
 * Ends a session only with its CSRF token: another site could otherwise sign the user out with a
 * cross-site form post. An unknown or expired session needs no token; there is nothing to end.
 */
export async function logout(db: Db, token: string, csrfToken: string | undefined) {
  const session = await actorFromSession(db, token);
  if (!session) return;
  if (csrfToken !== session.csrfToken)
    throw new AppError('forbidden', 'Missing or wrong X-CSRF-Token header for a cookie-authenticated change');
  await repo.deleteSession(db, sha256(token));
}

/** Creates an API key; the plaintext is returned this once and only its hash is kept. */
export async function createApiKey(
  db: Db,
  input: { orgId: string; role: Role; name: string; staffId?: string | null },
) {
  const key = newToken(API_KEY_PREFIX);
  const row = await repo.insertApiKey(db, {
    orgId: input.orgId,
    role: input.role,
    name: input.name,
    staffId: input.staffId ?? null,
    prefix: key.slice(0, API_KEY_PREFIX.length + 6),
    keyHash: sha256(key),
  });
  return { id: row.id, apiKey: key, role: row.role, name: row.name, prefix: row.prefix, createdAt: row.createdAt };
}

export const listApiKeys = (db: Db, actor: Actor) => repo.listApiKeys(db, actor.orgId);

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<void> {
  if (!(await repo.revokeApiKey(db, actor.orgId, id))) throw notFound('API key');
  forgetCachedApiKeys(db);
}
