import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import { assertCan, type Permission } from '../auth/policy.ts';
import { AppError } from '../errors.ts';

export type Authenticator = {
  fromApiKey: (key: string) => Promise<(Actor & { csrfToken?: string }) | null>;
  fromSession: (token: string) => Promise<(Actor & { csrfToken?: string }) | null>;
  sessionCookie: string;
};

/** Every API route as registered: what the isolation and permission tests walk through. */
export type ApiRoute = { method: string; url: string; permission: Permission | null };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The single gate of the API: refuses to register an /api route that declares neither a permission
 * nor `public`, authenticates every call (Bearer API key or session cookie), checks CSRF for
 * cookie-authenticated changes, and checks the route's permission before any handler runs.
 */
export function registerAuth(app: FastifyInstance, auth: Authenticator): ApiRoute[] {
  const routes: ApiRoute[] = [];
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1') || route.url.startsWith('/api/v1/openapi')) return;
    const cfg = route.config as { permission?: Permission; public?: boolean } | undefined;
    if (!cfg?.permission && !cfg?.public) throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission: cfg.permission ?? null });
    }
  });
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const cfg = req.routeOptions.config;
    if (!req.routeOptions.url?.startsWith('/api/v1') || cfg.public || !cfg.permission) return;
    const actor = await authenticate(req, auth);
    assertCan(actor, cfg.permission);
    req.actor = actor;
  });
  return routes;
}

async function authenticate(req: FastifyRequest, auth: Authenticator): Promise<Actor> {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = m?.[1] ? await auth.fromApiKey(m[1]) : null;
    if (!actor) throw new AppError('unauthenticated', 'The API key is missing, malformed, revoked or unknown');
    return strip(actor);
  }
  const token = req.cookies?.[auth.sessionCookie];
  const actor = token ? await auth.fromSession(token) : null;
  if (!actor) throw new AppError('unauthenticated', 'Sign in or send an API key (Authorization: Bearer …)');
  if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== actor.csrfToken) {
    throw new AppError('forbidden', 'Missing or wrong X-CSRF-Token header for a cookie-authenticated change');
  }
  return strip(actor);
}

function strip(a: Actor & { csrfToken?: string }): Actor {
  const actor: Actor = { orgId: a.orgId, role: a.role, staffId: a.staffId, locationIds: a.locationIds, via: a.via };
  if (a.language) actor.language = a.language;
  if (a.publicUrl) actor.publicUrl = a.publicUrl;
  return actor;
}
