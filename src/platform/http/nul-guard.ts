import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** The first field (dotted path) holding a NUL character, which PostgreSQL text cannot store. */
export function nulField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const found = nulField(v, path ? `${path}.${k}` : k) ?? (k.includes('\u0000') ? path || k : null);
      if (found) return found;
    }
  return null;
}

/**
 * Refuses a NUL byte anywhere in the path, query or body with a 400 naming the field, before any
 * handler runs (PostgreSQL would fail the query with a 500, or a streaming export mid-answer).
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const field = nulField(req.params, '') ?? nulField(req.query, '') ?? nulField(req.body, '');
    if (field === null) return;
    const err = new AppError('invalid', 'Text must not contain NUL characters', {
      [field || 'body']: 'Must not contain NUL characters',
    });
    throw Object.assign(err, { statusCode: 400 });
  });
}
