import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/policy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every API route that is not public. */
    actor: Actor | null;
    idempotency?: { orgId: string; key: string };
  }
  interface FastifyContextConfig {
    /** The permission a caller needs; every /api route declares this or `public`. */
    permission?: Permission;
    public?: boolean;
  }
}

export {};
