import { and, arrayContains, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import type { EventType } from '../../platform/events.ts';
import { webhookDeliveries, webhooks } from './webhooks.schema.ts';

export type WebhookRecord = typeof webhooks.$inferSelect;
const {
  orgId: _o,
  secret: _s,
  previousSecret: _p,
  previousSecretExpiresAt: _e,
  ...publicColumns
} = getTableColumns(webhooks);
const { orgId: _do, webhookId: _dw, ...deliveryColumns } = getTableColumns(webhookDeliveries);

/** How many delivery attempts are kept per webhook: enough to debug, bounded in size. */
export const DELIVERIES_KEPT = 100;

export async function list(db: Db, orgId: string, q: { cursor?: string; limit: number }) {
  return db
    .select(publicColumns)
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), idCursorCondition(webhooks.id, q.cursor)))
    .orderBy(desc(webhooks.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string): Promise<WebhookRecord | undefined> {
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)));
  return row;
}

export async function countFor(db: Db, orgId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(webhooks).where(eq(webhooks.orgId, orgId));
  return row?.n ?? 0;
}

export async function insert(db: Db, values: typeof webhooks.$inferInsert): Promise<WebhookRecord> {
  const [row] = await db.insert(webhooks).values(values).returning();
  return row!;
}

export async function update(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof webhooks.$inferInsert>,
): Promise<WebhookRecord | undefined> {
  const [row] = await db
    .update(webhooks)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
    .returning();
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(webhooks)
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
    .returning({ id: webhooks.id });
  return rows.length > 0;
}

/** The new secret signs from now on; the old one keeps signing (a second v1) until `graceUntil`. */
export async function rotateSecret(
  db: Db,
  orgId: string,
  id: string,
  secret: string,
  graceUntil: Date,
): Promise<WebhookRecord | undefined> {
  const [row] = await db
    .update(webhooks)
    .set({
      previousSecret: sql`${webhooks.secret}`,
      previousSecretExpiresAt: graceUntil,
      secret,
      updatedAt: new Date(),
    })
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
    .returning();
  return row;
}

export async function activeFor(db: Db, orgId: string, type: EventType): Promise<{ id: string }[]> {
  return db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.active, true), arrayContains(webhooks.events, [type])));
}

export async function subscribedTypes(db: Db, orgId: string): Promise<EventType[]> {
  const rows = await db
    .selectDistinct({ type: sql<EventType>`unnest(${webhooks.events})` })
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.active, true)));
  return rows.map((r) => r.type);
}

export async function attemptsSoFar(db: Db, webhookId: string, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.eventId, eventId)));
  return row?.n ?? 0;
}

/** Records one attempt and forgets all but the newest DELIVERIES_KEPT of this webhook. */
export async function recordDelivery(db: Db, values: typeof webhookDeliveries.$inferInsert) {
  const [row] = await db.insert(webhookDeliveries).values(values).returning(deliveryColumns);
  await db.execute(sql`
    delete from ${webhookDeliveries}
     where ${webhookDeliveries.webhookId} = ${values.webhookId}
       and ${webhookDeliveries.id} < (select id from ${webhookDeliveries} where ${webhookDeliveries.webhookId} = ${values.webhookId}
                                      order by id desc offset ${DELIVERIES_KEPT - 1} limit 1)`);
  return row!;
}

export async function deliveries(db: Db, orgId: string, webhookId: string, q: { cursor?: string; limit: number }) {
  return db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.orgId, orgId),
        eq(webhookDeliveries.webhookId, webhookId),
        idCursorCondition(webhookDeliveries.id, q.cursor),
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(q.limit + 1);
}
