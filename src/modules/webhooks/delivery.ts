import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import type { DomainEvent, EventType } from '../../platform/events.ts';
import { envPolicy, post, RefusedTarget, type OutboundPolicy } from '../../platform/http/outbound.ts';
import type { JobHandlers, Jobs } from '../../platform/jobs/jobs.ts';
import { deliveryHeaders } from './signing.ts';
import * as repo from './webhooks.repo.ts';

/**
 * One job per (event, webhook). The body is fixed when the event fans out, so every retry sends
 * the same bytes and the same `webhook-id`; only the timestamp and its signature are new.
 * A failed attempt throws so the queue retries it with exponential back-off; the last one is
 * recorded as final instead.
 */
export type DeliveryJob = { eventId: string; orgId: string; webhookId: string; type: EventType; body: string };

declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    'webhooks.deliver': DeliveryJob;
  }
}

export const TIMEOUT_MS = 10_000;

export type HttpDeps = { policy?: OutboundPolicy; now?: () => Date; timeoutMs?: number };

export const eventBody = (e: { id: string; type: string; occurredAt: string; payload: unknown }): string =>
  JSON.stringify({ id: e.id, type: e.type, createdAt: e.occurredAt, data: e.payload });

export function secretsInForce(
  hook: Pick<repo.WebhookRecord, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>,
  now: Date,
): string[] {
  const old =
    hook.previousSecret && hook.previousSecretExpiresAt && hook.previousSecretExpiresAt > now
      ? [hook.previousSecret]
      : [];
  return [hook.secret, ...old];
}

export type AttemptResult = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  attemptedAt: Date;
  completedAt: Date;
};

/**
 * What the owner's delivery log says when no HTTP status came back: "refused" for an address that
 * is not public, otherwise one message for every network failure. Socket errors (connection
 * refused, certificate, reset) would let the log map someone's network port by port.
 */
function describeError(e: unknown, timeoutMs: number): string {
  if (e instanceof RefusedTarget) return 'Refused: the address is not a public internet address';
  return `No HTTP answer (not reachable, or nothing within ${timeoutMs / 1000} s)`;
}

/** One signed POST through the outbound guard. Redirects are not followed: the configured URL must answer itself. */
export async function attempt(
  hook: repo.WebhookRecord,
  msg: { eventId: string; type: string; body: string },
  deps: HttpDeps = {},
): Promise<AttemptResult> {
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? TIMEOUT_MS;
  const attemptedAt = now();
  const started = performance.now();
  const headers = deliveryHeaders({
    eventId: msg.eventId,
    eventType: msg.type,
    body: msg.body,
    secrets: secretsInForce(hook, attemptedAt),
    now: attemptedAt,
  });
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await post(hook.url, { headers, body: msg.body, timeoutMs, maxBytes: 0 }, deps.policy ?? envPolicy());
    statusCode = res.status;
    if (res.status >= 300 && res.status < 400) error = 'Redirects are not followed: point the webhook at the final URL';
    else if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
  } catch (e) {
    error = describeError(e, timeoutMs);
  }
  return {
    ok: error === null,
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error,
    attemptedAt,
    completedAt: now(),
  };
}

/** `events.dispatch`: one delivery job for each of the organisation's active webhooks that want this event. */
export async function fanOut(ctx: { db: Db; jobs: Jobs }, event: DomainEvent): Promise<number> {
  const hooks = await repo.activeFor(ctx.db, event.orgId, event.type);
  if (!hooks.length) return 0;
  const body = eventBody(event);
  // A retry of this job after a partial fan-out may send some deliveries twice; receivers
  // deduplicate on webhook-id, which is the same for both.
  for (const h of hooks)
    await ctx.jobs.send('webhooks.deliver', {
      eventId: event.id,
      orgId: event.orgId,
      webhookId: h.id,
      type: event.type,
      body,
    });
  return hooks.length;
}

/** `webhooks.deliver`: one attempt, logged; throws to be retried unless this was the last attempt. */
export async function deliver(
  ctx: { db: Db; lastAttempt: boolean },
  job: DeliveryJob,
  deps: HttpDeps = {},
): Promise<void> {
  const hook = await repo.get(ctx.db, job.orgId, job.webhookId);
  // Deleted, paused or unsubscribed since the event: nothing to send.
  if (!hook || !hook.active || !hook.events.includes(job.type)) return;
  const n = (await repo.attemptsSoFar(ctx.db, hook.id, job.eventId)) + 1;
  const result = await attempt(hook, { eventId: job.eventId, type: job.type, body: job.body }, deps);
  const willRetry = !result.ok && !ctx.lastAttempt;
  await repo.recordDelivery(ctx.db, {
    orgId: hook.orgId,
    webhookId: hook.id,
    eventId: job.eventId,
    eventType: job.type,
    attempt: n,
    willRetry,
    ...result,
  });
  if (willRetry) throw new Error(`Webhook ${hook.id} delivery of ${job.eventId} failed: ${result.error}`);
}

/** A ping sent now, outside the queue, so the owner sees at once whether the endpoint answers. */
export async function ping(db: Db, hook: repo.WebhookRecord, deps: HttpDeps = {}) {
  const occurredAt = new Date().toISOString();
  const id = newId();
  const body = eventBody({
    id,
    type: 'ping',
    occurredAt,
    payload: { webhookId: hook.id, message: 'Zabota webhook test' },
  });
  const result = await attempt(hook, { eventId: id, type: 'ping', body }, deps);
  return repo.recordDelivery(db, {
    orgId: hook.orgId,
    webhookId: hook.id,
    eventId: id,
    eventType: 'ping',
    attempt: 1,
    willRetry: false,
    ...result,
  });
}

export const webhookJobHandlers = (deps: HttpDeps = {}): Pick<JobHandlers, 'events.dispatch' | 'webhooks.deliver'> => ({
  'events.dispatch': async (event, ctx) => {
    await fanOut(ctx, event);
  },
  'webhooks.deliver': (job, ctx) => deliver(ctx, job, deps),
});
