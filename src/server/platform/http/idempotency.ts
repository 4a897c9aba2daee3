import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { sha256 } from '../auth/secrets.ts';
import { groupCommit } from '../db/group-commit.ts';
import { AppError } from '../errors.ts';

/** A key whose first request never finished (the process died) is given up after this long. */
const ABANDONED_AFTER_S = 60;

type Claim = { orgId: string; key: string; hash: string };
type Answer = { orgId: string; key: string; status: number; body: string };

/**
 * The claims and the stored answers of concurrent requests are group-committed (one statement and
 * one commit per batch, see group-commit.ts): with a key on every request (a till retrying safely),
 * these two writes would otherwise cost two commits per request on top of the request's own.
 */
function batchedWrites(pool: Pool) {
  const claim = groupCommit(
    async (items: Claim[]) => {
      // In key order, so two batches racing for the same keys wait for each other instead of deadlocking.
      const id = (c: Claim) => `${c.orgId} ${c.key}`;
      const ordered = [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
      const { rows } = await pool.query<{ org_id: string; key: string }>({
        name: 'idempotency.claim',
        text: `insert into idempotency_keys (org_id, key, request_hash) select * from unnest($1::uuid[], $2::text[], $3::text[])
               on conflict do nothing returning org_id::text, key`,
        values: [ordered.map((c) => c.orgId), ordered.map((c) => c.key), ordered.map((c) => c.hash)],
      });
      const claimed = new Set(rows.map((r) => `${r.org_id} ${r.key}`));
      // The same key twice in one batch: the statement inserted it once, for the first of them.
      const seen = new Set<string>();
      return items.map((c) => {
        const first = !seen.has(id(c));
        seen.add(id(c));
        return first && claimed.has(id(c));
      });
    },
    { maxBatch: 200, maxInFlight: 3 },
  );
  const answer = groupCommit(
    async (items: Answer[]) => {
      await pool.query({
        name: 'idempotency.answer',
        text: `update idempotency_keys k set status_code = a.status, response_body = a.body
               from unnest($1::uuid[], $2::text[], $3::int[], $4::jsonb[]) as a(org_id, key, status, body)
               where k.org_id = a.org_id and k.key = a.key`,
        values: [items.map((a) => a.orgId), items.map((a) => a.key), items.map((a) => a.status), items.map((a) => a.body)],
      });
      return items.map(() => true);
    },
    { maxBatch: 200, maxInFlight: 3 },
  );
  return { claim, answer };
}

/**
 * `Idempotency-Key` on any authenticated POST: the first request claims the key (a row inserted
 * before the handler runs, so two concurrent retries cannot both execute), its answer is stored,
 * and every retry with the same key and body gets that stored answer back.
 */
export function registerIdempotency(app: FastifyInstance, pool: Pool): void {
  const writes = batchedWrites(pool);
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || !req.actor) return;
    if (key.length === 0 || key.length > 200) throw new AppError('invalid', 'Idempotency-Key must be 1–200 characters', { 'Idempotency-Key': 'length' });
    const orgId = req.actor.orgId;
    const hash = sha256(`${req.method} ${req.url} ${JSON.stringify(req.body ?? null)}`);
    if (await writes.claim({ orgId, key, hash })) {
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
      let body = text;
      try {
        JSON.parse(text);
      } catch {
        body = JSON.stringify(text);
      }
      await writes.answer({ orgId: claim.orgId, key: claim.key, status: reply.statusCode, body });
    }
    return payload;
  });
}
