import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/policy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every API route that is not public. */
    actor: Actor | null;
    /** The request's Idempotency-Key; `inHandler`: the route claims it in its own write. */
    idempotency?: { orgId: string; key: string; hash: string; inHandler?: boolean };
  }
  interface FastifyContextConfig {
    /** The permission a caller needs; every /api route declares this or `public`. */
    permission?: Permission;
    public?: boolean;
    /** True when this request's handler claims its Idempotency-Key and stores the answer in its own write (see idempotency.ts). */
    claimsIdempotencyKey?: (body: unknown) => boolean;
  }
}

export {};
