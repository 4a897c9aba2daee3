import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { envPolicy, literallyRefused } from '../../platform/http/outbound.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { ping, type HttpDeps } from './delivery.ts';
import { newWebhookSecret } from './signing.ts';
import { forgetSubscriptions } from './subscriptions.ts';
import type { WebhookCreate, WebhookListQuery, WebhookUpdate } from './webhooks.contract.ts';
import * as repo from './webhooks.repo.ts';

/** Enough for every integration a small business runs; more is almost always a mistake. */
export const MAX_WEBHOOKS = 20;
/** How long the old secret still signs after a rotation, so receivers can switch without losing events. */
export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

type Row = Pick<repo.WebhookRecord, 'id' | 'url' | 'events' | 'active' | 'description' | 'createdAt' | 'updatedAt'>;
const view = (r: Row) =>
  toDto({
    id: r.id,
    url: r.url,
    events: r.events,
    active: r.active,
    description: r.description,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

async function load(db: Db, actor: Actor, id: string): Promise<repo.WebhookRecord> {
  const hook = await repo.get(db, actor.orgId, id);
  if (!hook) throw notFound('Webhook');
  return hook;
}

export async function list(db: Db, actor: Actor, q: WebhookListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  return view(await load(db, actor, id));
}

/** A literal internal address is refused when saved; a name is checked at every delivery, after resolving. */
function refuseInternal(url: string | undefined) {
  if (url && literallyRefused(url, envPolicy()))
    throw invalid('The webhook URL must be a public internet address', {
      url: 'Loopback, private, link-local and similar addresses are refused',
    });
}

export async function create(db: Db, actor: Actor, input: WebhookCreate) {
  refuseInternal(input.url);
  if ((await repo.countFor(db, actor.orgId)) >= MAX_WEBHOOKS)
    throw conflict(`An organisation can have at most ${MAX_WEBHOOKS} webhooks`);
  const secret = newWebhookSecret();
  const row = await repo.insert(db, {
    orgId: actor.orgId,
    url: input.url,
    events: input.events,
    active: input.active,
    description: input.description ?? null,
    secret,
  });
  forgetSubscriptions(actor.orgId);
  return { row: { ...view(row), secret }, created: true };
}

export async function update(db: Db, actor: Actor, id: string, input: WebhookUpdate) {
  await load(db, actor, id);
  refuseInternal(input.url);
  const row = await repo.update(db, actor.orgId, id, input);
  forgetSubscriptions(actor.orgId);
  if (!row) throw notFound('Webhook');
  return view(row);
}

export async function remove(db: Db, actor: Actor, id: string) {
  const removed = await repo.remove(db, actor.orgId, id);
  forgetSubscriptions(actor.orgId);
  if (!removed) throw notFound('Webhook');
}

export async function rotateSecret(db: Db, actor: Actor, id: string) {
  await load(db, actor, id);
  const secret = newWebhookSecret();
  const row = await repo.rotateSecret(db, actor.orgId, id, secret, new Date(Date.now() + ROTATION_GRACE_MS));
  if (!row) throw notFound('Webhook');
  return { ...view(row), secret };
}

export async function deliveries(db: Db, actor: Actor, id: string, q: WebhookListQuery) {
  await load(db, actor, id);
  const page = toPage(await repo.deliveries(db, actor.orgId, id, q), q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function sendTest(db: Db, actor: Actor, id: string, deps: HttpDeps = {}) {
  return toDto(await ping(db, await load(db, actor, id), deps));
}
