import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { sha256 } from '../auth/secrets.ts';
import { AppError } from '../errors.ts';

/** A key whose first request never finished (the process died) is given up after this long. */
const ABANDONED_AFTER_S = 60;

/**
 * `Idempotency-Key` on any authenticated POST: the first request claims the key (a row inserted
 * before the handler runs, so two concurrent retries cannot both execute), its answer is stored,
 * and every retry with the same key and body gets that stored answer back.
 */
export function registerIdempotency(app: FastifyInstance, pool: Pool): void {
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || !req.actor) return;
    if (key.length === 0 || key.length > 200) throw new AppError('invalid', 'Idempotency-Key must be 1–200 characters', { 'Idempotency-Key': 'length' });
    const orgId = req.actor.orgId;
    const hash = sha256(`${req.method} ${req.url} ${JSON.stringify(req.body ?? null)}`);
    const claimed = await pool.query(
      `insert into idempotency_keys (org_id, key, request_hash) values ($1, $2, $3) on conflict do nothing returning key`,
      [orgId, key, hash],
    );
    if (claimed.rowCount === 1) {
      req.idempotency = { orgId, key };
      return;
    }
    const { rows } = await pool.query<{ request_hash: string; status_code: number | null; response_body: unknown; age: number }>(
      `select request_hash, status_code, response_body, extract(epoch from now() - created_at)::float as age
         from idempotency_keys where org_id = $1 and key = $2`,
      [orgId, key],
    );
    const prior = rows[0];
    if (!prior) throw new AppError('conflict', 'Idempotency-Key is being reused concurrently; retry');
    if (prior.request_hash !== hash) {
      throw new AppError('conflict', 'This Idempotency-Key was used for a different request', { 'Idempotency-Key': 'reused with another body' });
    }
    if (prior.status_code === null) {
      if (prior.age < ABANDONED_AFTER_S) throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly');
      await pool.query(`update idempotency_keys set created_at = now() where org_id = $1 and key = $2`, [orgId, key]);
      req.idempotency = { orgId, key };
      return;
    }
    reply.header('idempotent-replayed', 'true');
    return reply.status(prior.status_code).send(prior.response_body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    req.idempotency = undefined;
    if (reply.statusCode >= 500) {
      await pool.query(`delete from idempotency_keys where org_id = $1 and key = $2`, [claim.orgId, claim.key]);
    } else {
      const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : 'null';
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      await pool.query(`update idempotency_keys set status_code = $3, response_body = $4 where org_id = $1 and key = $2`, [
        claim.orgId,
        claim.key,
        reply.statusCode,
        JSON.stringify(json),
      ]);
    }
    return payload;
  });
}
