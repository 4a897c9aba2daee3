import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { sha256 } from '../auth/secrets.ts';
import { groupCommit } from '../db/group-commit.ts';
import { AppError } from '../errors.ts';

/** A key whose first request never finished (the process died) is given up after this long. */
const ABANDONED_AFTER_S = 60;
/**
 * An `on conflict (org_id, key) do update` condition: the same request may take over a key whose
 * first attempt never stored an answer (its process died), once it is ABANDONED_AFTER_S old.
 */
export const TAKE_OVER_ABANDONED = `where k.status_code is null and k.request_hash = excluded.request_hash and k.created_at < now() - make_interval(secs => ${ABANDONED_AFTER_S})`;

type Query = (q: {
  name: string;
  text: string;
  values: unknown[];
}) => Promise<{ rows: { org_id: string; key: string }[] }>;
export type KeyClaim = { orgId: string; key: string; hash: string };
export type StoredAnswer = { status: number; body: string };

const id = (c: { orgId: string; key: string }) => `${c.orgId} ${c.key}`;

/**
 * Claims keys in one statement: true for each claim that got its key (the first of a key repeated
 * among them; a key abandoned by the same request counts as free). In key order, so two batches
 * racing for the same keys wait for each other instead of deadlocking.
 */
export async function claimKeys(query: Query, claims: KeyClaim[]): Promise<boolean[]> {
  const seen = new Set<string>();
  const firsts = claims.filter((c) => !seen.has(id(c)) && seen.add(id(c)));
  const ordered = firsts.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const { rows } = await query({
    name: 'idempotency.claim',
    text: `insert into idempotency_keys as k (org_id, key, request_hash) select * from unnest($1::uuid[], $2::text[], $3::text[])
           on conflict (org_id, key) do update set created_at = now()
             ${TAKE_OVER_ABANDONED}
           returning org_id::text, key`,
    values: [ordered.map((c) => c.orgId), ordered.map((c) => c.key), ordered.map((c) => c.hash)],
  });
  const claimed = new Set(rows.map((r) => `${r.org_id} ${r.key}`));
  const given = new Set<string>();
  return claims.map((c) => {
    const mine = claimed.has(id(c)) && !given.has(id(c));
    if (mine) given.add(id(c));
    return mine;
  });
}

/** Stores the answers of claimed keys in one statement. */
export async function storeAnswers(
  query: Query,
  answers: (StoredAnswer & { orgId: string; key: string })[],
): Promise<void> {
  if (answers.length === 0) return;
  await query({
    name: 'idempotency.answer',
    text: `update idempotency_keys k set status_code = a.status, response_body = a.body
           from unnest($1::uuid[], $2::text[], $3::int[], $4::jsonb[]) as a(org_id, key, status, body)
           where k.org_id = a.org_id and k.key = a.key`,
    values: [
      answers.map((a) => a.orgId),
      answers.map((a) => a.key),
      answers.map((a) => a.status),
      answers.map((a) => a.body),
    ],
  });
}

/** A write's key was claimed by an earlier (or concurrent, committed) request: answer with `replayStored`. */
export class KeyTaken extends Error {
  constructor() {
    super('Idempotency-Key already claimed');
  }
}

/**
 * The claims and the stored answers of concurrent requests on the generic path are group-committed
 * (one statement and one commit per batch, see group-commit.ts).
 */
function batchedWrites(pool: Pool) {
  const query: Query = (q) => pool.query(q);
  const claim = groupCommit((items: KeyClaim[]) => claimKeys(query, items), { maxBatch: 200, maxInFlight: 3 });
  const answer = groupCommit(
    async (items: (StoredAnswer & { orgId: string; key: string })[]) => {
      await storeAnswers(query, items);
      return items.map(() => true);
    },
    { maxBatch: 200, maxInFlight: 3 },
  );
  return { claim, answer };
}

/**
 * Answers a request whose key is already taken: the stored answer (same body), or 409 (another body,
 * or the first request still running; an abandoned one is taken over by `claimKeys`).
 */
async function answerTaken(pool: Pool, claim: KeyClaim, reply: FastifyReply): Promise<FastifyReply> {
  const { rows } = await pool.query<{ request_hash: string; status_code: number | null; response_body: unknown }>(
    `select request_hash, status_code, response_body from idempotency_keys where org_id = $1 and key = $2`,
    [claim.orgId, claim.key],
  );
  const prior = rows[0];
  if (!prior) throw new AppError('conflict', 'Idempotency-Key is being reused concurrently; retry');
  if (prior.request_hash !== claim.hash) {
    throw new AppError('conflict', 'This Idempotency-Key was used for a different request', {
      'Idempotency-Key': 'reused with another body',
    });
  }
  if (prior.status_code === null)
    throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly');
  reply.header('idempotent-replayed', 'true');
  return reply.status(prior.status_code).send(prior.response_body);
}

/** Sends an answer stored under a key by the route's own write, as stored (so a replay is identical). */
export function sendStored(reply: FastifyReply, answer: StoredAnswer): FastifyReply {
  return reply.status(answer.status).type('application/json; charset=utf-8').send(answer.body);
}

/** For a route that claims its key in its own write (`claimsIdempotencyKey`) and got `KeyTaken`. */
export async function replayStored(pool: Pool, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const claim = req.idempotency;
  if (!claim) throw new Error('replayStored: the request has no Idempotency-Key');
  return answerTaken(pool, claim, reply);
}

/**
 * `Idempotency-Key` on any authenticated POST: the first request claims the key (a row inserted
 * before the handler runs, so two concurrent retries cannot both execute), its answer is stored,
 * and every retry with the same key and body gets that stored answer back.
 *
 * A route whose config `claimsIdempotencyKey(body)` is true for a request does the claim and the
 * stored answer itself, in the transaction of its own write (one commit instead of three; the
 * response writer does this): the hook only puts the key on the request (`inHandler`). Such a
 * request that fails stores nothing under its key, so its retry is executed again.
 */
export function registerIdempotency(app: FastifyInstance, pool: Pool): void {
  const writes = batchedWrites(pool);
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || !req.actor) return;
    if (key.length === 0 || key.length > 200)
      throw new AppError('invalid', 'Idempotency-Key must be 1–200 characters', { 'Idempotency-Key': 'length' });
    const claim = {
      orgId: req.actor.orgId,
      key,
      hash: sha256(`${req.method} ${req.url} ${JSON.stringify(req.body ?? null)}`),
    };
    if (req.routeOptions.config.claimsIdempotencyKey?.(req.body)) {
      req.idempotency = { ...claim, inHandler: true };
      return;
    }
    if (await writes.claim(claim)) {
      req.idempotency = claim;
      return;
    }
    return answerTaken(pool, claim, reply);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim || claim.inHandler) return payload;
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
